package it.ciclo.office.odf;

import it.ciclo.i18n.Message;
import it.ciclo.office.intake.Failures;
import it.ciclo.office.intake.SafeXml;
import it.ciclo.office.intake.ZipInspection;
import it.ciclo.reader.FileProblem;
import it.ciclo.reader.UnreadableFileException;
import java.io.IOException;
import java.io.InputStream;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** The parts of an inspected OpenDocument package, parsed with the hardened parser. */
final class OdfPackage {

    /** What is done with one part's parser. */
    @FunctionalInterface
    interface PartReading {
        void read(XMLStreamReader r) throws XMLStreamException, UnreadableFileException;
    }

    private OdfPackage() {
    }

    /** Parses part {@code name} of {@code zip} with {@code reading}; a missing {@code content.xml} is damage. */
    static void read(ZipInspection zip, String name, boolean required, PartReading reading) throws UnreadableFileException {
        try {
            var part = zip.open(name);
            if (part.isEmpty()) {
                if (required) {
                    throw new UnreadableFileException(FileProblem.CORRUPT, Message.of("file.odf.noContent", name));
                }
                return;
            }
            try (InputStream in = part.get()) {
                reading.read(SafeXml.reader(in));
            }
        } catch (UnreadableFileException e) {
            throw e;
        } catch (IOException | XMLStreamException | RuntimeException e) {
            throw Failures.of(e);
        }
    }
}

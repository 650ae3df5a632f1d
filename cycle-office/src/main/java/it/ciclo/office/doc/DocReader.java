package it.ciclo.office.doc;

import it.ciclo.i18n.Message;
import it.ciclo.office.intake.Failures;
import it.ciclo.office.intake.Intake;
import it.ciclo.office.intake.Spool;
import it.ciclo.reader.FileProblem;
import it.ciclo.reader.MarkedTextHandler;
import it.ciclo.reader.MarkedTextReader;
import it.ciclo.reader.ReadLimits;
import it.ciclo.reader.UnreadableFileException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import org.apache.poi.OldFileFormatException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/** Reads .doc files (Word 97-2003): red runs and revision marks of the body, in reading order. */
public final class DocReader implements MarkedTextReader {

    @Override
    public Set<String> extensions() {
        return Set.of("doc");
    }

    @Override
    public void read(InputStream content, String fileName, ReadLimits limits, MarkedTextHandler handler)
            throws UnreadableFileException {
        try (Spool spool = Intake.spool(content, limits)) {
            Intake.ole2(spool, Intake.Format.DOC);
            try (POIFSFileSystem fs = new POIFSFileSystem(spool.file().toFile(), true)) {
                if (fs.getRoot().hasEntry("Macros")) {
                    throw new UnreadableFileException(FileProblem.MACROS, Message.of("file.macros", "Macros"));
                }
                new WordBinaryBody(new HWPFDocument(fs), handler).walk();
            }
        } catch (UnreadableFileException e) {
            throw e;
        } catch (OldFileFormatException e) {
            throw new UnreadableFileException(FileProblem.WRONG_FORMAT, Message.of("file.doc.old"), e);
        } catch (IOException | RuntimeException e) {
            throw Failures.of(e);
        }
    }
}

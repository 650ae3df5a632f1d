package it.ciclo.office.intake;

import it.ciclo.i18n.Message;
import it.ciclo.reader.FileProblem;
import it.ciclo.reader.UnreadableFileException;
import java.util.Locale;
import javax.xml.stream.XMLStreamException;
import org.apache.poi.EncryptedDocumentException;
import org.xml.sax.SAXParseException;

/**
 * What a failure deep inside a parser means for the user. Apache POI signals a zip bomb with an
 * {@code IOException} whose message says "Zip bomb detected!" (see its {@code ZipSecureFile}), which
 * the JDK's XML parser passes on inside the text of its own exception, without the cause; a document
 * type declaration ends in a parse error naming "DOCTYPE". These texts are the only signal there is,
 * so they are read here, in one place, and the hostile-file tests would notice a change.
 */
public final class Failures {

    private Failures() {
    }

    /** {@code e} as the reason a file is not read. */
    public static UnreadableFileException of(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof UnreadableFileException u) {
                return u;
            }
            String message = String.valueOf(t.getMessage());
            if (message.contains("Zip bomb detected")) {
                return new UnreadableFileException(FileProblem.ZIP_BOMB, Message.of("file.zip.bomb"), e);
            }
            if (t instanceof EncryptedDocumentException) {
                return new UnreadableFileException(FileProblem.ENCRYPTED, Message.of("file.encrypted"), e);
            }
            if ((t instanceof SAXParseException || t instanceof XMLStreamException)
                    && message.toUpperCase(Locale.ROOT).contains("DOCTYPE")) {
                return new UnreadableFileException(FileProblem.XML_ENTITIES, Message.of("file.xml.doctype"), e);
            }
        }
        return new UnreadableFileException(FileProblem.CORRUPT, Message.of("file.damaged", describe(e)), e);
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + firstLine(message));
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        String line = end < 0 ? text : text.substring(0, end);
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}

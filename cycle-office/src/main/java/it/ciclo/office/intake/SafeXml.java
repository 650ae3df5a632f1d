package it.ciclo.office.intake;

import it.ciclo.i18n.Message;
import it.ciclo.reader.FileProblem;
import it.ciclo.reader.UnreadableFileException;
import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;

/**
 * The JDK's streaming XML parser, hardened for files from anybody: no document type declarations
 * (so no entities to expand: an entity bomb is refused at its first line), no external entities,
 * no DTD fetched from the network. Office files never need any of these.
 */
public final class SafeXml {

    private static final XMLInputFactory FACTORY = factory();

    private SafeXml() {
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }

    /**
     * A parser over {@code in}, which refuses a document type declaration the moment it meets one.
     * Its {@code next()} throws {@link XMLStreamException} for malformed XML; {@link Failures#of}
     * tells the user what that means.
     */
    public static XMLStreamReader reader(InputStream in) throws UnreadableFileException {
        try {
            return new StreamReaderDelegate(FACTORY.createXMLStreamReader(in)) {
                @Override
                public int next() throws XMLStreamException {
                    int event = super.next();
                    if (event == XMLStreamConstants.DTD) {
                        throw new XMLStreamException("DOCTYPE not allowed in an office file");
                    }
                    return event;
                }
            };
        } catch (XMLStreamException e) {
            throw new UnreadableFileException(FileProblem.CORRUPT, Message.of("file.damaged", e.getMessage()), e);
        }
    }
}

package it.ciclo.office.odf;

import it.ciclo.office.intake.Intake;
import it.ciclo.reader.MarkedTextHandler;
import it.ciclo.reader.MarkedTextReader;
import it.ciclo.reader.ReadLimits;
import it.ciclo.reader.UnreadableFileException;
import java.io.InputStream;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Reads .odt files: red spans, tracked changes and comment authors of the body, in reading order. */
public final class OdtReader implements MarkedTextReader {

    @Override
    public Set<String> extensions() {
        return Set.of("odt");
    }

    @Override
    public void read(InputStream content, String fileName, ReadLimits limits, MarkedTextHandler handler)
            throws UnreadableFileException {
        Intake.readPackage(content, Intake.Format.ODT, limits, zip -> {
            OdfStyles styles = new OdfStyles();
            OdfPackage.read(zip, "styles.xml", false, r -> stylesOf(r, styles));
            OdfPackage.read(zip, "content.xml", true, r -> {
                while (r.hasNext()) {
                    if (r.next() != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    switch (r.getLocalName()) {
                        case "automatic-styles" -> styles.read(r);
                        case "text" -> {
                            if (OdtBody.OFFICE.equals(r.getNamespaceURI())) {
                                new OdtBody(r, styles, handler).walk();
                            }
                        }
                        default -> { }
                    }
                }
            });
        });
    }

    private static void stylesOf(XMLStreamReader r, OdfStyles styles) throws XMLStreamException {
        while (r.hasNext()) {
            if (r.next() == XMLStreamConstants.START_ELEMENT
                    && (r.getLocalName().equals("styles") || r.getLocalName().equals("automatic-styles"))) {
                styles.read(r);
            }
        }
    }
}

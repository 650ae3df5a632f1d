package it.ciclo.office.intake;

import java.util.Optional;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Small helpers over a {@link XMLStreamReader} positioned on an element. */
public final class Xml {

    private Xml() {
    }

    /** The attribute {@code localName} of the current element, whatever its namespace. */
    public static Optional<String> attribute(XMLStreamReader r, String localName) {
        for (int i = 0; i < r.getAttributeCount(); i++) {
            if (r.getAttributeLocalName(i).equals(localName)) {
                return Optional.of(r.getAttributeValue(i));
            }
        }
        return Optional.empty();
    }

    /** The attribute {@code localName} as a whole number; {@code otherwise} when absent or not a number. */
    public static int integer(XMLStreamReader r, String localName, int otherwise) {
        Optional<String> value = attribute(r, localName);
        if (value.isEmpty()) {
            return otherwise;
        }
        try {
            return Integer.parseInt(value.get().strip());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    /** Moves past the end of the current element, whatever it holds. */
    public static void skip(XMLStreamReader r) throws XMLStreamException {
        read(r, null);
    }

    /** The text inside the current element (all of it, child elements' text included), moving past its end. */
    public static String text(XMLStreamReader r) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        read(r, text);
        return text.toString();
    }

    private static void read(XMLStreamReader r, StringBuilder text) throws XMLStreamException {
        for (int depth = 1; depth > 0; ) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (text != null && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE)) {
                text.append(r.getText());
            }
        }
    }
}

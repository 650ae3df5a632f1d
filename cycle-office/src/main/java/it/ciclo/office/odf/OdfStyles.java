package it.ciclo.office.odf;

import it.ciclo.office.intake.Xml;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The font colours of an OpenDocument file's styles: named styles ({@code styles.xml}) and automatic
 * ones (in {@code content.xml}), with their parents and the default paragraph style. Text and
 * paragraph styles have separate names, so they are kept by family. A {@code fo:color} is six
 * hexadecimal digits after {@code #}; {@code style:use-window-font-color} stands for automatic.
 */
final class OdfStyles {

    private static final Optional<String> AUTO = Optional.of("");
    private static final Pattern RGB = Pattern.compile("#[0-9A-Fa-f]{6}");

    private record Style(Optional<String> parent, Optional<String> colour) {
    }

    private final Map<String, Style> styles = new HashMap<>();
    private Optional<String> defaultColour = Optional.empty();

    /**
     * Reads the styles from {@code r}, positioned on an {@code office:styles} or
     * {@code office:automatic-styles} element, up to its end.
     */
    void read(XMLStreamReader r) throws XMLStreamException {
        for (int depth = 1; depth > 0; ) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (r.getLocalName()) {
                    case "style" -> {
                        String key = key(Xml.attribute(r, "family").orElse(""), Xml.attribute(r, "name").orElse(""));
                        Optional<String> parent = Xml.attribute(r, "parent-style-name");
                        styles.put(key, new Style(parent, colourIn(r)));
                    }
                    case "default-style" -> {
                        boolean paragraph = Xml.attribute(r, "family").map("paragraph"::equals).orElse(false);
                        Optional<String> colour = colourIn(r);
                        if (paragraph) {
                            defaultColour = colour;
                        }
                    }
                    default -> depth++;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /** The colour set in the style element {@code r} is on, read to its end. */
    private static Optional<String> colourIn(XMLStreamReader r) throws XMLStreamException {
        Optional<String> colour = Optional.empty();
        for (int depth = 1; depth > 0; ) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (r.getLocalName().equals("text-properties")) {
                    Optional<String> window = Xml.attribute(r, "use-window-font-color");
                    Optional<String> fo = Xml.attribute(r, "color");
                    if (window.map("true"::equals).orElse(false)) {
                        colour = AUTO;
                    } else if (fo.isPresent() && RGB.matcher(fo.get()).matches()) {
                        colour = Optional.of(fo.get().substring(1).toUpperCase(Locale.ROOT));
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        return colour;
    }

    private static String key(String family, String name) {
        return family + ":" + name;
    }

    /** The colour of the text style {@code name}, inherited from its parents; empty if none says. */
    Optional<String> textColour(String name) {
        return colour("text", name);
    }

    /** The colour of the paragraph style {@code name}, inherited, else the default paragraph colour. */
    Optional<String> paragraphColour(String name) {
        return colour("paragraph", name).or(() -> defaultColour);
    }

    private Optional<String> colour(String family, String name) {
        Set<String> seen = new HashSet<>();
        for (Optional<String> at = Optional.ofNullable(name); at.isPresent() && seen.add(at.get()); ) {
            Style s = styles.get(key(family, at.get()));
            if (s == null) {
                break;
            }
            if (s.colour().isPresent()) {
                return s.colour();
            }
            at = s.parent();
        }
        return Optional.empty();
    }
}

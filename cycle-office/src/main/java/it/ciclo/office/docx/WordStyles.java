package it.ciclo.office.docx;

import it.ciclo.office.intake.Xml;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * What {@code word/styles.xml} says about colours and headings: each style's font colour and
 * outline level, its parent ({@code basedOn}), and the document's default colour. A colour of
 * {@code auto} is a colour too: it stops the search for an inherited one.
 */
final class WordStyles {

    /** A heading by its name: Word writes built-in names in English ("heading 1"), LibreOffice "Heading 1". */
    private static final Pattern HEADING = Pattern.compile("(?i)(?:heading|titolo)\\s*(\\d)");
    /** The colour of a style or run: present and empty for {@code auto}. */
    private static final Optional<String> AUTO = Optional.of("");
    private static final Pattern RGB = Pattern.compile("[0-9A-Fa-f]{6}");

    private record Style(Optional<String> basedOn, Optional<String> colour, int outlineLevel, Optional<String> name) {
    }

    private final Map<String, Style> styles = new HashMap<>();
    private Optional<String> defaultColour = Optional.empty();

    static WordStyles none() {
        return new WordStyles();
    }

    /** Reads {@code styles.xml} from {@code r}. */
    static WordStyles read(XMLStreamReader r) throws XMLStreamException {
        WordStyles s = new WordStyles();
        while (r.hasNext()) {
            if (r.next() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            switch (r.getLocalName()) {
                case "docDefaults" -> s.defaultColour = defaults(r);
                case "style" -> {
                    Optional<String> id = Xml.attribute(r, "styleId");
                    Style style = style(r);
                    id.ifPresent(i -> s.styles.put(i, style));
                }
                default -> { }
            }
        }
        return s;
    }

    private static Optional<String> defaults(XMLStreamReader r) throws XMLStreamException {
        Optional<String> colour = Optional.empty();
        for (int depth = 1; depth > 0; ) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (r.getLocalName().equals("color")) {
                    colour = colour(r);
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        return colour;
    }

    private static Style style(XMLStreamReader r) throws XMLStreamException {
        Optional<String> basedOn = Optional.empty();
        Optional<String> colour = Optional.empty();
        Optional<String> name = Optional.empty();
        int outline = -1;
        boolean inRunProperties = false;
        for (int depth = 1; depth > 0; ) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                switch (r.getLocalName()) {
                    case "basedOn" -> basedOn = Xml.attribute(r, "val");
                    case "name" -> name = Xml.attribute(r, "val");
                    case "outlineLvl" -> outline = Xml.integer(r, "val", -1);
                    case "rPr" -> inRunProperties = depth == 2;
                    case "color" -> {
                        if (inRunProperties) {
                            colour = colour(r);
                        }
                    }
                    // A tracked change of the style keeps the old properties: they are not the style's.
                    case "rPrChange", "pPrChange" -> {
                        Xml.skip(r);
                        depth--;
                    }
                    default -> { }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (r.getLocalName().equals("rPr")) {
                    inRunProperties = false;
                }
                depth--;
            }
        }
        return new Style(basedOn, colour, outline, name);
    }

    /** The colour in a {@code w:color} element: six digits, or empty for {@code auto}. */
    static Optional<String> colour(XMLStreamReader r) {
        Optional<String> value = Xml.attribute(r, "val");
        if (value.isEmpty() || value.get().equalsIgnoreCase("auto") || !RGB.matcher(value.get()).matches()) {
            return AUTO;
        }
        return Optional.of(value.get().toUpperCase(Locale.ROOT));
    }

    /** The colour style {@code id} gives, inherited along {@code basedOn}; empty if none says. */
    Optional<String> colourOf(Optional<String> id) {
        Set<String> seen = new HashSet<>();
        for (Optional<String> at = id; at.isPresent() && seen.add(at.get()); ) {
            Style s = styles.get(at.get());
            if (s == null) {
                break;
            }
            if (s.colour().isPresent()) {
                return s.colour();
            }
            at = s.basedOn();
        }
        return Optional.empty();
    }

    /** The document's default colour (empty or {@code auto} when none). */
    Optional<String> defaultColour() {
        return defaultColour;
    }

    /** The heading level (1 for the top) of paragraph style {@code id}; 0 if it is not a heading. */
    int headingLevel(Optional<String> id) {
        Set<String> seen = new HashSet<>();
        for (Optional<String> at = id; at.isPresent() && seen.add(at.get()); ) {
            Style s = styles.get(at.get());
            if (s == null) {
                break;
            }
            if (s.outlineLevel() >= 0 && s.outlineLevel() < 9) {
                return s.outlineLevel() + 1;
            }
            if (s.name().isPresent()) {
                Matcher m = HEADING.matcher(s.name().get());
                if (m.matches()) {
                    return Integer.parseInt(m.group(1));
                }
            }
            at = s.basedOn();
        }
        return 0;
    }
}

package it.ciclo.cli;

import it.ciclo.format.DirectiveDocument;
import it.ciclo.format.InvalidFileException;
import it.ciclo.format.Location;
import it.ciclo.format.Problem;
import it.ciclo.i18n.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where a problem of a file stands, said for people ({@code direttiva.json, riga 4, colonna 3:
 * manca una virgola...}) or, with {@code --verbose}, in the form editors link to and programs
 * parse, with the JSON path ({@code direttiva.json:4:3: $.title: ...}). At most {@value #SHOWN}
 * problems are listed, then how many more: a file with ten thousand wrong acts gives a readable answer.
 */
final class Places {

    /** How many problems of one file are listed. */
    static final int SHOWN = 50;

    private final CliText text;
    private final boolean verbose;

    Places(CliText text, boolean verbose) {
        this.text = text;
        this.verbose = verbose;
    }

    /** The language the places are said in. */
    java.util.Locale locale() {
        return text.locale();
    }

    /** Every problem of {@code e}, one a line, at most {@value #SHOWN}. */
    String problems(InvalidFileException e) {
        return lines(e.problems().stream().map(this::problem).toList());
    }

    /** One problem. */
    String problem(Problem p) {
        return at(Optional.of(p.location()), p.location().path(), p.message());
    }

    /**
     * {@code message} about the value at {@code jsonPath} of {@code document}, where it was written
     * (or, for a value left out, where its object was).
     */
    String at(DirectiveDocument document, String jsonPath, Message message) {
        return at(document.locate(jsonPath), jsonPath, message);
    }

    private String at(Optional<Location> where, String jsonPath, Message message) {
        String said = message.render(text.locale());
        if (where.isEmpty()) {
            return verbose ? jsonPath + ": " + said : said;
        }
        Location l = where.get();
        return verbose ? l.position() + ": " + jsonPath + ": " + said
                : text.get("place.at", l.source(), l.line(), l.column()) + ": " + said;
    }

    /** {@code lines} joined, at most {@value #SHOWN}, then how many more. */
    String lines(List<String> lines) {
        if (lines.size() <= SHOWN) {
            return String.join(System.lineSeparator(), lines);
        }
        List<String> shown = new ArrayList<>(lines.subList(0, SHOWN));
        shown.add(text.get("place.more", lines.size() - SHOWN));
        return String.join(System.lineSeparator(), shown);
    }
}

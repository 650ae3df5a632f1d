package it.ciclo.reader;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A run of text as the file stores it: characters with one formatting.
 *
 * @param text           the characters (a tab as {@code \t}, a line break as {@code \n})
 * @param colour         the font colour it is shown in, as six upper-case hexadecimal digits
 *                       ({@code FF0000}); empty for the automatic colour
 * @param revision       whether it is a tracked insertion or deletion, and whose
 * @param commentAuthors the authors of the comments whose range covers it, in the order opened
 * @param formatAuthor   who changed its formatting as a tracked change (Word records it), if anybody
 */
public record TextRun(String text, Optional<String> colour, Revision revision, List<String> commentAuthors,
        Optional<String> formatAuthor) {

    private static final Pattern RGB = Pattern.compile("[0-9A-F]{6}");

    /**
     * Validates the components, each as described above.
     *
     * @param text the characters (a tab as {@code \t}, a line break as {@code \n})
     * @param colour the font colour it is shown in, as six upper-case hexadecimal digits
     *               ({@code FF0000}); empty for the automatic colour
     * @param revision whether it is a tracked insertion or deletion, and whose
     * @param commentAuthors the authors of the comments whose range covers it, in the order opened
     * @param formatAuthor who changed its formatting as a tracked change (Word records it), if anybody
     * @throws IllegalArgumentException if the colour is not six upper-case hexadecimal digits
     */
    public TextRun {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(colour, "colour");
        Objects.requireNonNull(revision, "revision");
        commentAuthors = List.copyOf(Objects.requireNonNull(commentAuthors, "commentAuthors"));
        Objects.requireNonNull(formatAuthor, "formatAuthor");
        if (colour.isPresent() && !RGB.matcher(colour.get()).matches()) {
            throw new IllegalArgumentException("colour must be six upper-case hexadecimal digits: " + colour.get());
        }
    }

    /**
     * Plain text in the automatic colour, not a change, under no comment.
     *
     * @param text the characters
     * @return a run of {@code text} with no formatting that matters
     */
    public static TextRun plain(String text) {
        return new TextRun(text, Optional.empty(), Revision.NONE, List.of(), Optional.empty());
    }

    /**
     * Text in {@code colour}, not a change, under no comment.
     *
     * @param text the characters
     * @param colour six hexadecimal digits, any case, with or without {@code #} ({@code "#ff0000"})
     * @return a run of {@code text} in {@code colour}
     */
    public static TextRun coloured(String text, String colour) {
        return new TextRun(text, Optional.of(colour.replace("#", "").toUpperCase(java.util.Locale.ROOT)),
                Revision.NONE, List.of(), Optional.empty());
    }
}

package it.ciclo.objective;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a reference to an objective written by a person ("1.2.3", "Ob. op. 1.2.3 – Piste ciclabili",
 * "piste ciclabili") is matched to an objective of the DUP: by its code (the dotted number in front
 * of the title) when it has one, else by its title ignoring case, accents written either way, spaces
 * and punctuation.
 *
 * @param code  the dotted code, without a final dot ("1.2.3"), if the text has one
 * @param title the title after the code, reduced for comparison (lower case, single spaces, no punctuation)
 */
public record ObjectiveKey(Optional<String> code, String title) {

    /** An optional label ("Obiettivo operativo", "Ob. op.", "OS"), then the code, then separators. */
    private static final Pattern CODED = Pattern.compile(
            "^\\s*(?:[\\p{L}.]+(?:\\s+[\\p{L}.]+){0,2}\\s+)?(\\d+(?:\\.\\d+)*)\\.?(?:\\s*[-–—:.)]\\s*|\\s+|$)(.*)$",
            Pattern.DOTALL);

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    /**
     * Validates the components, each as described above.
     *
     * @param code the dotted code, without a final dot ("1.2.3"), if the text has one
     * @param title the title after the code, reduced for comparison (lower case, single spaces, no punctuation)
     */
    public ObjectiveKey {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
    }

    /**
     * The key of {@code text}: the dotted code in front, after an optional label ("Ob. op."), and the
     * reduced title after it; or no code and the whole text reduced.
     *
     * @param text a reference or a title, as written
     * @return the key of {@code text}
     */
    public static ObjectiveKey of(String text) {
        Objects.requireNonNull(text, "text");
        Matcher m = CODED.matcher(text);
        if (m.matches()) {
            return new ObjectiveKey(Optional.of(m.group(1)), reduce(m.group(2)));
        }
        return new ObjectiveKey(Optional.empty(), reduce(text));
    }

    /**
     * Whether this reference and {@code other} name the same objective: same code, or (without a code
     * on one side) same title, when not empty.
     *
     * @param other the other key
     * @return whether both name the same objective
     */
    public boolean matches(ObjectiveKey other) {
        if (code.isPresent() && other.code.isPresent()) {
            return code.equals(other.code);
        }
        return !title.isEmpty() && title.equals(other.title);
    }

    /**
     * {@code text} as compared: lower case, accents composed, punctuation dropped, spaces collapsed.
     *
     * @param text a title, as written
     * @return {@code text} reduced for comparison
     */
    public static String reduce(String text) {
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ITALIAN);
        return NOT_WORD.matcher(composed).replaceAll(" ").strip();
    }
}

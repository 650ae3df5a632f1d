package it.ciclo.i18n;

import java.util.Locale;
import java.util.Objects;

/**
 * A value someone wrote, echoed back in a message about it: made {@link Visible}, and cut after
 * {@value #LIMIT} characters with a note of its length, so that a refused value of millions of
 * characters gives a message of one line, not one of millions.
 *
 * @param value the value as written
 */
public record Quoted(String value) implements Localizable {

    /** How many characters of a value a message shows at most. */
    public static final int LIMIT = 160;

    /**
     * @param value the value as written, never null
     */
    public Quoted {
        Objects.requireNonNull(value, "value");
    }

    /**
     * The value, to pass as a message argument.
     *
     * @param value the value as written
     * @return it, quoted
     */
    public static Quoted of(String value) {
        return new Quoted(value);
    }

    @Override
    public String describe(Locale locale) {
        int length = value.codePointCount(0, value.length());
        if (length <= LIMIT) {
            return Visible.of(value);
        }
        String head = value.substring(0, value.offsetByCodePoints(0, LIMIT));
        return Message.of("quoted.cut", Visible.of(head), length).render(locale);
    }
}

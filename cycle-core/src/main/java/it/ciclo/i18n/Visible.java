package it.ciclo.i18n;

/**
 * Text from outside (a file name, a title, a value someone typed) made safe to show on a terminal or
 * in a message: characters that would act instead of showing are shown by name. Control characters
 * (ESC, BEL, CR, a newline inside a name, NUL) become their Unicode control pictures ({@code ␛ ␇ ␍ ␊
 * ␀}); characters that reverse or isolate the direction of text (U+202E and the other bidirectional
 * controls), line and paragraph separators, and halves of a character that lost the other half become
 * {@code [U+202E]}. Everything else, accents and all, is left as it is.
 */
public final class Visible {

    private Visible() {
    }

    /**
     * {@code text} with every character that would act instead of showing replaced by its name.
     *
     * @param text any text
     * @return the same text when it has no such character (the same instance), else a copy with them named
     */
    public static String of(String text) {
        int i = 0;
        while (i < text.length() && !acts(text, i)) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!acts(text, i)) {
                out.append(c);
                if (Character.isHighSurrogate(c)) {
                    out.append(text.charAt(++i));
                }
            } else if (c < 0x20) {
                out.append((char) (0x2400 + c));
            } else if (c == 0x7F) {
                out.append('\u2421');
            } else {
                out.append(String.format("[U+%04X]", (int) c));
            }
        }
        return out.toString();
    }

    /** Whether the character at {@code i} acts (control, bidi, separator, lone surrogate) instead of showing. */
    private static boolean acts(String text, int i) {
        char c = text.charAt(i);
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
            return true;
        }
        if (c == '\u061C' || c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069') || c == '\u2028' || c == '\u2029') {
            return true;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
    }
}

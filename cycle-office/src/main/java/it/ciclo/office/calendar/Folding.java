package it.ciclo.office.calendar;

import java.nio.charset.StandardCharsets;

/**
 * Line folding as RFC 5545 section 3.1 has it, counted in octets of UTF-8: a content line longer
 * than 75 octets is split into physical lines of at most 75 octets (CRLF excluded), each
 * continuation starting with one space. Never inside a character (a multi-octet sequence stays
 * whole), never an empty continuation line. ical4j's own folding counts characters, not octets, so
 * an Italian line full of accented letters came out longer than 75 octets; this replaces it.
 */
public final class Folding {

    /** The longest physical line, in octets, without its CRLF. */
    public static final int LIMIT = 75;

    private Folding() {
    }

    /**
     * {@code ics} unfolded (RFC 5545: a CRLF followed by one space or tab is removed), then folded
     * again by octets. ical4j always folds (at 75 characters, whatever it is asked), so what it
     * writes is unfolded first.
     */
    public static String refold(String ics) {
        return fold(ics.replace("\r\n ", "").replace("\r\n\t", ""));
    }

    /** {@code unfolded} (content lines ended by CRLF) with every line folded. */
    public static String fold(String unfolded) {
        StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 32);
        int octets = 0;
        for (int i = 0; i < unfolded.length(); ) {
            int cp = unfolded.codePointAt(i);
            int width = Character.charCount(cp);
            if (cp == '\r' && i + 1 < unfolded.length() && unfolded.charAt(i + 1) == '\n') {
                out.append("\r\n");
                octets = 0;
                i += 2;
                continue;
            }
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > LIMIT) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += width;
        }
        return out.toString();
    }
}

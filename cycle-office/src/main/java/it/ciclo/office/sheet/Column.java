package it.ciclo.office.sheet;

import java.util.Objects;

/**
 * A column of a {@link Sheet}: its heading, in the user's language, and the kind of value it holds,
 * which decides how a cell is written (a date as a date, a number as a number).
 *
 * @param heading the heading
 * @param type    what its cells hold
 * @param width   its width in characters, for the workbook
 */
public record Column(String heading, Type type, int width) {

    /** What the cells of a column hold; an empty cell is {@code null} in any column. */
    public enum Type {
        /** A {@link String}. */
        TEXT,
        /** A {@link String} of several lines, one item a line (file names). */
        LINES,
        /** A {@link java.time.LocalDate}. */
        DATE,
        /** A {@link Long}. */
        NUMBER,
        /** A {@link Boolean}, shown as sì/no (yes/no). */
        YES_NO
    }

    public Column {
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(type, "type");
        if (width < 1) {
            throw new IllegalArgumentException("width must be positive: " + width);
        }
    }
}

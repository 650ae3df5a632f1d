package it.ciclo.scheda;

import it.ciclo.store.StorePath;
import java.util.Objects;

/**
 * A cell (or a whole row) of a sheet of a file in the store.
 *
 * @param file   the file
 * @param sheet  the sheet's name
 * @param row    the row, 1-based
 * @param column the column, 1-based (A is 1); 0 for the whole row
 */
public record SheetLocation(StorePath file, String sheet, int row, int column) {

    /**
     * Validates the components, each as described above.
     *
     * @param file the file
     * @param sheet the sheet's name
     * @param row the row, 1-based
     * @param column the column, 1-based (A is 1); 0 for the whole row
     * @throws IllegalArgumentException if the row is below 1 or the column below 0
     */
    public SheetLocation {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sheet, "sheet");
        if (row < 1 || column < 0) {
            throw new IllegalArgumentException("row is 1-based and column 0 or more: " + row + ", " + column);
        }
    }

    /** {@return the cell as a spreadsheet names it ({@code B7}); the row number alone for a whole row} */
    public String cell() {
        return column == 0 ? Integer.toString(row) : columnLetters(column) + row;
    }

    /**
     * The letters of a 1-based column: 1 → A, 27 → AA.
     *
     * @param column the column, 1-based
     * @return its letters, as a spreadsheet shows them; empty for 0
     */
    public static String columnLetters(int column) {
        StringBuilder letters = new StringBuilder();
        for (int c = column; c > 0; c = (c - 1) / 26) {
            letters.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return letters.toString();
    }

    /** {@code file!sheet!B7}, the form people paste into a spreadsheet's address box. */
    @Override
    public String toString() {
        return file + "!" + sheet + "!" + cell();
    }
}

package it.ciclo.proposal;

import java.util.Objects;

/**
 * Where in a table a passage sits.
 *
 * @param table        which table of the file, 1-based, in reading order (nested tables counted too)
 * @param row          the row, 1-based
 * @param column       the column, 1-based
 * @param columnHeader the text of the table's first row in that column (empty if none)
 * @param rowLabel     the text of the row's first cell, or of the cell above when merged (empty if none)
 */
public record TableCell(int table, int row, int column, String columnHeader, String rowLabel) {

    /**
     * Validates the components, each as described above.
     *
     * @param table which table of the file, 1-based, in reading order (nested tables counted too)
     * @param row the row, 1-based
     * @param column the column, 1-based
     * @param columnHeader the text of the table's first row in that column (empty if none)
     * @param rowLabel the text of the row's first cell, or of the cell above when merged (empty if none)
     * @throws IllegalArgumentException if the table, the row or the column is below 1
     */
    public TableCell {
        if (table < 1 || row < 1 || column < 1) {
            throw new IllegalArgumentException("table, row and column are 1-based: " + table + ", " + row + ", " + column);
        }
        Objects.requireNonNull(columnHeader, "columnHeader");
        Objects.requireNonNull(rowLabel, "rowLabel");
    }
}

package it.ciclo.cli;

import it.ciclo.i18n.Visible;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table: columns as wide as their widest cell, the last one left ragged. Cells are shown
 * {@link Visible}: a title or a name holding a control character cannot act on the terminal or break
 * a row in two.
 */
final class Table {

    private final List<String[]> rows = new ArrayList<>();

    Table(String... headers) {
        rows.add(headers);
    }

    void row(String... cells) {
        if (cells.length != rows.get(0).length) {
            throw new IllegalArgumentException("expected " + rows.get(0).length + " cells, got " + cells.length);
        }
        String[] shown = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            shown[i] = Visible.of(cells[i]);
        }
        rows.add(shown);
    }

    void print(PrintWriter out) {
        int columns = rows.get(0).length;
        int[] width = new int[columns];
        for (String[] row : rows) {
            for (int c = 0; c < columns; c++) {
                width[c] = Math.max(width[c], row[c].codePointCount(0, row[c].length()));
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < columns; c++) {
                line.append(row[c]);
                if (c < columns - 1) {
                    line.append(" ".repeat(width[c] - row[c].codePointCount(0, row[c].length()) + 2));
                }
            }
            out.println(line.toString().stripTrailing());
        }
    }
}

package it.ciclo.office.sheet;

import java.util.List;
import java.util.Objects;

/**
 * A table for a spreadsheet, before it is written: a name (the workbook's tab), typed columns and
 * rows. The same sheet is written as CSV ({@link SheetCsv}) and as a workbook ({@link SheetXlsx}),
 * so the two never disagree.
 *
 * @param name    the sheet's name, in the user's language ("Tabellone")
 * @param columns the columns, in order
 * @param rows    the rows, each with one cell per column
 */
public record Sheet(String name, List<Column> columns, List<SheetRow> rows) {

    public Sheet {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(Objects.requireNonNull(columns, "columns"));
        rows = List.copyOf(Objects.requireNonNull(rows, "rows"));
        for (SheetRow row : rows) {
            if (row.cells().size() != columns.size()) {
                throw new IllegalArgumentException("a row has " + row.cells().size() + " cells for " + columns.size() + " columns");
            }
        }
    }
}

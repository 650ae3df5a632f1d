package it.ciclo.scheda;

import it.ciclo.store.StorePath;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of a Settore's scheda: one indicator of one action, with the values of the columns the
 * template names (a value the row leaves empty under a filled one, as merged cells do, is carried
 * down for the objective, the action, the Settore and the parties).
 *
 * @param file    the file it was read from
 * @param sheet   the sheet
 * @param row     the row, 1-based
 * @param acts    the ids of the acts whose folder holds the file
 * @param sector  the id of the Settore, when known (its folder, or its sector column)
 * @param values  the text of each column read; absent or empty when the cell is empty
 * @param columns where each column read stands (1-based), from the header row
 */
public record SchedaRow(StorePath file, String sheet, int row, List<String> acts, Optional<String> sector,
        Map<SchedaColumn, String> values, Map<SchedaColumn, Integer> columns) {

    /**
     * Validates the components, each as described above.
     *
     * @param file the file it was read from
     * @param sheet the sheet
     * @param row the row, 1-based
     * @param acts the ids of the acts whose folder holds the file
     * @param sector the id of the Settore, when known (its folder, or its sector column)
     * @param values the text of each column read; absent or empty when the cell is empty
     * @param columns where each column read stands (1-based), from the header row
     */
    public SchedaRow {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sheet, "sheet");
        acts = List.copyOf(Objects.requireNonNull(acts, "acts"));
        Objects.requireNonNull(sector, "sector");
        values = Collections.unmodifiableMap(copy(values));
        columns = Collections.unmodifiableMap(copy(columns));
    }

    private static <V> Map<SchedaColumn, V> copy(Map<SchedaColumn, V> map) {
        EnumMap<SchedaColumn, V> copy = new EnumMap<>(SchedaColumn.class);
        copy.putAll(Objects.requireNonNull(map, "map"));
        return copy;
    }

    /**
     * The text of {@code column}; empty if the cell is empty or the template does not name the column.
     *
     * @param column a column of the scheda
     * @return the text of {@code column} in this row
     */
    public String value(SchedaColumn column) {
        return values.getOrDefault(column, "");
    }

    /**
     * Where {@code column}'s cell of this row stands; the whole row if the file has no such column.
     *
     * @param column a column of the scheda
     * @return the cell of {@code column} in this row, or the whole row
     */
    public SheetLocation at(SchedaColumn column) {
        return new SheetLocation(file, sheet, row, columns.getOrDefault(column, 0));
    }

    /**
     * This row in the Settore {@code sector}.
     *
     * @param sector the id of the Settore; empty for none known
     * @return this row with {@code sector} instead
     */
    public SchedaRow inSector(Optional<String> sector) {
        return new SchedaRow(file, sheet, row, acts, sector, values, columns);
    }
}

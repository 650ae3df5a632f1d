package it.ciclo.scheda;

import it.ciclo.i18n.Message;
import it.ciclo.objective.ObjectiveKey;
import it.ciclo.reader.FileProblem;
import it.ciclo.reader.SheetHandler;
import it.ciclo.reader.UnreadableFileException;
import it.ciclo.store.StorePath;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Hears one sheet of a Settore's scheda and turns its rows into {@link SchedaRow}s: finds the
 * template's columns in the header row (a file without a column every scheda needs is refused),
 * then reads each row below that has an action or an indicator of its own. Where a row leaves the objective, the action, the Settore or the parties
 * empty under a filled one (merged cells), it carries the value down. One instance per file.
 */
public final class SchedaRows implements SheetHandler {

    private static final Set<SchedaColumn> CARRIED_WITH_ACTION = Set.of(SchedaColumn.ACTION, SchedaColumn.SECTOR,
            SchedaColumn.INTERNAL_PARTIES, SchedaColumn.EXTERNAL_PARTIES);

    private final SchedaTemplate template;
    private final StorePath file;
    private final List<String> acts;
    private final Optional<String> sector;
    private final boolean report;
    private final List<SchedaRow> rows = new ArrayList<>();
    private final Map<SchedaColumn, Integer> columns = new EnumMap<>(SchedaColumn.class);
    private final Map<SchedaColumn, String> above = new EnumMap<>(SchedaColumn.class);
    private String sheet = "";
    private boolean headerSeen;
    private List<String> headerCells = List.of();

    /**
     * @param template the scheda template
     * @param file     the file being read
     * @param acts     the acts whose folder holds it
     * @param sector   its Settore, if its folder says
     * @param report   whether it is a report, whose result column must then be there too
     */
    public SchedaRows(SchedaTemplate template, StorePath file, List<String> acts, Optional<String> sector, boolean report) {
        this.template = Objects.requireNonNull(template, "template");
        this.file = Objects.requireNonNull(file, "file");
        this.acts = List.copyOf(acts);
        this.sector = Objects.requireNonNull(sector, "sector");
        this.report = report;
    }

    @Override
    public void sheet(String name) {
        this.sheet = Objects.requireNonNull(name, "name");
    }

    @Override
    public void row(int number, List<String> cells) {
        if (number < template.headerRow()) {
            return;
        }
        if (number == template.headerRow()) {
            header(cells);
            return;
        }
        if (!headerSeen || !missing().isEmpty()) {
            return;
        }
        Map<SchedaColumn, String> values = new EnumMap<>(SchedaColumn.class);
        columns.forEach((column, index) -> {
            String text = index - 1 < cells.size() ? cells.get(index - 1).strip() : "";
            if (!text.isEmpty()) {
                values.put(column, text);
            }
        });
        if (!values.containsKey(SchedaColumn.ACTION) && !values.containsKey(SchedaColumn.INDICATOR)) {
            return;
        }
        if (!values.containsKey(SchedaColumn.ACTION)) {
            CARRIED_WITH_ACTION.forEach(c -> carry(c, values));
        }
        carry(SchedaColumn.OBJECTIVE, values);
        above.clear();
        above.putAll(values);
        rows.add(new SchedaRow(file, sheet, number, acts, sector, values, columns));
    }

    private void carry(SchedaColumn column, Map<SchedaColumn, String> values) {
        if (!values.containsKey(column) && above.containsKey(column)) {
            values.put(column, above.get(column));
        }
    }

    private void header(List<String> cells) {
        headerSeen = true;
        headerCells = cells;
        template.headers().forEach((column, header) -> {
            String wanted = ObjectiveKey.reduce(header);
            for (int i = 0; i < cells.size(); i++) {
                if (ObjectiveKey.reduce(cells.get(i)).equals(wanted)) {
                    columns.put(column, i + 1);
                    return;
                }
            }
        });
    }

    /**
     * The columns the file must have and the header row lacks: those every scheda needs, and a
     * report's result. The others the template names may be left out of a file (a plan has no
     * result column); their values are then empty.
     */
    private List<SchedaColumn> missing() {
        return template.headers().keySet().stream()
                .filter(c -> c.required() || report && c == SchedaColumn.RESULT)
                .filter(c -> !columns.containsKey(c)).toList();
    }

    /** {@return the sheet read (as the file names it); the empty string before it is heard} */
    public String sheetName() {
        return sheet;
    }

    /**
     * The rows read.
     *
     * @return the rows read, in sheet order
     * @throws UnreadableFileException if the header row lacks columns the file must have (those every scheda
     *                                 needs, and a report's result)
     */
    public List<SchedaRow> rows() throws UnreadableFileException {
        List<SchedaColumn> missing = missing();
        if (!missing.isEmpty()) {
            String names = missing.stream().map(c -> "«" + template.headers().get(c) + "»").collect(Collectors.joining(", "));
            String found = headerCells.stream().filter(c -> !c.isBlank()).map(c -> "«" + c.strip() + "»")
                    .collect(Collectors.joining(", "));
            throw new UnreadableFileException(FileProblem.COLUMNS_MISSING, Message.of("scheda.columnsMissing",
                    sheet, template.headerRow(), names, found.isEmpty() ? "—" : found));
        }
        return List.copyOf(rows);
    }
}

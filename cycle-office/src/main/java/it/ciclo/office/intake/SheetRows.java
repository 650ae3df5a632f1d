package it.ciclo.office.intake;

import it.ciclo.i18n.Message;
import it.ciclo.reader.FileProblem;
import it.ciclo.reader.ReadLimits;
import it.ciclo.reader.SheetHandler;
import it.ciclo.reader.UnreadableFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Gathers a sheet's cells row by row, whatever format they come from, and hands each row that holds
 * something to a {@link SheetHandler}; more than {@link ReadLimits#maxRows()} such rows and the file
 * is refused. The sheet wanted is matched by name ignoring case and surrounding spaces.
 */
public final class SheetRows {

    /** A refusal thrown from inside a parser's callback, which cannot throw checked exceptions. */
    public static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient UnreadableFileException reason;

        Refused(UnreadableFileException reason) {
            super(reason.getMessage(), reason, false, false);
            this.reason = reason;
        }

        public UnreadableFileException reason() {
            return reason;
        }
    }

    private final SheetHandler handler;
    private final ReadLimits limits;
    private final List<String> cells = new ArrayList<>();
    private int row;
    private int rowsWithContent;

    public SheetRows(SheetHandler handler, ReadLimits limits) {
        this.handler = handler;
        this.limits = limits;
    }

    /** Whether the sheet named {@code name} is the one {@code wanted} (the first when none is named). */
    public static boolean wanted(Optional<String> wanted, String name) {
        return wanted.map(w -> w.strip().equalsIgnoreCase(name.strip())).orElse(true);
    }

    /** The refusal when no sheet is {@code wanted}'s. */
    public static UnreadableFileException missing(Optional<String> wanted, List<String> names) {
        return new UnreadableFileException(FileProblem.SHEET_MISSING, Message.of("file.sheetMissing",
                wanted.orElse("—"), names.isEmpty() ? "—" : names.stream().map(n -> "«" + n + "»").collect(Collectors.joining(", "))));
    }

    /** A row begins; {@code number} is 1-based. */
    public void start(int number) {
        row = number;
        cells.clear();
    }

    /** A cell of the current row, at 0-based {@code column}. */
    public void cell(int column, String text) {
        if (text.isEmpty() || column < 0 || column >= 16_384) {
            return;
        }
        while (cells.size() < column) {
            cells.add("");
        }
        if (cells.size() == column) {
            cells.add(text);
        } else {
            cells.set(column, text);
        }
    }

    /** The current row ends: handed on if it holds something. */
    public void end() {
        if (cells.stream().allMatch(String::isBlank)) {
            return;
        }
        if (++rowsWithContent > limits.maxRows()) {
            throw new Refused(new UnreadableFileException(FileProblem.TOO_LARGE, Message.of("file.rows", limits.maxRows())));
        }
        handler.row(row, List.copyOf(cells));
    }
}

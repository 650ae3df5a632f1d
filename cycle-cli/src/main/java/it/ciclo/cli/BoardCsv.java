package it.ciclo.cli;

import it.ciclo.board.ActStanding;
import it.ciclo.board.Board;
import it.ciclo.board.SectorStanding;
import it.ciclo.board.Standing;
import it.ciclo.store.StoreEntry;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The board for spreadsheets, as RFC 4180 CSV: a header, then one row per act and sector (one row
 * for a shared act, with an empty sector), CRLF line ends, a field quoted when it holds a comma, a
 * quote or a line break, quotes doubled. Column names and status names are stable; {@code status_text}
 * and the sector name of a shared act are in the user's language. {@code files} counts the files of
 * the cell, {@code old_files} those from before the collection (not counted); {@code file_names},
 * {@code file_dates} (last modified, in the directive's zone) and {@code file_paths} list the cell's
 * files one a line, in the same order (a spreadsheet shows them in one cell).
 */
final class BoardCsv {

    private static final List<String> HEADER = List.of("act", "act_title", "due", "shared", "sector", "sector_name",
            "status", "status_text", "days_left", "days_late", "arrived", "files", "old_files", "file_names", "file_dates", "file_paths");

    private final Locale locale;
    private final CliText text;

    BoardCsv(Locale locale) {
        this.locale = locale;
        this.text = new CliText(locale);
    }

    void write(Board board, PrintWriter out) {
        ZoneId zone = board.schedule().directive().calendar().zone();
        row(out, HEADER);
        for (ActStanding act : board.acts()) {
            if (act.shared().isPresent()) {
                row(out, cells(act, "", text.get("board.allSectors"), act.shared().get(), zone));
            }
            for (SectorStanding s : act.sectors()) {
                row(out, cells(act, s.sector().id(), s.sector().name(), s.standing(), zone));
            }
        }
        out.flush();
    }

    private List<String> cells(ActStanding act, String sectorId, String sectorName, Standing s, ZoneId zone) {
        List<String> cells = new ArrayList<>();
        cells.add(act.act().id());
        cells.add(act.act().title());
        cells.add(act.due().effective().map(LocalDate::toString).orElse(""));
        cells.add(Boolean.toString(act.isShared()));
        cells.add(sectorId);
        cells.add(sectorName);
        cells.add(s.status().jsonName());
        cells.add(s.status().describe(locale));
        cells.add(number(s.daysLeft()));
        cells.add(number(s.daysLate()));
        cells.add(s.arrived().map(LocalDate::toString).orElse(""));
        cells.add(Integer.toString(s.files().size()));
        cells.add(Integer.toString(s.old().size()));
        cells.add(s.files().stream().map(StoreEntry::name).collect(Collectors.joining("\n")));
        cells.add(s.files().stream().map(f -> LocalDate.ofInstant(f.modified(), zone).toString()).collect(Collectors.joining("\n")));
        cells.add(s.files().stream().map(f -> f.path().toString()).collect(Collectors.joining("\n")));
        return cells;
    }

    private static String number(Optional<Long> n) {
        return n.map(String::valueOf).orElse("");
    }

    private static void row(PrintWriter out, List<String> cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(quote(cells.get(i)));
        }
        out.print(line.append("\r\n"));
    }

    /** RFC 4180: quoted if it holds a comma, a quote or a line break; quotes inside doubled. */
    static String quote(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}

package it.ciclo.office.sheet;

import it.ciclo.board.ActStanding;
import it.ciclo.board.Board;
import it.ciclo.board.SectorStanding;
import it.ciclo.board.Standing;
import it.ciclo.i18n.Message;
import it.ciclo.i18n.Texts;
import it.ciclo.office.sheet.Column.Type;
import it.ciclo.store.StoreEntry;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The board as a sheet: one row per act and sector that owes it (one row for a shared act), in the
 * directive's order, coloured by status. Headings, status names and yes/no are in the user's
 * language; the status code column keeps the stable JSON name (for filters that survive a change of
 * language). The cell's files are listed one a line: names, modification days (in the directive's
 * zone) and paths from the store's root, in the same order.
 */
public final class BoardSheet {

    private BoardSheet() {
    }

    /** The sheet of {@code board}, in {@code locale}'s language. */
    public static Sheet of(Board board, Locale locale) {
        Objects.requireNonNull(board, "board");
        Texts text = new Texts("it.ciclo.office.text", locale);
        ZoneId zone = board.schedule().directive().calendar().zone();
        List<Column> columns = List.of(
                new Column(text.get("board.col.act"), Type.TEXT, 14),
                new Column(text.get("board.col.title"), Type.TEXT, 40),
                new Column(text.get("board.col.due"), Type.DATE, 12),
                new Column(text.get("board.col.approval"), Type.DATE, 12),
                new Column(text.get("board.col.shared"), Type.YES_NO, 9),
                new Column(text.get("board.col.sector"), Type.TEXT, 16),
                new Column(text.get("board.col.sectorName"), Type.TEXT, 28),
                new Column(text.get("board.col.status"), Type.TEXT, 14),
                new Column(text.get("board.col.statusText"), Type.TEXT, 24),
                new Column(text.get("board.col.daysLeft"), Type.NUMBER, 9),
                new Column(text.get("board.col.daysLate"), Type.NUMBER, 9),
                new Column(text.get("board.col.arrived"), Type.DATE, 12),
                new Column(text.get("board.col.files"), Type.NUMBER, 7),
                new Column(text.get("board.col.oldFiles"), Type.NUMBER, 9),
                new Column(text.get("board.col.fileNames"), Type.LINES, 32),
                new Column(text.get("board.col.fileDates"), Type.LINES, 12),
                new Column(text.get("board.col.filePaths"), Type.LINES, 60));
        List<SheetRow> rows = new ArrayList<>();
        for (ActStanding act : board.acts()) {
            Optional<LocalDate> approval = board.schedule().approval(act.act().id()).effective();
            if (act.shared().isPresent()) {
                rows.add(row(act, approval, null, text.get("board.allSectors"), act.shared().get(), zone, locale));
            }
            for (SectorStanding s : act.sectors()) {
                rows.add(row(act, approval, s.sector().id(), s.sector().name(), s.standing(), zone, locale));
            }
        }
        return new Sheet(text.get("board.sheet"), columns, rows);
    }

    private static SheetRow row(ActStanding act, Optional<LocalDate> approval, String sectorId, String sectorName,
            Standing s, ZoneId zone, Locale locale) {
        List<Object> cells = Arrays.asList(
                act.act().id(),
                act.act().title(),
                act.due().effective().orElse(null),
                approval.orElse(null),
                act.isShared(),
                sectorId,
                sectorName,
                s.status().jsonName(),
                s.status().describe(locale),
                s.daysLeft().orElse(null),
                s.daysLate().orElse(null),
                s.arrived().orElse(null),
                (long) s.files().size(),
                (long) s.old().size(),
                lines(s.files(), StoreEntry::name),
                lines(s.files(), f -> Message.date(LocalDate.ofInstant(f.modified(), zone), locale)),
                lines(s.files(), f -> f.path().toString()));
        return new SheetRow(cells, Optional.of(s.status()));
    }

    private static String lines(List<StoreEntry> files, java.util.function.Function<StoreEntry, String> what) {
        return files.isEmpty() ? null : files.stream().map(what).collect(Collectors.joining("\n"));
    }
}

package it.ciclo.cli;

import it.ciclo.board.ActStanding;
import it.ciclo.board.Board;
import it.ciclo.board.SectorStanding;
import it.ciclo.board.Standing;
import it.ciclo.board.Unclassified;
import it.ciclo.directive.Act;
import it.ciclo.directive.Directive;
import it.ciclo.i18n.Message;
import it.ciclo.i18n.Visible;
import it.ciclo.store.StoreEntry;
import it.ciclo.submission.SubmissionStatus;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The board for people: the directive's errors first; per act, a table of sectors with status, days,
 * arrival and number of files, then each file by path and date; who to chase; what is to be checked.
 */
final class BoardText {

    private final Locale locale;
    private final CliText text;

    BoardText(Locale locale) {
        this.locale = locale;
        this.text = new CliText(locale);
    }

    /**
     * @param errors the directive's error-level findings, one line each, shown first: a board built
     *               on a wrong directive may be wrong
     */
    void write(Board board, String storeLocation, List<String> errors, PrintWriter out) {
        Directive d = board.schedule().directive();
        ZoneId zone = d.calendar().zone();
        out.println(text.get("board.heading", d.issued().number(), Message.date(d.issued().on(), locale), d.title(), d.id()));
        out.println(text.get("board.asOf", Message.date(board.asOf(), locale), storeLocation));
        out.println(text.get("calendar.events", CalendarText.events(board.schedule(), text, locale)));
        if (!errors.isEmpty()) {
            out.println();
            out.println(text.get("board.errors", errors.size()));
            errors.forEach(e -> out.println("  " + e));
        }
        if (board.acts().isEmpty()) {
            out.println(text.get("board.noActs"));
        }
        for (ActStanding act : board.acts()) {
            out.println();
            act(act, d, zone, out);
        }
        out.println();
        toChase(board, out);
        out.println();
        unclassified(board.unclassified(), out);
        out.println(text.get("board.summary", summary(board)));
    }

    private void act(ActStanding act, Directive d, ZoneId zone, PrintWriter out) {
        out.println(act.due().effective()
                .map(date -> text.get("board.act", act.act().title(), act.act().id(), Message.date(date, locale)))
                .orElseGet(() -> text.get("board.act.pending", act.act().title(), act.act().id(),
                        act.due().explanation().render(locale))));
        out.println(text.get(act.found().isEmpty() ? "board.folder.missing" : "board.folder", act.folder()));
        if (act.isShared()) {
            out.println(text.get("board.sharedAct", Message.date(act.opens(), locale)));
        }
        if (!act.sharesFolderWith().isEmpty()) {
            out.println(text.get("board.sharesFolder", act.sharesFolderWith().stream()
                    .map(id -> d.act(id).map(Act::title).orElse(id)).collect(Collectors.joining("; "))));
        }
        Table table = new Table(text.get("board.col.sector"), text.get("board.col.status"), text.get("board.col.days"),
                text.get("board.col.arrived"), text.get("board.col.files"));
        act.shared().ifPresent(s -> row(table, text.get("board.allSectors"), s));
        for (SectorStanding s : act.sectors()) {
            row(table, s.sector().name(), s.standing());
        }
        table.print(out);
        act.shared().ifPresent(s -> files(text.get("board.allSectors"), s, act.opens(), zone, out));
        for (SectorStanding s : act.sectors()) {
            files(s.sector().name(), s.standing(), act.opens(), zone, out);
        }
    }

    private void row(Table table, String sector, Standing s) {
        table.row(sector, s.status().describe(locale), days(s),
                s.arrived().map(date -> Message.date(date, locale)).orElse(""), Integer.toString(s.files().size()));
    }

    /** Each file of a cell by path and modification day; then those from before the collection, not counted. */
    private void files(String who, Standing s, LocalDate opens, ZoneId zone, PrintWriter out) {
        for (StoreEntry f : s.files()) {
            out.println("  " + Visible.of(who) + ": " + Visible.of(f.path().toString()) + " ("
                    + Message.date(LocalDate.ofInstant(f.modified(), zone), locale) + ")");
        }
        if (!s.old().isEmpty()) {
            out.println("  " + Visible.of(who) + ": " + text.get("board.old", s.old().size(), Message.date(opens, locale)) + ": "
                    + s.old().stream().map(f -> Visible.of(f.path().toString())).collect(Collectors.joining(", ")));
        }
    }

    private String days(Standing s) {
        if (s.daysLate().isPresent()) {
            return text.get("board.daysLate", s.daysLate().get());
        }
        if (s.daysLeft().isPresent() && !s.status().isHandedIn()) {
            return text.get("board.daysLeft", s.daysLeft().get());
        }
        return "";
    }

    private void toChase(Board board, PrintWriter out) {
        List<ToChase> chase = ToChase.of(board, text);
        if (chase.isEmpty()) {
            out.println(text.get("board.chase.none"));
            return;
        }
        out.println(text.get("board.chase", chase.size()));
        chase.forEach(c -> out.println("  " + Visible.of(c.who()) + ": " + Visible.of(String.join("; ", c.what()))));
    }

    private void unclassified(List<Unclassified> unclassified, PrintWriter out) {
        if (unclassified.isEmpty()) {
            out.println(text.get("board.unclassified.none"));
            return;
        }
        out.println(text.get("board.unclassified", unclassified.size()));
        for (Unclassified u : unclassified) {
            out.println("  " + Visible.of(u.path().toString()) + " — " + u.reason().describe(locale) + ": " + u.detail().render(locale));
        }
    }

    private String summary(Board board) {
        Map<SubmissionStatus, Long> counts = new EnumMap<>(SubmissionStatus.class);
        board.acts().stream().flatMap(a -> a.standings().stream())
                .forEach(s -> counts.merge(s.status(), 1L, Long::sum));
        return counts.isEmpty() ? "—" : counts.entrySet().stream()
                .map(e -> e.getKey().describe(locale) + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }
}

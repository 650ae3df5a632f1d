package it.ciclo.cli;

import it.ciclo.board.ActStanding;
import it.ciclo.board.Board;
import it.ciclo.board.SectorStanding;
import it.ciclo.board.Standing;
import it.ciclo.board.Unclassified;
import it.ciclo.directive.Directive;
import it.ciclo.i18n.Message;
import it.ciclo.submission.SubmissionStatus;
import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The board for people: per act, a table of sectors with status, days, arrival and files; then what is out of place. */
final class BoardText {

    private final Locale locale;
    private final CliText text;

    BoardText(Locale locale) {
        this.locale = locale;
        this.text = new CliText(locale);
    }

    void write(Board board, String storeLocation, PrintWriter out) {
        Directive d = board.schedule().directive();
        out.println(text.get("board.heading", d.issued().number(), Message.date(d.issued().on(), locale), d.title(), d.id()));
        out.println(text.get("board.asOf", Message.date(board.asOf(), locale), storeLocation));
        if (board.acts().isEmpty()) {
            out.println(text.get("board.noActs"));
        }
        for (ActStanding act : board.acts()) {
            out.println();
            act(act, d, out);
        }
        out.println();
        unclassified(board.unclassified(), out);
        out.println(text.get("board.summary", summary(board)));
    }

    private void act(ActStanding act, Directive d, PrintWriter out) {
        out.println(act.due().effective()
                .map(date -> text.get("board.act", act.act().title(), act.act().id(), Message.date(date, locale)))
                .orElseGet(() -> text.get("board.act.pending", act.act().title(), act.act().id(),
                        act.due().explanation().render(locale))));
        out.println(text.get(act.found().isEmpty() ? "board.folder.missing" : "board.folder", act.folder()));
        if (act.isShared()) {
            out.println(text.get("board.sharedAct", Message.date(d.issued().on(), locale)));
        }
        if (!act.sharesFolderWith().isEmpty()) {
            out.println(text.get("board.sharesFolder", String.join(", ", act.sharesFolderWith())));
        }
        Table table = new Table(text.get("board.col.sector"), text.get("board.col.status"), text.get("board.col.days"),
                text.get("board.col.arrived"), text.get("board.col.files"));
        act.shared().ifPresent(s -> row(table, text.get("board.allSectors"), s));
        for (SectorStanding s : act.sectors()) {
            row(table, s.sector().name(), s.standing());
        }
        table.print(out);
    }

    private void row(Table table, String sector, Standing s) {
        table.row(sector, s.status().describe(locale), days(s),
                s.arrived().map(date -> Message.date(date, locale)).orElse(""), Integer.toString(s.files().size()));
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

    private void unclassified(List<Unclassified> unclassified, PrintWriter out) {
        if (unclassified.isEmpty()) {
            out.println(text.get("board.unclassified.none"));
            return;
        }
        out.println(text.get("board.unclassified", unclassified.size()));
        for (Unclassified u : unclassified) {
            out.println("  " + u.path() + " — " + u.reason().describe(locale) + ": " + u.detail().render(locale));
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

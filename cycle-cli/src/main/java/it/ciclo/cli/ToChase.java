package it.ciclo.cli;

import it.ciclo.board.ActStanding;
import it.ciclo.board.Board;
import it.ciclo.board.SectorStanding;
import it.ciclo.board.Standing;
import it.ciclo.directive.Sector;
import it.ciclo.submission.SubmissionStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who to chase: a Settore with the acts it has not handed in though their deadline has passed, in
 * the directive's order; for an overdue shared act, every Settore at once.
 *
 * @param who  the Settore's name, or "all sectors" for a shared act
 * @param what each overdue act, with its days late
 */
record ToChase(String who, List<String> what) {

    static List<ToChase> of(Board board, CliText text) {
        Map<String, List<String>> bySector = new LinkedHashMap<>();
        for (Sector sector : board.schedule().directive().sectors()) {
            bySector.put(sector.name(), new ArrayList<>());
        }
        String all = text.get("board.allSectors");
        for (ActStanding act : board.acts()) {
            act.shared().filter(ToChase::overdue).ifPresent(s ->
                    bySector.computeIfAbsent(all, k -> new ArrayList<>()).add(item(act, s, text)));
            for (SectorStanding s : act.sectors()) {
                if (overdue(s.standing())) {
                    bySector.get(s.sector().name()).add(item(act, s.standing(), text));
                }
            }
        }
        List<ToChase> chase = new ArrayList<>();
        bySector.forEach((who, what) -> {
            if (!what.isEmpty()) {
                chase.add(new ToChase(who, what));
            }
        });
        return chase;
    }

    private static boolean overdue(Standing s) {
        return s.status() == SubmissionStatus.OVERDUE;
    }

    private static String item(ActStanding act, Standing s, CliText text) {
        return act.act().title() + " (" + text.get("board.daysLate", s.daysLate().orElse(0L)) + ")";
    }
}

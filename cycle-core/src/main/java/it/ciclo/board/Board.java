package it.ciclo.board;

import it.ciclo.deadline.Schedule;
import it.ciclo.submission.SubmissionStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Who has handed in what, for which act, and who is late, on one day.
 *
 * @param asOf         the day the deadlines are weighed against
 * @param schedule     the directive's deadlines, as evaluated
 * @param acts         each act that asks for files, in the directive's order
 * @param unclassified the files found that count for nobody, by path
 * @param entriesSeen  how many folders and files the scan looked at
 */
public record Board(LocalDate asOf, Schedule schedule, List<ActStanding> acts, List<Unclassified> unclassified,
        long entriesSeen) {

    /**
     * Validates the components, each as described above.
     *
     * @param asOf the day the deadlines are weighed against
     * @param schedule the directive's deadlines, as evaluated
     * @param acts each act that asks for files, in the directive's order
     * @param unclassified the files found that count for nobody, by path
     * @param entriesSeen how many folders and files the scan looked at
     */
    public Board {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(schedule, "schedule");
        acts = List.copyOf(Objects.requireNonNull(acts, "acts"));
        unclassified = List.copyOf(Objects.requireNonNull(unclassified, "unclassified"));
    }

    /** {@return whether any act, for any sector, is overdue} */
    public boolean anyOverdue() {
        return acts.stream().flatMap(a -> a.standings().stream()).anyMatch(s -> s.status() == SubmissionStatus.OVERDUE);
    }
}

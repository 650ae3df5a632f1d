package it.ciclo.board;

import it.ciclo.deadline.Deadline;
import it.ciclo.store.StoreEntry;
import it.ciclo.submission.SubmissionStatus;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Where one submission stands on a given day: its status, the days left before the deadline or the
 * days it is (or was handed in) late, and its files.
 *
 * @param status   the status
 * @param daysLeft days from the day of the board to the deadline, when the deadline is known and
 *                 not past (0 on the day itself)
 * @param daysLate for {@link SubmissionStatus#OVERDUE}, days from the deadline to the day of the
 *                 board; for a submission that arrived after the deadline, days from the deadline
 *                 to its arrival; empty otherwise
 * @param arrived  the day the submission arrived (see {@link #assess}); empty if nothing counts
 * @param files    its files, by path
 */
public record Standing(SubmissionStatus status, Optional<Long> daysLeft, Optional<Long> daysLate,
        Optional<LocalDate> arrived, List<StoreEntry> files) {

    public Standing {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(daysLeft, "daysLeft");
        Objects.requireNonNull(daysLate, "daysLate");
        Objects.requireNonNull(arrived, "arrived");
        files = List.copyOf(Objects.requireNonNull(files, "files"));
    }

    /**
     * Weighs files against a deadline on day {@code asOf}.
     *
     * <ul>
     *   <li>Files the store marks {@link SubmissionStatus#WITHDRAWN} do not count (they are still listed).</li>
     *   <li>Nothing counts: {@code overdue} once the deadline has passed, {@code missing} before, and
     *       while the deadline waits for an event.</li>
     *   <li>Something counts and the store knows a review state: {@code changes-requested} if any
     *       file has it, else {@code in-review} if any file has it, else {@code approved} if every
     *       counted file has it.</li>
     *   <li>Otherwise {@code submitted}, or {@code submitted-late} if it arrived after the deadline.
     *       It arrived on the earliest modification day among the counted files (a later change, by
     *       the office reviewing it, say, does not make it late). While the deadline waits for an
     *       event nothing is late.</li>
     * </ul>
     *
     * @param files  the files found
     * @param counts which of them count as handed in (all of them, but for a shared act only those
     *               changed after the directive was issued)
     * @param due    the deadline
     * @param asOf   the day of the board
     * @param zone   the time zone that turns modification instants into days
     */
    public static Standing assess(List<StoreEntry> files, Predicate<StoreEntry> counts,
            Deadline due, LocalDate asOf, ZoneId zone) {
        List<StoreEntry> sorted = files.stream().sorted(Comparator.comparing(StoreEntry::path)).toList();
        List<StoreEntry> counted = sorted.stream()
                .filter(f -> f.review().filter(r -> r == SubmissionStatus.WITHDRAWN).isEmpty())
                .filter(counts)
                .toList();
        Optional<LocalDate> dueDate = due.effective();
        Optional<Long> daysLeft = dueDate.filter(d -> !asOf.isAfter(d)).map(d -> ChronoUnit.DAYS.between(asOf, d));
        if (counted.isEmpty()) {
            boolean overdue = dueDate.isPresent() && asOf.isAfter(dueDate.get());
            return new Standing(overdue ? SubmissionStatus.OVERDUE : SubmissionStatus.MISSING, daysLeft,
                    overdue ? Optional.of(ChronoUnit.DAYS.between(dueDate.get(), asOf)) : Optional.empty(),
                    Optional.empty(), sorted);
        }
        LocalDate arrived = counted.stream().map(f -> LocalDate.ofInstant(f.modified(), zone))
                .min(Comparator.naturalOrder()).orElseThrow();
        Optional<Long> daysLate = dueDate.filter(arrived::isAfter).map(d -> ChronoUnit.DAYS.between(d, arrived));
        SubmissionStatus status = review(counted)
                .orElse(daysLate.isPresent() ? SubmissionStatus.SUBMITTED_LATE : SubmissionStatus.SUBMITTED);
        return new Standing(status, daysLeft, daysLate, Optional.of(arrived), sorted);
    }

    private static Optional<SubmissionStatus> review(List<StoreEntry> counted) {
        List<SubmissionStatus> states = counted.stream().flatMap(f -> f.review().stream()).toList();
        if (states.contains(SubmissionStatus.CHANGES_REQUESTED)) {
            return Optional.of(SubmissionStatus.CHANGES_REQUESTED);
        }
        if (states.contains(SubmissionStatus.IN_REVIEW)) {
            return Optional.of(SubmissionStatus.IN_REVIEW);
        }
        if (states.size() == counted.size() && states.stream().allMatch(s -> s == SubmissionStatus.APPROVED)) {
            return Optional.of(SubmissionStatus.APPROVED);
        }
        return Optional.empty();
    }
}

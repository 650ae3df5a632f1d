package it.ciclo.board;

import it.ciclo.store.StoreEntry;
import it.ciclo.submission.SubmissionStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where one submission stands on a given day: its status, the days left before the deadline or the
 * days it is (or was handed in) late, and its files. Made by {@link Intake#standing}.
 *
 * @param status   the status
 * @param daysLeft days from the day of the board to the deadline, when the deadline is known and
 *                 not past (0 on the day itself)
 * @param daysLate for {@link SubmissionStatus#OVERDUE}, days from the deadline to the day of the
 *                 board; for a submission that arrived after the deadline, days from the deadline
 *                 to its arrival; empty otherwise
 * @param arrived  the day the submission arrived; empty if nothing counts
 * @param files    its files, by path: every file that counts, and those withdrawn (listed, not
 *                 counted)
 * @param old      the files found that were last changed before the collection opened, by path:
 *                 an earlier cycle's, or the office's templates; listed so that nobody wonders
 *                 where they went, never counted
 */
public record Standing(SubmissionStatus status, Optional<Long> daysLeft, Optional<Long> daysLate,
        Optional<LocalDate> arrived, List<StoreEntry> files, List<StoreEntry> old) {

    /**
     * Validates the components, each as described above.
     *
     * @param status the status
     * @param daysLeft days from the day of the board to the deadline, when the deadline is known and not past (0 on
     *                 the day itself)
     * @param daysLate for {@link SubmissionStatus#OVERDUE}, days from the deadline to the day of the board; for a
     *                 submission that arrived after the deadline, days from the deadline to its arrival; empty
     *                 otherwise
     * @param arrived the day the submission arrived; empty if nothing counts
     * @param files its files, by path: every file that counts, and those withdrawn (listed, not counted)
     * @param old the files found that were last changed before the collection opened, by path: an earlier cycle's, or
     *            the office's templates; listed so that nobody wonders where they went, never counted
     */
    public Standing {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(daysLeft, "daysLeft");
        Objects.requireNonNull(daysLate, "daysLate");
        Objects.requireNonNull(arrived, "arrived");
        files = List.copyOf(Objects.requireNonNull(files, "files"));
        old = List.copyOf(Objects.requireNonNull(old, "old"));
    }
}

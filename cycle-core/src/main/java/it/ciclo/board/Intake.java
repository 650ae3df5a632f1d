package it.ciclo.board;

import it.ciclo.deadline.Schedule;
import it.ciclo.directive.Act;
import it.ciclo.directive.Directive;
import it.ciclo.store.StoreEntry;
import it.ciclo.submission.SubmissionStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How one act takes in files: the board's rule, callable on plain facts. Whatever store the files
 * come from (a shared folder walked by {@link Scan}, a repository over CMIS, the nodes the Alfresco
 * module sees in-process), the same rule says what counts as handed in and where it stands:
 *
 * <ol>
 *   <li><b>Never a submission</b>: a file the {@link IgnoreList} names (system, temporary and lock
 *       files, shortcuts, hidden files, what the directive adds). It is left out entirely.</li>
 *   <li><b>Old</b>: a file last modified ({@link StoreEntry#modified()}) on a day before the
 *       collection {@link #opens}: an earlier cycle's file in a reused folder, or a template the office
 *       put there before the directive. Listed apart ({@link Standing#old()}), never counted.</li>
 *   <li><b>Withdrawn</b>: a file the store marks {@link SubmissionStatus#WITHDRAWN}: listed, not
 *       counted.</li>
 *   <li>Every other file counts. Its arrival is when the store recorded it arriving
 *       ({@link StoreEntry#arrived()}, a repository) if that is not before the collection opened,
 *       else its last modification (a shared folder, or a repository file from an earlier cycle
 *       reworked in place). The submission arrived with its earliest file: a later change (the
 *       office reviewing it, say) does not make it late.</li>
 * </ol>
 *
 * Then: nothing counts: {@code overdue} once the deadline has passed, {@code missing} before, and
 * while the deadline waits for an event. Something counts and the store knows a review state:
 * {@code changes-requested} if any file has it, else {@code in-review} if any has it, else
 * {@code approved} if every counted file has it. Otherwise {@code submitted}, or
 * {@code submitted-late} if it arrived after the deadline (never while the deadline waits).
 *
 * <p>Days are the days of the Comune's time zone ({@link #zone}), whatever the zone of the machine
 * that reads the files: a file saved at 00:30 in Rome on the day after the deadline is late.
 *
 * <pre>{@code
 * Intake intake = new Intake(Optional.of(LocalDate.of(2023, 10, 5)), LocalDate.of(2023, 9, 21),
 *         IgnoreList.builtIn(), ZoneId.of("Europe/Rome"));
 * Standing s = intake.standing(List.of(StoreEntry.document(StorePath.of("PEG LP.docx"), 100, modified)), today);
 * }</pre>
 *
 * @param due    the day of the internal deadline; empty while it waits for an event
 * @param opens  the first day on which a file counts (by default the day after the directive)
 * @param ignore the files that never count
 * @param zone   the Comune's time zone, in which instants become days
 */
public record Intake(Optional<LocalDate> due, LocalDate opens, IgnoreList ignore, ZoneId zone) {

    /**
     * Validates the components, each as described above.
     *
     * @param due the day of the internal deadline; empty while it waits for an event
     * @param opens the first day on which a file counts (by default the day after the directive)
     * @param ignore the files that never count
     * @param zone the Comune's time zone, in which instants become days
     */
    public Intake {
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(opens, "opens");
        Objects.requireNonNull(ignore, "ignore");
        Objects.requireNonNull(zone, "zone");
    }

    /**
     * The intake of {@code act} as {@code schedule}'s directive sets it: its internal deadline, the
     * day its collection opens, the directive's ignore list and time zone.
     *
     * @param schedule the directive's deadlines
     * @param act the act
     * @return the intake of {@code act} as {@code schedule}'s directive sets it: its internal deadline, the day its
     *         collection opens, the directive's ignore list and time zone
     * @throws IllegalArgumentException if the act asks for no files
     */
    public static Intake of(Schedule schedule, Act act) {
        Directive directive = schedule.directive();
        if (act.submission().isEmpty()) {
            throw new IllegalArgumentException("act \"" + act.id() + "\" asks for no files");
        }
        return new Intake(schedule.submission(act.id()).orElseThrow().effective(), directive.collectionOpens(act),
                IgnoreList.of(directive.files()), directive.calendar().zone());
    }

    /**
     * The day {@code instant} falls on in the Comune's zone.
     *
     * @param instant a moment
     * @return the day {@code instant} falls on in the Comune's zone
     */
    public LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }

    /**
     * Whether {@code file} was last changed before the collection opened.
     *
     * @param file the file
     * @return whether {@code file} was last changed before the collection opened
     */
    public boolean isOld(StoreEntry file) {
        return day(file.modified()).isBefore(opens);
    }

    /**
     * When {@code file} arrived for this collection (see the class description).
     *
     * @param file the file
     * @return when {@code file} arrived for this collection (see the class description)
     */
    public Instant arrival(StoreEntry file) {
        return file.arrived().filter(a -> !day(a).isBefore(opens)).orElse(file.modified());
    }

    /**
     * Whether a file that arrived on {@code day} is late; never while the deadline waits for an event.
     *
     * @param day the day
     * @return whether a file that arrived on {@code day} is late; never while the deadline waits for an event
     */
    public boolean isLate(LocalDate day) {
        return due.filter(day::isAfter).isPresent();
    }

    /**
     * Where the files found for one sector (or for a shared act) stand on day {@code asOf}.
     *
     * @param found the files found
     * @param asOf the day the board is made for
     * @return where the files found for one sector (or for a shared act) stand on day {@code asOf}
     */
    public Standing standing(List<StoreEntry> found, LocalDate asOf) {
        Objects.requireNonNull(found, "found");
        Objects.requireNonNull(asOf, "asOf");
        List<StoreEntry> kept = new ArrayList<>(found.size());
        for (StoreEntry f : found) {
            if (!ignore.ignores(f.name())) {
                kept.add(f);
            }
        }
        kept.sort(Comparator.comparing(StoreEntry::path));
        List<StoreEntry> old = new ArrayList<>();
        List<StoreEntry> files = new ArrayList<>(kept.size());
        for (StoreEntry f : kept) {
            (isOld(f) ? old : files).add(f);
        }
        List<StoreEntry> counted = files.stream()
                .filter(f -> f.review().filter(r -> r == SubmissionStatus.WITHDRAWN).isEmpty())
                .toList();
        Optional<Long> daysLeft = due.filter(d -> !asOf.isAfter(d)).map(d -> ChronoUnit.DAYS.between(asOf, d));
        if (counted.isEmpty()) {
            boolean overdue = due.isPresent() && asOf.isAfter(due.get());
            return new Standing(overdue ? SubmissionStatus.OVERDUE : SubmissionStatus.MISSING, daysLeft,
                    overdue ? Optional.of(ChronoUnit.DAYS.between(due.get(), asOf)) : Optional.empty(),
                    Optional.empty(), files, old);
        }
        LocalDate arrived = counted.stream().map(f -> day(arrival(f))).min(Comparator.naturalOrder()).orElseThrow();
        Optional<Long> daysLate = due.filter(arrived::isAfter).map(d -> ChronoUnit.DAYS.between(d, arrived));
        SubmissionStatus status = review(counted)
                .orElse(daysLate.isPresent() ? SubmissionStatus.SUBMITTED_LATE : SubmissionStatus.SUBMITTED);
        return new Standing(status, daysLeft, daysLate, Optional.of(arrived), files, old);
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

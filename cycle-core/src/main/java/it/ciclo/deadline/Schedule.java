package it.ciclo.deadline;

import it.ciclo.calendar.OfficeCalendar;
import it.ciclo.directive.Act;
import it.ciclo.directive.Directive;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Every deadline of a directive, evaluated against the events known so far. Immutable; to see what
 * a new event moves, build another schedule and compare.
 *
 * <pre>{@code
 * Schedule schedule = Schedule.of(directive, EventDates.none().with("bilancio-approvato", LocalDate.of(2023, 12, 20)));
 * schedule.approval("peg").effective();   // Optional[2024-01-09]
 * }</pre>
 */
public final class Schedule {

    private final Directive directive;
    private final OfficeCalendar calendar;
    private final EventDates events;
    private final Map<DeadlineReference, ScheduledDeadline> deadlines;

    private Schedule(Directive directive, OfficeCalendar calendar, EventDates events) {
        this.directive = directive;
        this.calendar = calendar;
        this.events = events;
        Evaluator evaluator = new Evaluator(directive, calendar, events);
        // Dependencies first: each deadline then finds the ones it refers to already computed.
        for (DeadlineReference ref : directive.dependencyOrder()) {
            evaluator.deadline(ref);
        }
        Map<DeadlineReference, ScheduledDeadline> all = new LinkedHashMap<>();
        for (Act act : directive.acts()) {
            put(all, evaluator, act, DeadlineKind.APPROVAL);
            if (act.submission().isPresent()) {
                put(all, evaluator, act, DeadlineKind.SUBMISSION);
            }
        }
        this.deadlines = Collections.unmodifiableMap(all);
    }

    private static void put(Map<DeadlineReference, ScheduledDeadline> all, Evaluator evaluator, Act act, DeadlineKind kind) {
        DeadlineReference ref = new DeadlineReference(act.id(), kind);
        all.put(ref, new ScheduledDeadline(act, kind, evaluator.deadline(ref)));
    }

    /**
     * The directive's deadlines, with the event dates it records overridden by {@code events}, on the
     * calendar the directive describes.
     *
     * @param directive the directive
     * @param events the event dates
     * @return the directive's deadlines, with the event dates it records overridden by {@code events}, on the
     *         calendar the directive describes
     * @throws IllegalArgumentException if {@code events} names an event the directive does not declare
     * @throws DeadlineOutOfRangeException if a deadline computes to a day outside the supported
     *                                     years ({@link it.ciclo.calendar.SupportedYears})
     */
    public static Schedule of(Directive directive, EventDates events) {
        return of(directive, OfficeCalendar.of(directive.calendar()), events);
    }

    /**
     * The directive's deadlines on a given calendar.
     *
     * @param directive the directive
     * @param calendar the office's calendar
     * @param events the event dates
     * @return the directive's deadlines on a given calendar
     * @throws IllegalArgumentException if {@code events} names an event the directive does not declare
     * @throws DeadlineOutOfRangeException if a deadline computes to a day outside the supported years
     */
    public static Schedule of(Directive directive, OfficeCalendar calendar, EventDates events) {
        Objects.requireNonNull(directive, "directive");
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(events, "events");
        for (String id : events.asMap().keySet()) {
            if (!directive.events().containsKey(id)) {
                throw new IllegalArgumentException("event \"" + id + "\" is not declared in directive \""
                        + directive.id() + "\"; declared: " + directive.events().keySet());
            }
        }
        return new Schedule(directive, calendar, EventDates.recordedIn(directive).overriddenBy(events));
    }

    /** {@return the directive whose deadlines these are} */
    public Directive directive() {
        return directive;
    }

    /** {@return the calendar the deadlines were computed on} */
    public OfficeCalendar calendar() {
        return calendar;
    }

    /** {@return the event dates used: the directive's own, overridden by those given} */
    public EventDates events() {
        return events;
    }

    /**
     * The deadline {@code ref} points at.
     *
     * @param ref which deadline
     * @return the deadline {@code ref} points at
     */
    public Deadline deadline(DeadlineReference ref) {
        ScheduledDeadline d = deadlines.get(Objects.requireNonNull(ref, "ref"));
        if (d == null) {
            throw new IllegalArgumentException("no deadline " + ref + " in directive \"" + directive.id() + "\"");
        }
        return d.deadline();
    }

    /**
     * When the Giunta must approve act {@code actId}.
     *
     * @param actId the act's identifier
     * @return when the Giunta must approve act {@code actId}
     */
    public Deadline approval(String actId) {
        return deadline(new DeadlineReference(actId, DeadlineKind.APPROVAL));
    }

    /**
     * When the Settori must hand in their files for act {@code actId}, if the act asks for any.
     *
     * @param actId the act's identifier
     * @return when the Settori must hand in their files for act {@code actId}, if the act asks for any
     */
    public Optional<Deadline> submission(String actId) {
        return Optional.ofNullable(deadlines.get(new DeadlineReference(actId, DeadlineKind.SUBMISSION)))
                .map(ScheduledDeadline::deadline);
    }

    /** {@return every deadline, in the directive's order: each act's approval, then its internal deadline} */
    public List<ScheduledDeadline> all() {
        return List.copyOf(deadlines.values());
    }

    /**
     * Every deadline by effective date, earliest first; on the same date internal deadlines before
     * approvals, then in directive order; pending deadlines last, in directive order.
     *
     * @return every deadline by effective date, earliest first; on the same date internal deadlines before approvals,
     *         then in directive order; pending deadlines last, in directive order
     */
    public List<ScheduledDeadline> chronological() {
        List<ScheduledDeadline> sorted = new ArrayList<>(deadlines.values());
        sorted.sort(Comparator
                .comparing((ScheduledDeadline d) -> d.deadline().effective().orElse(LocalDate.MAX))
                .thenComparing(d -> d.deadline().isDue() && d.kind() == DeadlineKind.APPROVAL));
        return sorted;
    }
}

package it.ciclo.deadline;

import it.ciclo.calendar.Roll;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How a deadline's date is found. Rules compose: {@link Latest}, {@link Earliest} and
 * {@link Conditional} contain other rules. Every rule has a {@link Roll} convention applied to the
 * date it computes; the date before rolling is the nominal date.
 *
 * <p>Build rules with the static factories, e.g.
 * {@code DeadlineRule.daysAfter(20, Reference.parse("bilancio-approvato")).rolled(Roll.NEXT_NON_HOLIDAY)}.
 */
public sealed interface DeadlineRule permits FixedDate, DaysAfter, WorkingDays, Latest, Earliest, Conditional {

    /** {@return the convention applied to the date this rule computes} */
    Roll roll();

    /**
     * The same rule with another roll convention.
     *
     * @param roll the roll convention
     * @return the same rule with another roll convention
     */
    DeadlineRule rolled(Roll roll);

    /** {@return the rules directly inside this one, in order} */
    default List<DeadlineRule> children() {
        return List.of();
    }

    /** {@return the reference this rule counts from, if it is a relative rule} */
    default List<Reference> references() {
        return List.of();
    }

    /** {@return the identifiers of every event this rule or a rule inside it mentions, in order of appearance} */
    default List<String> eventsMentioned() {
        Set<String> ids = new LinkedHashSet<>();
        collect(this, ids, new ArrayList<>());
        return List.copyOf(ids);
    }

    /** {@return every other deadline this rule or a rule inside it counts from} */
    default List<DeadlineReference> deadlinesMentioned() {
        List<DeadlineReference> refs = new ArrayList<>();
        collect(this, new LinkedHashSet<>(), refs);
        return List.copyOf(refs);
    }

    private static void collect(DeadlineRule rule, Set<String> events, List<DeadlineReference> deadlines) {
        if (rule instanceof Conditional c) {
            events.add(c.event());
        }
        for (Reference r : rule.references()) {
            if (r instanceof EventReference e) {
                events.add(e.eventId());
            } else if (r instanceof DeadlineReference d && !deadlines.contains(d)) {
                deadlines.add(d);
            }
        }
        for (DeadlineRule child : rule.children()) {
            collect(child, events, deadlines);
        }
    }

    /**
     * A fixed date.
     *
     * @param date the day
     * @return a fixed date
     */
    static FixedDate on(LocalDate date) {
        return new FixedDate(date, Roll.NONE);
    }

    /**
     * {@code days} calendar days after {@code ref}, the first day not counted.
     *
     * @param days how many days
     * @param ref which deadline
     * @return {@code days} calendar days after {@code ref}, the first day not counted
     */
    static DaysAfter daysAfter(int days, Reference ref) {
        return new DaysAfter(days, ref, Roll.NONE);
    }

    /**
     * The {@code n}-th office working day after {@code ref}.
     *
     * @param n how many, at least 1
     * @param ref which deadline
     * @return the {@code n}-th office working day after {@code ref}
     */
    static WorkingDays workingDaysAfter(int n, Reference ref) {
        return new WorkingDays(n, WorkingDays.Direction.AFTER, ref, Roll.NONE);
    }

    /**
     * The {@code n}-th office working day before {@code ref}.
     *
     * @param n how many, at least 1
     * @param ref which deadline
     * @return the {@code n}-th office working day before {@code ref}
     */
    static WorkingDays workingDaysBefore(int n, Reference ref) {
        return new WorkingDays(n, WorkingDays.Direction.BEFORE, ref, Roll.NONE);
    }

    /**
     * The latest of {@code rules}.
     *
     * @param rules the rules
     * @return the latest of {@code rules}
     */
    static Latest latest(List<DeadlineRule> rules) {
        return new Latest(rules, Roll.NONE);
    }

    /**
     * The earliest of {@code rules}.
     *
     * @param rules the rules
     * @return the earliest of {@code rules}
     */
    static Earliest earliest(List<DeadlineRule> rules) {
        return new Earliest(rules, Roll.NONE);
    }

    /**
     * {@code then} once {@code event} has a date, {@code otherwise} until then.
     *
     * @param event the event's identifier
     * @param then the rule when the event has a date
     * @param otherwise the rule while it does not
     * @return {@code then} once {@code event} has a date, {@code otherwise} until then
     */
    static Conditional ifEvent(String event, DeadlineRule then, DeadlineRule otherwise) {
        return new Conditional(event, then, otherwise, Roll.NONE);
    }
}

package it.ciclo.register;

import it.ciclo.deadline.Change;
import it.ciclo.deadline.DeadlineReference;
import it.ciclo.deadline.Schedule;
import it.ciclo.directive.Directive;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What each entry of an events register moved: the register replayed from its first entry, each
 * entry with the deadlines whose date it changed (a deferral decree moving the PIAO, the budget's
 * approval giving the PEG its date, an undo moving them back). Because the register only grows, the
 * number of entries that moved a deadline only grows too: calendars use it as the event's
 * revision ({@code SEQUENCE}), so that a calendar program takes a moved deadline as an update.
 *
 * <pre>{@code
 * RegisterHistory history = RegisterHistory.of(directive, register);
 * history.steps().get(0).moved();          // what the first entry moved
 * history.revisions(new DeadlineReference("piao", DeadlineKind.APPROVAL));   // how many entries moved it
 * }</pre>
 *
 * @param directive the directive
 * @param steps     one per entry of the register, in order
 */
public record RegisterHistory(Directive directive, List<Step> steps) {

    /**
     * Validates the components, each as described above.
     *
     * @param directive the directive
     * @param steps one per entry of the register, in order
     */
    public RegisterHistory {
        Objects.requireNonNull(directive, "directive");
        steps = List.copyOf(Objects.requireNonNull(steps, "steps"));
    }

    /**
     * One entry and what it moved.
     *
     * @param entry the entry
     * @param moved the deadlines whose effective date (or whether they have one) differs before and
     *              after it, in the directive's order; empty if it moved nothing
     */
    public record Step(RegisterEntry entry, List<Change> moved) {

        /**
         * Validates the components, each as described above.
         *
         * @param entry the entry
         * @param moved the deadlines whose effective date (or whether they have one) differs before and
         *              after it, in the directive's order; empty if it moved nothing
         */
        public Step {
            Objects.requireNonNull(entry, "entry");
            moved = List.copyOf(Objects.requireNonNull(moved, "moved"));
        }
    }

    /**
     * Replays {@code register} on {@code directive}'s deadlines (with the event dates the directive
     * itself records).
     *
     * @param directive the directive
     * @param register its events register
     * @return one step per entry of {@code register}, in order
     * @throws IllegalArgumentException if the register is another directive's, or names an event the
     *                                  directive does not declare
     */
    public static RegisterHistory of(Directive directive, EventRegister register) {
        Objects.requireNonNull(directive, "directive");
        Objects.requireNonNull(register, "register");
        if (!register.directiveId().equals(directive.id())) {
            throw new IllegalArgumentException("the register of \"" + register.directiveId()
                    + "\" is not the register of directive \"" + directive.id() + "\"");
        }
        List<RegisterEntry> entries = register.entries();
        List<Step> steps = new ArrayList<>();
        Schedule before = Schedule.of(directive, EventRegister.empty(directive.id()).inForce());
        for (int i = 0; i < entries.size(); i++) {
            EventRegister upTo = new EventRegister(directive.id(), entries.subList(0, i + 1));
            Schedule after = Schedule.of(directive, upTo.inForce());
            steps.add(new Step(entries.get(i), Change.between(before, after)));
            before = after;
        }
        return new RegisterHistory(directive, steps);
    }

    /**
     * How many entries moved deadline {@code ref}: 0 if none did. Calendars use it as the event's
     * revision.
     *
     * @param ref the deadline
     * @return how many entries moved it
     */
    public int revisions(DeadlineReference ref) {
        Objects.requireNonNull(ref, "ref");
        return (int) steps.stream().filter(s -> moves(s, ref)).count();
    }

    /**
     * When the last entry that moved deadline {@code ref} was made; empty if none did.
     *
     * @param ref the deadline
     * @return when the last entry that moved it was made
     */
    public Optional<Instant> lastMoved(DeadlineReference ref) {
        Objects.requireNonNull(ref, "ref");
        Instant last = null;
        for (Step s : steps) {
            if (moves(s, ref)) {
                last = s.entry().at();
            }
        }
        return Optional.ofNullable(last);
    }

    private static boolean moves(Step step, DeadlineReference ref) {
        return step.moved().stream().anyMatch(c -> c.after().reference().equals(ref));
    }
}

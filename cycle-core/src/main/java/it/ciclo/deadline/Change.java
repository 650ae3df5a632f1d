package it.ciclo.deadline;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A deadline that two schedules of the same directive give differently: what a newly registered
 * event (a deferral decree, the budget's approval) moved.
 *
 * @param before the deadline in the earlier schedule
 * @param after  the same deadline in the later schedule
 */
public record Change(ScheduledDeadline before, ScheduledDeadline after) {

    /**
     * Validates the components, each as described above.
     *
     * @param before the deadline in the earlier schedule
     * @param after the same deadline in the later schedule
     */
    public Change {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        if (!before.reference().equals(after.reference())) {
            throw new IllegalArgumentException("a change compares one deadline: " + before.reference() + " vs " + after.reference());
        }
    }

    /**
     * The deadlines whose effective date or status differs between {@code before} and {@code after},
     * in the directive's order.
     *
     * @param before the deadline in the earlier schedule
     * @param after the same deadline in the later schedule
     * @return the deadlines whose effective date or status differs between {@code before} and {@code after}, in the
     *         directive's order
     * @throws IllegalArgumentException if the schedules are not of the same directive
     */
    public static List<Change> between(Schedule before, Schedule after) {
        if (!before.directive().equals(after.directive())) {
            throw new IllegalArgumentException("schedules of different directives cannot be compared");
        }
        List<Change> changes = new ArrayList<>();
        for (ScheduledDeadline old : before.all()) {
            ScheduledDeadline now = new ScheduledDeadline(old.act(), old.kind(), after.deadline(old.reference()));
            if (!old.deadline().effective().equals(now.deadline().effective())) {
                changes.add(new Change(old, now));
            }
        }
        return List.copyOf(changes);
    }
}

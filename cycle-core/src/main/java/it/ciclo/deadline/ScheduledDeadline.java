package it.ciclo.deadline;

import it.ciclo.directive.Act;
import java.util.Objects;

/**
 * One deadline of one act, as evaluated.
 *
 * @param act      the act
 * @param kind     approval or internal submission
 * @param deadline the evaluated deadline
 */
public record ScheduledDeadline(Act act, DeadlineKind kind, Deadline deadline) {

    /**
     * Validates the components, each as described above.
     *
     * @param act the act
     * @param kind approval or internal submission
     * @param deadline the evaluated deadline
     */
    public ScheduledDeadline {
        Objects.requireNonNull(act, "act");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(deadline, "deadline");
    }

    /** {@return the reference other rules would use for this deadline} */
    public DeadlineReference reference() {
        return new DeadlineReference(act.id(), kind);
    }
}

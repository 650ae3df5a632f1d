package it.ciclo.deadline;

import it.ciclo.calendar.Roll;
import java.util.List;
import java.util.Objects;

/**
 * Office working days after or before a reference, the reference day not counted:
 * {@code {"workingDays": 10, "before": "piao.approval"}}. Working days are Monday to Friday less
 * national holidays, the patron saint and closures, so the result is always a working day.
 *
 * @param count     how many working days, one or more
 * @param direction after or before the reference
 * @param reference what the days are counted from
 * @param roll      applied to the result (a working day already, so only a custom calendar changes it)
 */
public record WorkingDays(int count, Direction direction, Reference reference, Roll roll) implements DeadlineRule {

    /** Which way to count. */
    public enum Direction {
        /** After the reference. */
        AFTER,
        /** Before the reference. */
        BEFORE
    }

    /**
     * Validates the components, each as described above.
     *
     * @param count how many working days, one or more
     * @param direction after or before the reference
     * @param reference what the days are counted from
     * @param roll applied to the result (a working day already, so only a custom calendar changes it)
     */
    public WorkingDays {
        if (count < 1) {
            throw new IllegalArgumentException("workingDays must be one or more, was " + count);
        }
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(roll, "roll");
    }

    @Override
    public WorkingDays rolled(Roll roll) {
        return new WorkingDays(count, direction, reference, roll);
    }

    @Override
    public List<Reference> references() {
        return List.of(reference);
    }
}

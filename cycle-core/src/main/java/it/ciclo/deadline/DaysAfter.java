package it.ciclo.deadline;

import it.ciclo.calendar.Roll;
import java.util.List;
import java.util.Objects;

/**
 * Calendar days after a reference, the first day not counted (c.c. art. 2963, c.p.c. art. 155
 * c.1): {@code {"days": 20, "after": "bilancio-approvato"}}. 20 days after 20/12/2023 is 09/01/2024.
 *
 * @param days  how many days, zero or more
 * @param after what the days are counted from
 * @param roll  what to do if the result falls on a day it may not
 */
public record DaysAfter(int days, Reference after, Roll roll) implements DeadlineRule {

    /**
     * Validates the components, each as described above.
     *
     * @param days how many days, zero or more
     * @param after what the days are counted from
     * @param roll what to do if the result falls on a day it may not
     */
    public DaysAfter {
        if (days < 0) {
            throw new IllegalArgumentException("days must be zero or more, was " + days);
        }
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(roll, "roll");
    }

    @Override
    public DaysAfter rolled(Roll roll) {
        return new DaysAfter(days, after, roll);
    }

    @Override
    public List<Reference> references() {
        return List.of(after);
    }
}

package it.ciclo.deadline;

import it.ciclo.calendar.Roll;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A date written in the directive: {@code {"on": "2024-01-31"}}.
 *
 * @param date the date
 * @param roll what to do if it falls on a day it may not
 */
public record FixedDate(LocalDate date, Roll roll) implements DeadlineRule {

    /**
     * Validates the components, each as described above.
     *
     * @param date the date
     * @param roll what to do if it falls on a day it may not
     */
    public FixedDate {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(roll, "roll");
    }

    @Override
    public FixedDate rolled(Roll roll) {
        return new FixedDate(date, roll);
    }
}

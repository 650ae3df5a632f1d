package it.ciclo.deadline;

import it.ciclo.calendar.Roll;
import java.util.List;
import java.util.Objects;

/**
 * The earliest of several rules' effective dates: {@code {"earliest": [RULE, ...]}}. Pending while
 * any of them is pending, since the one still unknown could be the earliest.
 *
 * @param rules at least one rule
 * @param roll  applied to the earliest date
 */
public record Earliest(List<DeadlineRule> rules, Roll roll) implements DeadlineRule {

    /**
     * Validates the components, each as described above.
     *
     * @param rules at least one rule
     * @param roll applied to the earliest date
     */
    public Earliest {
        rules = List.copyOf(Objects.requireNonNull(rules, "rules"));
        if (rules.isEmpty()) {
            throw new IllegalArgumentException("earliest needs at least one rule");
        }
        Objects.requireNonNull(roll, "roll");
    }

    @Override
    public Earliest rolled(Roll roll) {
        return new Earliest(rules, roll);
    }

    @Override
    public List<DeadlineRule> children() {
        return rules;
    }
}

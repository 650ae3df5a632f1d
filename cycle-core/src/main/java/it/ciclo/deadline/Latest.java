package it.ciclo.deadline;

import it.ciclo.calendar.Roll;
import java.util.List;
import java.util.Objects;

/**
 * The latest of several rules' effective dates: {@code {"latest": [RULE, ...]}}. Pending while any
 * of them is pending, since the one still unknown could be the latest.
 *
 * @param rules at least one rule
 * @param roll  applied to the latest date
 */
public record Latest(List<DeadlineRule> rules, Roll roll) implements DeadlineRule {

    /**
     * Validates the components, each as described above.
     *
     * @param rules at least one rule
     * @param roll applied to the latest date
     */
    public Latest {
        rules = List.copyOf(Objects.requireNonNull(rules, "rules"));
        if (rules.isEmpty()) {
            throw new IllegalArgumentException("latest needs at least one rule");
        }
        Objects.requireNonNull(roll, "roll");
    }

    @Override
    public Latest rolled(Roll roll) {
        return new Latest(rules, roll);
    }

    @Override
    public List<DeadlineRule> children() {
        return rules;
    }
}

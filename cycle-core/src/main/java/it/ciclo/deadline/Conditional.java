package it.ciclo.deadline;

import it.ciclo.calendar.Roll;
import it.ciclo.directive.Ids;
import java.util.List;
import java.util.Objects;

/**
 * One rule once an event has a date, another until then:
 * {@code {"if": "bilancio-differito", "then": RULE, "else": RULE}}. This is how "31 January, or 30
 * days after the budget if its deadline is deferred" is written.
 *
 * @param event     the event whose having a date selects {@code then}
 * @param then      the rule once the event has a date
 * @param otherwise the rule until then ({@code else} in JSON)
 * @param roll      applied to the selected rule's date
 */
public record Conditional(String event, DeadlineRule then, DeadlineRule otherwise, Roll roll) implements DeadlineRule {

    /**
     * Validates the components, each as described above.
     *
     * @param event the event whose having a date selects {@code then}
     * @param then the rule once the event has a date
     * @param otherwise the rule until then ({@code else} in JSON)
     * @param roll applied to the selected rule's date
     */
    public Conditional {
        Ids.require(event, "event id");
        Objects.requireNonNull(then, "then");
        Objects.requireNonNull(otherwise, "otherwise");
        Objects.requireNonNull(roll, "roll");
    }

    @Override
    public Conditional rolled(Roll roll) {
        return new Conditional(event, then, otherwise, roll);
    }

    @Override
    public List<DeadlineRule> children() {
        return List.of(then, otherwise);
    }
}

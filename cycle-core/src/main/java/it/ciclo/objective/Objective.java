package it.ciclo.objective;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One objective of the DUP: a strategic direction, a strategic objective or an operational one, with
 * the objectives below it and the PEG actions that pursue it.
 *
 * @param level    which level of the DUP it is
 * @param code     its code as written in front of the title ("1.2"), if any
 * @param title    the title as written, code included
 * @param children the objectives of the next level, in the order first met
 * @param actions  the actions linked to it, in the order first met
 */
public record Objective(ObjectiveLevel level, Optional<String> code, String title, List<Objective> children,
        List<Action> actions) {

    /**
     * Validates the components, each as described above: the children are one level below this one.
     *
     * @param level which level of the DUP it is
     * @param code its code as written in front of the title ("1.2"), if any
     * @param title the title as written, code included
     * @param children the objectives of the next level, in the order first met
     * @param actions the actions linked to it, in the order first met
     * @throws IllegalArgumentException if a child is not exactly one level below {@code level}
     */
    public Objective {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        children = List.copyOf(Objects.requireNonNull(children, "children"));
        actions = List.copyOf(Objects.requireNonNull(actions, "actions"));
        if (children.stream().anyMatch(c -> c.level().ordinal() != level.ordinal() + 1)) {
            throw new IllegalArgumentException("children of \"" + title + "\" must be one level below " + level);
        }
    }
}

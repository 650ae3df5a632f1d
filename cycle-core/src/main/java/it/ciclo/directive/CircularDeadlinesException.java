package it.ciclo.directive;

import it.ciclo.deadline.DeadlineReference;
import java.util.List;
import java.util.stream.Collectors;

/** Deadlines that depend on each other in a circle, so that none of them can be computed. */
public final class CircularDeadlinesException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<DeadlineReference> circle;

    CircularDeadlinesException(List<DeadlineReference> circle) {
        super("deadlines depend on each other in a circle: "
                + circle.stream().map(DeadlineReference::toString).collect(Collectors.joining(" → ")));
        this.circle = List.copyOf(circle);
    }

    /** {@return the deadlines in the circle, the first repeated at the end} */
    public List<DeadlineReference> circle() {
        return circle;
    }
}

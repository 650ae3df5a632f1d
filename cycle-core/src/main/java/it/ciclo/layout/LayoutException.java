package it.ciclo.layout;

import it.ciclo.i18n.Message;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** The folders of a directive cannot be laid out: every problem found, in the directive's order. */
public final class LayoutException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<LayoutProblem> problems;

    /**
     * @param problems every problem found, in the directive's order; at least one
     */
    public LayoutException(List<LayoutProblem> problems) {
        super(null, null, false, false);
        this.problems = List.copyOf(Objects.requireNonNull(problems, "problems"));
        if (this.problems.isEmpty()) {
            throw new IllegalArgumentException("a layout exception has at least one problem");
        }
    }

    /** {@return every problem found, in the directive's order} */
    public List<LayoutProblem> problems() {
        return problems;
    }

    @Override
    public String getMessage() {
        return problems.stream().map(p -> p.jsonPath() + ": " + p.message().render(Message.ITALIAN))
                .collect(Collectors.joining("; "));
    }
}

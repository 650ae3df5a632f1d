package it.ciclo.format;

import it.ciclo.i18n.Message;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * An events register that cannot be used: unreadable, not JSON, not a register of Ciclo, or a
 * register of another directive. Carries every problem found, in file order. What is there is never
 * overwritten.
 */
public final class InvalidRegisterException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public InvalidRegisterException(List<Problem> problems) {
        super(null, null, false, false);
        this.problems = List.copyOf(Objects.requireNonNull(problems, "problems"));
        if (this.problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid register has at least one problem");
        }
    }

    /** The problems, in file order. */
    public List<Problem> problems() {
        return problems;
    }

    /** All problems, one a line, in {@code locale}'s language. */
    public String render(Locale locale) {
        return problems.stream().map(p -> p.render(locale)).collect(Collectors.joining(System.lineSeparator()));
    }

    @Override
    public String getMessage() {
        return render(Message.ITALIAN);
    }
}

package it.ciclo.reader;

import it.ciclo.i18n.Message;
import java.util.Locale;
import java.util.Objects;

/** A file that was not read, and why: the kind of problem and a detail the user can act on. */
public final class UnreadableFileException extends Exception {

    private static final long serialVersionUID = 1L;

    private final FileProblem problem;
    private final transient Message detail;

    public UnreadableFileException(FileProblem problem, Message detail) {
        this(problem, detail, null);
    }

    public UnreadableFileException(FileProblem problem, Message detail, Throwable cause) {
        super(null, cause, false, false);
        this.problem = Objects.requireNonNull(problem, "problem");
        this.detail = Objects.requireNonNull(detail, "detail");
    }

    public FileProblem problem() {
        return problem;
    }

    public Message detail() {
        return detail;
    }

    /** The problem and its detail in {@code locale}'s language. */
    public String render(Locale locale) {
        return problem.describe(locale) + ": " + detail.render(locale);
    }

    @Override
    public String getMessage() {
        return render(Message.ITALIAN);
    }
}

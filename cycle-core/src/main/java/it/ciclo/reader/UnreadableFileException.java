package it.ciclo.reader;

import it.ciclo.i18n.Message;
import java.util.Locale;
import java.util.Objects;

/** A file that was not read, and why: the kind of problem and a detail the user can act on. */
public final class UnreadableFileException extends Exception {

    private static final long serialVersionUID = 1L;

    /** The kind of problem. */
    private final FileProblem problem;
    private final transient Message detail;

    /**
     * A file not read for {@code problem}.
     *
     * @param problem the kind of problem
     * @param detail what exactly, and what to do
     */
    public UnreadableFileException(FileProblem problem, Message detail) {
        this(problem, detail, null);
    }

    /**
     * A file not read for {@code problem}, found when a reader or a format library failed.
     *
     * @param problem the kind of problem
     * @param detail what exactly, and what to do
     * @param cause what the reader or the format library threw; may be {@code null}
     */
    public UnreadableFileException(FileProblem problem, Message detail, Throwable cause) {
        super(null, cause, false, false);
        this.problem = Objects.requireNonNull(problem, "problem");
        this.detail = Objects.requireNonNull(detail, "detail");
    }

    /** {@return the kind of problem} */
    public FileProblem problem() {
        return problem;
    }

    /** {@return what exactly, and what to do, rendered in the reader's language} */
    public Message detail() {
        return detail;
    }

    /**
     * The problem and its detail in {@code locale}'s language.
     *
     * @param locale the language
     * @return the problem, a colon, then the detail
     */
    public String render(Locale locale) {
        return problem.describe(locale) + ": " + detail.render(locale);
    }

    @Override
    public String getMessage() {
        return render(Message.ITALIAN);
    }
}

package it.ciclo.format;

import it.ciclo.i18n.Message;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A file of Ciclo's (a directive, an events register) that cannot be used: every problem found, in
 * file order, each with where and what.
 */
public abstract class InvalidFileException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    /**
     * @param problems every problem found, in file order; at least one
     */
    protected InvalidFileException(List<Problem> problems) {
        super(null, null, false, false);
        this.problems = List.copyOf(Objects.requireNonNull(problems, "problems"));
        if (this.problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid file has at least one problem");
        }
    }

    /** {@return the problems, in file order} */
    public List<Problem> problems() {
        return problems;
    }

    /**
     * All problems, one a line, in {@code locale}'s language.
     *
     * @param locale the language: English for an English locale, Italian otherwise
     * @return all problems, one a line, in {@code locale}'s language
     */
    public String render(Locale locale) {
        return problems.stream().map(p -> p.render(locale)).collect(Collectors.joining(System.lineSeparator()));
    }

    @Override
    public String getMessage() {
        return render(Message.ITALIAN);
    }
}

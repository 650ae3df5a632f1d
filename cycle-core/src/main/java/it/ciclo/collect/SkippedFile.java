package it.ciclo.collect;

import it.ciclo.i18n.Message;
import it.ciclo.reader.FileProblem;
import it.ciclo.store.StorePath;
import java.util.Locale;
import java.util.Objects;

/**
 * A file, or a folder, that was not read, and why.
 *
 * @param path    where it is in the store
 * @param problem the kind of problem
 * @param detail  what exactly, and what to do
 */
public record SkippedFile(StorePath path, FileProblem problem, Message detail) {

    /**
     * Validates the components, each as described above.
     *
     * @param path where it is in the store
     * @param problem the kind of problem
     * @param detail what exactly, and what to do
     */
    public SkippedFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(detail, "detail");
    }

    /**
     * The problem and its detail in {@code locale}'s language.
     *
     * @param locale the language
     * @return the problem, a colon, then the detail
     */
    public String describe(Locale locale) {
        return problem.describe(locale) + ": " + detail.render(locale);
    }
}

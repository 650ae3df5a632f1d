package it.ciclo.cmis.classify;

import it.ciclo.store.StorePath;
import java.util.List;
import java.util.Objects;

/**
 * What classification did (or, on a dry run, would do).
 *
 * @param classified the files that were given the submission aspect, by path
 * @param already    how many files in sector folders already had it (and were left alone)
 * @param old        the files in sector folders left alone because they were last changed before the
 *                   collection opened (an earlier cycle's), by path
 */
public record ClassifyReport(List<StorePath> classified, int already, List<StorePath> old) {

    /**
     * Validates the components, each as described above.
     *
     * @param classified the files that were given the submission aspect, by path
     * @param already how many files in sector folders already had it (and were left alone)
     * @param old the files in sector folders left alone because they were last changed before the collection
     *            opened (an earlier cycle's), by path
     */
    public ClassifyReport {
        classified = List.copyOf(Objects.requireNonNull(classified, "classified"));
        old = List.copyOf(Objects.requireNonNull(old, "old"));
    }
}

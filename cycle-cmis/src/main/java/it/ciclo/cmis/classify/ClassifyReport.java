package it.ciclo.cmis.classify;

import it.ciclo.store.StorePath;
import java.util.List;
import java.util.Objects;

/**
 * What classification did (or, on a dry run, would do).
 *
 * @param classified the files that were given the submission aspect, by path
 * @param already    how many files in sector folders already had it (and were left alone)
 */
public record ClassifyReport(List<StorePath> classified, int already) {

    public ClassifyReport {
        classified = List.copyOf(Objects.requireNonNull(classified, "classified"));
    }
}

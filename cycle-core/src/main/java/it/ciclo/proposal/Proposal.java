package it.ciclo.proposal;

import it.ciclo.store.StorePath;
import java.util.Objects;
import java.util.Optional;

/**
 * A proposal of a Settore, gathered: the passage, the file it was found in, and the Settore it is
 * attributed to.
 *
 * @param passage     what was written, where in the file, by whom
 * @param act         the id of the act whose folder holds the file
 * @param file        the file, in the store
 * @param sector      the id of the Settore, when found
 * @param attribution how the Settore was found
 */
public record Proposal(Passage passage, String act, StorePath file, Optional<String> sector, Attribution attribution) {

    /**
     * Validates the components, each as described above.
     *
     * @param passage what was written, where in the file, by whom
     * @param act the id of the act whose folder holds the file
     * @param file the file, in the store
     * @param sector the id of the Settore, when found
     * @param attribution how the Settore was found
     * @throws IllegalArgumentException if a Settore comes without how it was found, or the other way round
     */
    public Proposal {
        Objects.requireNonNull(passage, "passage");
        Objects.requireNonNull(act, "act");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sector, "sector");
        Objects.requireNonNull(attribution, "attribution");
        if (sector.isPresent() == (attribution == Attribution.NONE)) {
            throw new IllegalArgumentException("a sector comes with how it was found, and only then: " + sector + ", " + attribution);
        }
    }
}

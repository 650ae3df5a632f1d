package it.ciclo.collect;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which acts' files hold red-text proposals, and how to read them.
 *
 * @param acts      the ids of the acts whose files are read for proposals
 * @param levels    the names of the objective levels, from the strategic direction down, as headings
 *                  are numbered and table headers write them
 * @param templates for shared acts, the folder (as the directive writes folders) holding the office's
 *                  untouched copies, whose red text is then not taken for proposals; for other acts the
 *                  template is the file of the same name directly in the act folder
 */
public record ProposalSettings(List<String> acts, List<String> levels, Optional<String> templates) {

    /** The DUP's levels, as the seed directive names them. */
    public static final List<String> DUP_LEVELS = List.of("Indirizzo strategico", "Obiettivo strategico", "Obiettivo operativo");

    /**
     * Validates the components, each as described above.
     *
     * @param acts the ids of the acts whose files are read for proposals
     * @param levels the names of the objective levels, from the strategic direction down: one to three
     * @param templates for shared acts, the folder holding the office's untouched copies; empty if none
     * @throws IllegalArgumentException if there are no levels, or more than the DUP has
     */
    public ProposalSettings {
        acts = List.copyOf(Objects.requireNonNull(acts, "acts"));
        levels = List.copyOf(Objects.requireNonNull(levels, "levels"));
        Objects.requireNonNull(templates, "templates");
        if (levels.isEmpty() || levels.size() > DUP_LEVELS.size()) {
            throw new IllegalArgumentException("one to " + DUP_LEVELS.size() + " objective levels: " + levels);
        }
    }
}

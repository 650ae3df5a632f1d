package it.ciclo.objective;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An action (obiettivo di gestione) of the PEG, assigned to a Settore, with the parties it involves
 * and the PIAO indicators that measure it.
 *
 * @param title           the action as written
 * @param sector          the id of the Settore it belongs to, when known
 * @param internalParties the internal parties involved, as written (empty if none)
 * @param externalParties the external parties involved, as written (empty if none)
 * @param indicators      its indicators, in the order written
 */
public record Action(String title, Optional<String> sector, String internalParties, String externalParties,
        List<Indicator> indicators) {

    /**
     * Validates the components, each as described above.
     *
     * @param title the action as written
     * @param sector the id of the Settore it belongs to, when known
     * @param internalParties the internal parties involved, as written (empty if none)
     * @param externalParties the external parties involved, as written (empty if none)
     * @param indicators its indicators, in the order written
     */
    public Action {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(sector, "sector");
        Objects.requireNonNull(internalParties, "internalParties");
        Objects.requireNonNull(externalParties, "externalParties");
        indicators = List.copyOf(Objects.requireNonNull(indicators, "indicators"));
    }
}

package it.ciclo.collect;

import it.ciclo.scheda.SchedaTemplate;
import java.util.List;
import java.util.Objects;

/**
 * Which acts' files are schede, and the template they follow.
 *
 * @param acts     the ids of the acts whose spreadsheets are read as schede
 * @param template the scheda template
 */
public record SchedaSettings(List<String> acts, SchedaTemplate template) {

    /**
     * Validates the components, each as described above.
     *
     * @param acts the ids of the acts whose spreadsheets are read as schede
     * @param template the scheda template
     */
    public SchedaSettings {
        acts = List.copyOf(Objects.requireNonNull(acts, "acts"));
        Objects.requireNonNull(template, "template");
    }
}

package it.ciclo.deadline;

import it.ciclo.directive.Ids;
import java.util.Objects;

/**
 * A reference to another act's deadline: its effective date.
 *
 * @param actId the act's identifier
 * @param kind  which of its deadlines
 */
public record DeadlineReference(String actId, DeadlineKind kind) implements Reference {

    /**
     * Validates the components, each as described above.
     *
     * @param actId the act's identifier
     * @param kind which of its deadlines
     */
    public DeadlineReference {
        Ids.require(actId, "act id");
        Objects.requireNonNull(kind, "kind");
    }

    @Override
    public String toString() {
        return actId + "." + kind.jsonName();
    }
}

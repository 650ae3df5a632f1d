package it.ciclo.deadline;

import it.ciclo.directive.Ids;

/**
 * A reference to an event's date.
 *
 * @param eventId the event's identifier
 */
public record EventReference(String eventId) implements Reference {

    /**
     * Validates the components, each as described above.
     *
     * @param eventId the event's identifier
     */
    public EventReference {
        Ids.require(eventId, "event id");
    }

    @Override
    public String toString() {
        return eventId;
    }
}

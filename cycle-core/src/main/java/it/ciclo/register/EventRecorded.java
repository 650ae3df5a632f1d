package it.ciclo.register;

import it.ciclo.directive.Ids;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An event recorded: it happened, or a decree gave it its date.
 *
 * @param number  its number in the register
 * @param eventId the event
 * @param date    its date (for a deferral, the new deadline)
 * @param by      who recorded it
 * @param at      when
 * @param decree  the act it comes from (a decree, a deliberation), as written; may be empty
 * @param gazette where it was published (the Gazzetta Ufficiale's issue), as written; may be empty
 */
public record EventRecorded(int number, String eventId, LocalDate date, String by, Instant at, String decree,
        String gazette) implements RegisterEntry {

    /**
     * Validates the components, each as described above.
     *
     * @param number its number in the register
     * @param eventId the event
     * @param date its date (for a deferral, the new deadline)
     * @param by who recorded it
     * @param at when
     * @param decree the act it comes from (a decree, a deliberation), as written; may be empty
     * @param gazette where it was published (the Gazzetta Ufficiale's issue), as written; may be empty
     */
    public EventRecorded {
        if (number < 1) {
            throw new IllegalArgumentException("entries are numbered from 1: " + number);
        }
        Ids.require(eventId, "event id");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(decree, "decree");
        Objects.requireNonNull(gazette, "gazette");
    }
}

package it.ciclo.register;

import it.ciclo.directive.Ids;
import java.time.Instant;
import java.util.Objects;

/**
 * A record withdrawn (made by mistake, or a decree annulled): the record before it, if any, is in
 * force again. The withdrawn record stays in the register.
 *
 * @param number  its number in the register
 * @param eventId the event
 * @param undoes  the number of the record it withdraws
 * @param by      who withdrew it
 * @param at      when
 * @param reason  why, as written; may be empty
 */
public record RecordUndone(int number, String eventId, int undoes, String by, Instant at, String reason)
        implements RegisterEntry {

    /**
     * Validates the components, each as described above.
     *
     * @param number  its number in the register
     * @param eventId the event
     * @param undoes  the number of the record it withdraws
     * @param by      who withdrew it
     * @param at      when
     * @param reason  why, as written; may be empty
     */
    public RecordUndone {
        if (number < 1 || undoes < 1 || undoes >= number) {
            throw new IllegalArgumentException("entry " + number + " cannot undo entry " + undoes);
        }
        Ids.require(eventId, "event id");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(reason, "reason");
    }
}

package it.ciclo.alfresco.review;

import java.util.Optional;

/**
 * What the author decides after a request for changes: the values of the
 * {@code cycwf:revisionOutcomeOptions} LIST constraint.
 */
public enum RevisionOutcome {
    /** The author changed the file and hands it in again for a new review round. */
    RESUBMIT("resubmit"),
    /** The author takes the file back: the review ends without approval. */
    WITHDRAW("withdraw");

    private final String value;

    RevisionOutcome(String value) {
        this.value = value;
    }

    /** The value stored in {@code cycwf:revisionOutcome}. */
    public String value() {
        return value;
    }

    /** The outcome whose value is {@code value}, if any (null gives none). */
    public static Optional<RevisionOutcome> fromValue(Object value) {
        for (RevisionOutcome o : values()) {
            if (o.value.equals(value)) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }
}

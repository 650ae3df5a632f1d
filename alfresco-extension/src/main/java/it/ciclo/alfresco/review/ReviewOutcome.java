package it.ciclo.alfresco.review;

import java.util.Optional;

/** What a reviewer decides: the values of the {@code cycwf:reviewOutcomeOptions} LIST constraint. */
public enum ReviewOutcome {
    /** The file is fine as it is. */
    APPROVE("approve"),
    /** The author must change the file; the reviewer says what in a comment. */
    REQUEST_CHANGES("requestChanges");

    private final String value;

    ReviewOutcome(String value) {
        this.value = value;
    }

    /** The value stored in {@code cycwf:reviewOutcome} and {@code cyc:reviewOutcome}. */
    public String value() {
        return value;
    }

    /** The outcome whose value is {@code value}, if any (null gives none). */
    public static Optional<ReviewOutcome> fromValue(Object value) {
        for (ReviewOutcome o : values()) {
            if (o.value.equals(value)) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }
}

package it.ciclo.check;

/**
 * The stable codes of findings, documented in {@code docs/directive-format.md}. A code never changes
 * meaning; new checks get new codes.
 */
public enum FindingCode {
    /** A year or triennium in a title, text or folder name that does not fit the cycle or the reported period. */
    YEAR_MISMATCH("year-mismatch"),
    /** A nominal deadline on a Saturday, Sunday, national holiday, the patron saint's day or a closure. */
    NON_WORKING_DAY("non-working-day"),
    /** A report due before the period it reports on ends. */
    DUE_BEFORE_PERIOD_END("due-before-period-end"),
    /** Fewer working days than configured between the internal deadline and the approval. */
    SHORT_LEAD_TIME("short-lead-time"),
    /** The internal deadline falls after the approval it prepares. */
    DUE_AFTER_APPROVAL("due-after-approval"),
    /** A deadline earlier than the directive itself. */
    BEFORE_DIRECTIVE("before-directive"),
    /** Acts in an order the law forbids (PEG before the budget, final report after the Relazione...). */
    LEGAL_ORDER("legal-order"),
    /** An approval later than the statutory deadline. */
    STATUTORY_DEADLINE("statutory-deadline"),
    /** The same internal deadline copied across acts approved months apart. */
    SHARED_DEADLINE("shared-deadline"),
    /** A Settore that owes files for no act, when the acts name the Settori they ask. */
    UNASKED_SECTOR("unasked-sector"),
    /** A deadline that waits for events, so the checks that need its date did not run. */
    PENDING("pending");

    private final String code;

    FindingCode(String code) {
        this.code = code;
    }

    /**
     * The stable code, e.g. {@code year-mismatch}.
     *
     * @return the stable code, e.g
     */
    public String code() {
        return code;
    }
}

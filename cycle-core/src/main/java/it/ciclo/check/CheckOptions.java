package it.ciclo.check;

/**
 * The thresholds of the checks that depend on an office's practice.
 *
 * @param minLeadWorkingDays       the fewest working days between an internal deadline and the
 *                                 approval it prepares (opinions, the Giunta's agenda); at least 0
 * @param sharedDeadlineSpreadDays how many days apart two approvals may be and still reasonably
 *                                 share one internal deadline; at least 0
 */
public record CheckOptions(int minLeadWorkingDays, int sharedDeadlineSpreadDays) {

    /** Ten working days of lead time; approvals up to 60 days apart may share an internal deadline. */
    public static final CheckOptions DEFAULTS = new CheckOptions(10, 60);

    /**
     * Validates the components, each as described above.
     *
     * @param minLeadWorkingDays the fewest working days between an internal deadline and the approval it prepares
     *                           (opinions, the Giunta's agenda); at least 0
     * @param sharedDeadlineSpreadDays how many days apart two approvals may be and still reasonably share one
     *                                 internal deadline; at least 0
     */
    public CheckOptions {
        if (minLeadWorkingDays < 0) {
            throw new IllegalArgumentException("minLeadWorkingDays must be zero or more, was " + minLeadWorkingDays);
        }
        if (sharedDeadlineSpreadDays < 0) {
            throw new IllegalArgumentException("sharedDeadlineSpreadDays must be zero or more, was " + sharedDeadlineSpreadDays);
        }
    }

    /**
     * These options with another minimum lead time.
     *
     * @param days how many days
     * @return these options with another minimum lead time
     */
    public CheckOptions withMinLeadWorkingDays(int days) {
        return new CheckOptions(days, sharedDeadlineSpreadDays);
    }

    /**
     * These options with another spread within which two approvals may share an internal deadline.
     *
     * @param days how many days
     * @return these options with another spread within which two approvals may share an internal deadline
     */
    public CheckOptions withSharedDeadlineSpreadDays(int days) {
        return new CheckOptions(minLeadWorkingDays, days);
    }
}

package it.ciclo.scheda;

import it.ciclo.check.Severity;

/** What a check of the schede found. The JSON name is stable: it never changes meaning. */
public enum SchedaIssue {
    /** An action without an indicator. */
    INDICATOR_MISSING("indicator-missing", Severity.WARNING),
    /** An indicator without a baseline. */
    BASELINE_MISSING("baseline-missing", Severity.WARNING),
    /** An indicator without the source of its information. */
    SOURCE_MISSING("source-missing", Severity.WARNING),
    /** An indicator without a target. */
    TARGET_MISSING("target-missing", Severity.WARNING),
    /** A target that names no quantity, percentage, date or yes/no ({@link Measurable}). */
    TARGET_NOT_MEASURABLE("target-not-measurable", Severity.WARNING),
    /** A result written where no target was set: it cannot be measured against anything. */
    RESULT_WITHOUT_TARGET("result-without-target", Severity.ERROR),
    /** In a report, an indicator with a target and no result. */
    RESULT_MISSING("result-missing", Severity.WARNING),
    /** In a report, a result that differs from its target with no explanation of the gap. */
    GAP_UNEXPLAINED("gap-unexplained", Severity.WARNING),
    /** In a report, an action the Settore's plan does not have. */
    ACTION_NOT_IN_PLAN("action-not-in-plan", Severity.WARNING),
    /** An action of the Settore's plan that its report leaves out. */
    ACTION_NOT_REPORTED("action-not-reported", Severity.WARNING),
    /** An objective the DUP files do not have. */
    OBJECTIVE_NOT_IN_DUP("objective-not-in-dup", Severity.INFO);

    private final String jsonName;
    private final Severity severity;

    SchedaIssue(String jsonName, Severity severity) {
        this.jsonName = jsonName;
        this.severity = severity;
    }

    /** {@return the stable name used in JSON output} */
    public String jsonName() {
        return jsonName;
    }

    /** {@return how serious it is} */
    public Severity severity() {
        return severity;
    }
}

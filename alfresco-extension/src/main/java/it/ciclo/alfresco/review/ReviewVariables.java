package it.ciclo.alfresco.review;

/**
 * The process variables of the submission review, by name. Each is a property of the {@code cycwf:}
 * task model ({@code model/workflow-model.xml}) spelled the way Alfresco maps a task property to an
 * Activiti variable ({@code cycwf:reviewOutcome} becomes {@code cycwf_reviewOutcome}), so Share shows
 * them on the task forms and the folder rule can set them when it starts the workflow.
 */
public final class ReviewVariables {

    /** The file's author's user name (text): set by the folder rule; never allowed to approve. */
    public static final String AUTHOR = "cycwf_author";
    /** The act's id (text), from the act folder's {@code cyc:actId}. */
    public static final String ACT = "cycwf_act";
    /** The sector's id (text), from the sector folder's {@code cyc:sectorId}. */
    public static final String SECTOR = "cycwf_sector";
    /** The internal deadline (date) that applies to the file, from {@code cyc:submissionDueDate}. */
    public static final String SUBMISSION_DUE_DATE = "cycwf_submissionDueDate";
    /** When the act must be approved (date), from {@code cyc:approvalDueDate}; caps the review. */
    public static final String APPROVAL_DUE_DATE = "cycwf_approvalDueDate";
    /** When the file was first handed in (date-time). */
    public static final String SUBMITTED_ON = "cycwf_submittedOn";
    /** Whether the file came in after its internal deadline (boolean). */
    public static final String LATE = "cycwf_late";
    /** The last day of the current review round (date). */
    public static final String REVIEW_DUE_DATE = "cycwf_reviewDueDate";
    /** Whether the current round passed its deadline and went to the escalation group (boolean). */
    public static final String ESCALATED = "cycwf_escalated";
    /** Where the submission stands (text): a {@link it.ciclo.submission.SubmissionStatus} json name. */
    public static final String STATUS = "cycwf_status";
    /** The reviewer's decision (text): a {@link ReviewOutcome} value. */
    public static final String REVIEW_OUTCOME = "cycwf_reviewOutcome";
    /** The reviewer's comment (text). */
    public static final String REVIEW_COMMENT = "cycwf_reviewComment";
    /** Who decided the last review (text, a user name). */
    public static final String REVIEWER = "cycwf_reviewer";
    /** When the last review was decided (date-time). */
    public static final String REVIEWED_ON = "cycwf_reviewedOn";
    /** The author's decision after a request for changes (text): a {@link RevisionOutcome} value. */
    public static final String REVISION_OUTCOME = "cycwf_revisionOutcome";

    private ReviewVariables() {
    }
}

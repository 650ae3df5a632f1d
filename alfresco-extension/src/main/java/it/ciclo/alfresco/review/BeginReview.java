package it.ciclo.alfresco.review;

import it.ciclo.submission.SubmissionStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Objects;
import org.activiti.engine.delegate.DelegateExecution;
import org.activiti.engine.delegate.JavaDelegate;

/**
 * Opens a review round, on the first submission and on every resubmission: records when the file
 * was first handed in and whether that was late, sets the round's deadline on the office calendar
 * and puts the submission in review. Registered as {@code cicloBeginReview}.
 */
public final class BeginReview implements JavaDelegate {

    private final ReviewSettings settings;

    public BeginReview(ReviewSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public void execute(DelegateExecution execution) {
        Instant now = EngineClock.now();
        // Lateness is judged on the first hand-in: a resubmission asked for by the reviewers is
        // not the author's delay.
        Date submittedOn = (Date) execution.getVariable(ReviewVariables.SUBMITTED_ON);
        if (submittedOn == null) {
            submittedOn = Date.from(now);
            execution.setVariable(ReviewVariables.SUBMITTED_ON, submittedOn);
        }
        Date submissionDue = (Date) execution.getVariable(ReviewVariables.SUBMISSION_DUE_DATE);
        execution.setVariable(ReviewVariables.LATE, settings.isLate(submittedOn, submissionDue));

        Date approvalDue = (Date) execution.getVariable(ReviewVariables.APPROVAL_DUE_DATE);
        LocalDate reviewDue = settings.reviewDueDate(settings.localDate(now),
                approvalDue == null ? null : settings.localDate(approvalDue));
        execution.setVariable(ReviewVariables.REVIEW_DUE_DATE, settings.date(reviewDue));
        execution.setVariable(ReviewVariables.ESCALATED, false);
        execution.setVariable(ReviewVariables.STATUS, SubmissionStatus.IN_REVIEW.jsonName());
        // A new round starts undecided and uncommented: the previous round's decisions must not steer
        // its gateways, and its comment must not pass for this round's (a task reads process
        // variables when it has no value of its own, and ACS pre-fills task forms with them).
        execution.setVariable(ReviewVariables.REVIEW_OUTCOME, null);
        execution.setVariable(ReviewVariables.REVISION_OUTCOME, null);
        execution.setVariable(ReviewVariables.REVIEW_COMMENT, null);
    }
}

package it.ciclo.alfresco.review;

import it.ciclo.alfresco.review.ReviewRefusedException.Reason;
import it.ciclo.submission.SubmissionStatus;
import java.util.Date;
import java.util.Locale;
import java.util.Objects;
import org.activiti.engine.delegate.DelegateExecution;
import org.activiti.engine.delegate.DelegateTask;
import org.activiti.engine.delegate.TaskListener;
import org.activiti.engine.impl.identity.Authentication;

/**
 * Checks and records a reviewer's decision when a review task completes, before the gateway reads
 * it. Refuses (with {@link ReviewRefusedException}, which keeps the task open) a decision without
 * an outcome, without a known reviewer, an approval by the file's author ({@link SubmissionAuthor}:
 * the process's start user, which no form or API call can rewrite), and a request for changes
 * without a comment of this round. Registered as {@code cicloReviewDecision}.
 *
 * <p>Alfresco keeps a task's form values as task-local variables; the decision is copied to the
 * process here because the gateway after the task reads process variables.
 */
public final class ReviewDecision implements TaskListener {

    private static final long serialVersionUID = 1L;

    private final Locale locale;
    private final SubmissionAuthor authors;

    /**
     * @param locale  the language of the refusal messages (the server's)
     * @param authors where the file's author is read from
     */
    public ReviewDecision(Locale locale, SubmissionAuthor authors) {
        this.locale = Objects.requireNonNull(locale, "locale");
        this.authors = Objects.requireNonNull(authors, "authors");
    }

    @Override
    public void notify(DelegateTask task) {
        ReviewOutcome outcome = ReviewOutcome.fromValue(task.getVariable(ReviewVariables.REVIEW_OUTCOME))
                .orElseThrow(() -> new ReviewRefusedException(Reason.NO_OUTCOME, locale));
        String reviewer = reviewerOf(task);
        if (outcome == ReviewOutcome.APPROVE) {
            String author = authors.find(task.getExecution())
                    .orElseThrow(() -> new ReviewRefusedException(Reason.UNKNOWN_AUTHOR, locale));
            // Alfresco user names are case-insensitive: "Mrossi" is the author "mrossi".
            if (reviewer.equalsIgnoreCase(author)) {
                throw new ReviewRefusedException(Reason.SELF_APPROVAL, locale);
            }
        }
        String comment = commentOf(task);
        if (outcome == ReviewOutcome.REQUEST_CHANGES && comment == null) {
            throw new ReviewRefusedException(Reason.COMMENT_REQUIRED, locale);
        }

        DelegateExecution process = task.getExecution();
        process.setVariable(ReviewVariables.REVIEW_OUTCOME, outcome.value());
        process.setVariable(ReviewVariables.REVIEW_COMMENT, comment);
        process.setVariable(ReviewVariables.REVIEWER, reviewer);
        process.setVariable(ReviewVariables.REVIEWED_ON, Date.from(EngineClock.now()));
        process.setVariable(ReviewVariables.STATUS, outcome == ReviewOutcome.APPROVE
                ? SubmissionStatus.APPROVED.jsonName()
                : SubmissionStatus.CHANGES_REQUESTED.jsonName());
    }

    /** The task's assignee (a pooled task is claimed before it is decided), else the acting user. */
    private String reviewerOf(DelegateTask task) {
        String reviewer = task.getAssignee();
        if (reviewer == null || reviewer.isBlank()) {
            reviewer = Authentication.getAuthenticatedUserId();
        }
        if (reviewer == null || reviewer.isBlank()) {
            throw new ReviewRefusedException(Reason.UNKNOWN_REVIEWER, locale);
        }
        return reviewer;
    }

    private static String commentOf(DelegateTask task) {
        Object comment = task.getVariable(ReviewVariables.REVIEW_COMMENT);
        if (comment == null || comment.toString().isBlank()) {
            return null;
        }
        return comment.toString().strip();
    }
}

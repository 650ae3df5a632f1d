package it.ciclo.alfresco.review;

import it.ciclo.alfresco.review.ReviewRefusedException.Reason;
import it.ciclo.submission.SubmissionStatus;
import java.util.Locale;
import java.util.Objects;
import org.activiti.engine.delegate.DelegateExecution;
import org.activiti.engine.delegate.DelegateTask;
import org.activiti.engine.delegate.TaskListener;

/**
 * Checks and records the author's decision after a request for changes, when the revision task
 * completes: resubmit (a new review round follows) or withdraw. Registered as
 * {@code cicloRevisionDecision}.
 */
public final class RevisionDecision implements TaskListener {

    private static final long serialVersionUID = 1L;

    private final Locale locale;

    /** @param locale the language of the refusal messages (the server's) */
    public RevisionDecision(Locale locale) {
        this.locale = Objects.requireNonNull(locale, "locale");
    }

    @Override
    public void notify(DelegateTask task) {
        RevisionOutcome outcome = RevisionOutcome.fromValue(task.getVariable(ReviewVariables.REVISION_OUTCOME))
                .orElseThrow(() -> new ReviewRefusedException(Reason.NO_OUTCOME, locale));
        DelegateExecution process = task.getExecution();
        process.setVariable(ReviewVariables.REVISION_OUTCOME, outcome.value());
        if (outcome == RevisionOutcome.WITHDRAW) {
            process.setVariable(ReviewVariables.STATUS, SubmissionStatus.WITHDRAWN.jsonName());
        }
    }
}

package it.ciclo.alfresco.review;

import it.ciclo.i18n.Bundles;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import org.activiti.engine.ActivitiException;

/**
 * A task completion the review does not accept. Thrown from a task listener, it rolls the
 * completion back: the task stays open and the user sees the message (in the server's language,
 * Italian unless the server runs in English).
 */
public final class ReviewRefusedException extends ActivitiException {

    private static final long serialVersionUID = 1L;

    /** Why the completion was refused. */
    public enum Reason {
        /** The task carries no decision, or one the model does not allow. */
        NO_OUTCOME,
        /** Nobody claimed the task and no user is authenticated: the decision would have no author. */
        UNKNOWN_REVIEWER,
        /** The reviewer is the file's author. */
        SELF_APPROVAL,
        /** The engine recorded nobody as the file's author: an approval could not be checked. */
        UNKNOWN_AUTHOR,
        /** Changes were requested without saying which. */
        COMMENT_REQUIRED
    }

    private final Reason reason;

    ReviewRefusedException(Reason reason, Locale locale) {
        super(messageFor(Objects.requireNonNull(reason, "reason"), Objects.requireNonNull(locale, "locale")));
        this.reason = reason;
    }

    /** Why the completion was refused. */
    public Reason reason() {
        return reason;
    }

    private static String messageFor(Reason reason, Locale locale) {
        // Not the JVM's locale: an ACS started with LANG=C would answer an Italian user in English.
        ResourceBundle bundle = Bundles.of("it.ciclo.alfresco.review.refusals", locale);
        return bundle.getString(reason.name());
    }
}

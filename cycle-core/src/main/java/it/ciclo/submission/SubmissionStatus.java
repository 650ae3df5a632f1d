package it.ciclo.submission;

import it.ciclo.i18n.Localizable;
import it.ciclo.i18n.Message;
import java.util.Locale;

/**
 * Where a Settore stands with one act. The JSON name ({@link #jsonName()}) is the stable form used in
 * JSON output, in the Alfresco content model's LIST constraint and in CMIS properties.
 */
public enum SubmissionStatus implements Localizable {
    /** Nothing handed in yet, and the internal deadline has not passed. */
    MISSING("missing"),
    /** Nothing handed in, and the internal deadline has passed. */
    OVERDUE("overdue"),
    /** Handed in on time, not yet in review. */
    SUBMITTED("submitted"),
    /** Handed in after the internal deadline, not yet in review. */
    SUBMITTED_LATE("submitted-late"),
    /** A reviewer is looking at it. */
    IN_REVIEW("in-review"),
    /** The reviewer sent it back to the author with a comment. */
    CHANGES_REQUESTED("changes-requested"),
    /** The reviewer approved it. */
    APPROVED("approved"),
    /** The author withdrew it. */
    WITHDRAWN("withdrawn");

    private final String jsonName;

    SubmissionStatus(String jsonName) {
        this.jsonName = jsonName;
    }

    /** {@return the stable name used in JSON, in the content model and over CMIS} */
    public String jsonName() {
        return jsonName;
    }

    /**
     * The status named {@code name}, or null.
     *
     * @param name the name
     * @return the status named {@code name}, or null
     */
    public static SubmissionStatus fromJsonName(String name) {
        for (SubmissionStatus s : values()) {
            if (s.jsonName.equals(name)) {
                return s;
            }
        }
        return null;
    }

    /** {@return whether a file has been handed in (any state but missing and overdue)} */
    public boolean isHandedIn() {
        return this != MISSING && this != OVERDUE;
    }

    @Override
    public String describe(Locale locale) {
        return Message.of("status." + jsonName).render(locale);
    }
}

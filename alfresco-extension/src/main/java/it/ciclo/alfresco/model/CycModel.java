package it.ciclo.alfresco.model;

import org.alfresco.service.namespace.QName;

/**
 * The names of the {@code cyc:} content model ({@code model/content-model.xml}) that the module's Java
 * code reads and writes. A test checks each against the model file, so a renamed property cannot
 * leave a stale name here.
 */
public final class CycModel {

    /** The model's namespace URI. */
    public static final String URI = "http://www.ciclo.it/model/cycle/1.0";

    /** A cycle's folder. */
    public static final QName ASPECT_CYCLE_FOLDER = name("cycleFolder");
    /** The cycle's id on a cycle folder, e.g. {@code 2024-2026}. */
    public static final QName PROP_CYCLE_ID = name("cycleId");

    /** An act's folder (DUP, PEG, PIAO...). */
    public static final QName ASPECT_ACT_FOLDER = name("actFolder");
    /** The act's id on its folder. */
    public static final QName PROP_ACT_ID = name("actId");
    /** The act's title on its folder. */
    public static final QName PROP_ACT_TITLE = name("actTitle");
    /** When the Giunta must approve the act. */
    public static final QName PROP_APPROVAL_DUE_DATE = name("approvalDueDate");
    /** The sectors' internal deadline. */
    public static final QName PROP_SUBMISSION_DUE_DATE = name("submissionDueDate");
    /** The cycle an act folder belongs to. */
    public static final QName PROP_ACT_CYCLE_ID = name("actCycleId");

    /** A Settore's folder inside an act folder. */
    public static final QName ASPECT_SECTOR_FOLDER = name("sectorFolder");
    /** The sector's id on its folder. */
    public static final QName PROP_SECTOR_ID = name("sectorId");
    /** The sector's display name on its folder. */
    public static final QName PROP_SECTOR_NAME = name("sectorName");

    /** A file a Settore handed in. */
    public static final QName ASPECT_SUBMISSION = name("submission");
    /** The act of a submission. */
    public static final QName PROP_ACT = name("act");
    /** The sector of a submission. */
    public static final QName PROP_SECTOR = name("sector");
    /** A submission's act title, for people. */
    public static final QName PROP_ACT_LABEL = name("actLabel");
    /** A submission's sector name, for people. */
    public static final QName PROP_SECTOR_LABEL = name("sectorLabel");
    /** The cycle of a submission. */
    public static final QName PROP_CYCLE = name("cycle");
    /** The internal deadline that applied when the file arrived. */
    public static final QName PROP_DUE_DATE = name("dueDate");
    /** When the file was first handed in. */
    public static final QName PROP_SUBMITTED_ON = name("submittedOn");
    /** Where the submission stands: a {@link it.ciclo.submission.SubmissionStatus} json name. */
    public static final QName PROP_STATUS = name("status");
    /** Whether the file arrived after {@link #PROP_DUE_DATE}. */
    public static final QName PROP_LATE = name("late");
    /** The last day of the current review round. */
    public static final QName PROP_REVIEW_DUE_DATE = name("reviewDueDate");
    /** Whether the current review round went past its last day. */
    public static final QName PROP_ESCALATED = name("escalated");
    /** The reviewer's last decision. */
    public static final QName PROP_REVIEW_OUTCOME = name("reviewOutcome");
    /** Who decided the last review. */
    public static final QName PROP_REVIEWER = name("reviewer");
    /** The reviewer's last comment. */
    public static final QName PROP_REVIEW_COMMENT = name("reviewComment");
    /** When the last review was decided. */
    public static final QName PROP_REVIEWED_ON = name("reviewedOn");
    /** Why the file is tracked but its review could not start: for the Ufficio to look at. */
    public static final QName PROP_TRACKING_PROBLEM = name("trackingProblem");

    private CycModel() {
    }

    private static QName name(String localName) {
        return QName.createQName(URI, localName);
    }
}

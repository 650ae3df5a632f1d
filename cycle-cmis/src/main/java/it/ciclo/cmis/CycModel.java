package it.ciclo.cmis;

import java.util.List;
import java.util.Map;

/**
 * The ids, as CMIS sees them, of the parts of the {@code cyc:} content model (the alfresco-extension
 * module's {@code content-model.xml}) that cycle-cmis reads and writes. Alfresco shows each aspect
 * as the secondary type {@code P:cyc:<name>} and each property under its own prefixed name. A test
 * checks every id here against the content model, so that a rename there fails the build here.
 */
public final class CycModel {

    /** An act's folder: the sectors' folders live inside it. */
    public static final String ACT_FOLDER = "P:cyc:actFolder";
    /** The act the folder is for. */
    public static final String ACT_ID = "cyc:actId";
    /** The act's title. */
    public static final String ACT_TITLE = "cyc:actTitle";
    /** The day of the act's approval by the Giunta. */
    public static final String APPROVAL_DUE = "cyc:approvalDueDate";
    /** The day of the act's internal deadline. */
    public static final String SUBMISSION_DUE = "cyc:submissionDueDate";
    /** The cycle, e.g. {@code 2024-2026}. */
    public static final String ACT_CYCLE = "cyc:actCycleId";

    /** A Settore's folder inside an act folder. */
    public static final String SECTOR_FOLDER = "P:cyc:sectorFolder";
    /** The Settore's identifier. */
    public static final String SECTOR_ID = "cyc:sectorId";
    /** The Settore's name. */
    public static final String SECTOR_NAME = "cyc:sectorName";

    /** A file a Settore handed in for an act, and where its review stands. */
    public static final String SUBMISSION = "P:cyc:submission";
    /** The act the file is handed in for. */
    public static final String ACT = "cyc:act";
    /** The Settore that handed it in. */
    public static final String SECTOR = "cyc:sector";
    /** The act's title, for people (the document library's line). */
    public static final String ACT_LABEL = "cyc:actLabel";
    /** The Settore's name, for people. */
    public static final String SECTOR_LABEL = "cyc:sectorLabel";
    /** The cycle. */
    public static final String CYCLE = "cyc:cycle";
    /** The internal deadline it was due by. */
    public static final String DUE_DATE = "cyc:dueDate";
    /** When it arrived as a submission. */
    public static final String SUBMITTED_ON = "cyc:submittedOn";
    /** Where its review stands ({@code SubmissionStatus} JSON names). */
    public static final String STATUS = "cyc:status";
    /** Whether it arrived after the deadline. */
    public static final String LATE = "cyc:late";

    /** Each secondary type used, with the properties of it used. */
    public static final Map<String, List<String>> USED = Map.of(
            ACT_FOLDER, List.of(ACT_ID, ACT_TITLE, APPROVAL_DUE, SUBMISSION_DUE, ACT_CYCLE),
            SECTOR_FOLDER, List.of(SECTOR_ID, SECTOR_NAME),
            SUBMISSION, List.of(ACT, SECTOR, CYCLE, DUE_DATE, SUBMITTED_ON, STATUS, LATE));

    private CycModel() {
    }
}

package it.ciclo.alfresco.model;

import org.alfresco.service.namespace.QName;

/**
 * The names of the {@code cycwf:} task model ({@code model/workflow-model.xml}) the module's Java
 * code passes when it starts the review. Alfresco maps each to the process variable
 * {@code cycwf_<name>} ({@link it.ciclo.alfresco.review.ReviewVariables}).
 */
public final class CycwfModel {

    /** The model's namespace URI. */
    public static final String URI = "http://www.ciclo.it/model/workflow/1.0";

    /** The file's author, shown on the forms (never trusted to decide who may approve). */
    public static final QName PROP_AUTHOR = name("author");
    /** The act's id. */
    public static final QName PROP_ACT = name("act");
    /** The act's title. */
    public static final QName PROP_ACT_TITLE = name("actTitle");
    /** The sector's id. */
    public static final QName PROP_SECTOR = name("sector");
    /** The sector's display name. */
    public static final QName PROP_SECTOR_NAME = name("sectorName");
    /** The cycle's id. */
    public static final QName PROP_CYCLE = name("cycle");
    /** The internal deadline. */
    public static final QName PROP_SUBMISSION_DUE_DATE = name("submissionDueDate");
    /** The Giunta's deadline. */
    public static final QName PROP_APPROVAL_DUE_DATE = name("approvalDueDate");
    /** When the file was first handed in. */
    public static final QName PROP_SUBMITTED_ON = name("submittedOn");
    /** Whether it was handed in after the internal deadline. */
    public static final QName PROP_LATE = name("late");

    private CycwfModel() {
    }

    private static QName name(String localName) {
        return QName.createQName(URI, localName);
    }
}

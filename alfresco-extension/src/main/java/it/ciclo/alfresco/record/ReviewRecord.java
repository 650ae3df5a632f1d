package it.ciclo.alfresco.record;

import it.ciclo.alfresco.model.CycModel;
import it.ciclo.alfresco.review.ReviewVariables;
import java.io.Serializable;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.activiti.engine.delegate.VariableScope;
import org.alfresco.service.namespace.QName;

/**
 * Which process variables of the review land on which {@code cyc:} property of the submitted
 * document: where the review stands is written on the document so that the document library, the
 * board and CMIS clients see it without asking the workflow engine.
 */
public final class ReviewRecord {

    /** {@code cyc:} property on the document, from {@code cycwf_} variable of the process. */
    public static final Map<QName, String> PROPERTIES;

    static {
        Map<QName, String> p = new LinkedHashMap<>();
        p.put(CycModel.PROP_STATUS, ReviewVariables.STATUS);
        p.put(CycModel.PROP_LATE, ReviewVariables.LATE);
        p.put(CycModel.PROP_SUBMITTED_ON, ReviewVariables.SUBMITTED_ON);
        p.put(CycModel.PROP_REVIEW_DUE_DATE, ReviewVariables.REVIEW_DUE_DATE);
        p.put(CycModel.PROP_ESCALATED, ReviewVariables.ESCALATED);
        p.put(CycModel.PROP_REVIEW_OUTCOME, ReviewVariables.REVIEW_OUTCOME);
        p.put(CycModel.PROP_REVIEWER, ReviewVariables.REVIEWER);
        p.put(CycModel.PROP_REVIEW_COMMENT, ReviewVariables.REVIEW_COMMENT);
        p.put(CycModel.PROP_REVIEWED_ON, ReviewVariables.REVIEWED_ON);
        PROPERTIES = Collections.unmodifiableMap(p);
    }

    private ReviewRecord() {
    }

    /**
     * The values to write on the document, read from the process (not from a task: the process is
     * where the review's delegates record its state). A variable never set gives null, which clears
     * the property.
     */
    public static Map<QName, Serializable> of(VariableScope process) {
        Objects.requireNonNull(process, "process");
        Map<QName, Serializable> values = new HashMap<>();
        PROPERTIES.forEach((property, variable) -> values.put(property, (Serializable) process.getVariable(variable)));
        return values;
    }
}

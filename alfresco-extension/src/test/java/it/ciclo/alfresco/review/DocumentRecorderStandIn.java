package it.ciclo.alfresco.review;

import it.ciclo.alfresco.record.ReviewRecord;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.activiti.engine.delegate.DelegateExecution;
import org.activiti.engine.delegate.JavaDelegate;
import org.alfresco.service.namespace.QName;

/**
 * STAND-IN for the bean {@code cicloRecordOnDocument}, which in ACS is {@link
 * it.ciclo.alfresco.record.RecordOnDocument} writing {@link ReviewRecord#of} onto the documents of the
 * workflow package through Alfresco's node service. A plain Activiti engine has no repository, so
 * this stand-in keeps the same {@link ReviewRecord#of} values, one snapshot per step, keyed by process
 * variable name; nulls are kept, since they clear the document's property. The real write is tested
 * against a running ACS (integration-tests).
 */
final class DocumentRecorderStandIn implements JavaDelegate {

    private final List<Map<String, Object>> snapshots = new ArrayList<>();

    @Override
    public void execute(DelegateExecution execution) {
        Map<QName, Serializable> record = ReviewRecord.of(execution);
        Map<String, Object> snapshot = new HashMap<>();
        ReviewRecord.PROPERTIES.forEach((property, variable) -> snapshot.put(variable, record.get(property)));
        snapshots.add(snapshot);
    }

    /** The statuses the document went through, in order. */
    List<Object> statuses() {
        return snapshots.stream().map(s -> s.get(ReviewVariables.STATUS)).toList();
    }

    /** What the document would carry now. */
    Map<String, Object> last() {
        return snapshots.get(snapshots.size() - 1);
    }
}

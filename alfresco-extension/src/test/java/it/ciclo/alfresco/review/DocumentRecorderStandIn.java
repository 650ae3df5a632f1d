package it.ciclo.alfresco.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.activiti.engine.delegate.DelegateExecution;
import org.activiti.engine.delegate.JavaDelegate;

/**
 * STAND-IN for the bean {@code cicloRecordOnDocument}, which in ACS is Alfresco's
 * {@code AlfrescoScriptDelegate} running {@code scripts/record-on-document.js} against the workflow
 * package. A plain Activiti engine has no repository to write on, so this stand-in keeps what the
 * script would copy onto the document: the {@code cycwf_*} variables, one snapshot per step.
 */
final class DocumentRecorderStandIn implements JavaDelegate {

    private final List<Map<String, Object>> snapshots = new ArrayList<>();

    @Override
    public void execute(DelegateExecution execution) {
        Map<String, Object> snapshot = new TreeMap<>();
        execution.getVariables().forEach((name, value) -> {
            if (name.startsWith("cycwf_") && value != null) {
                snapshot.put(name, value);
            }
        });
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

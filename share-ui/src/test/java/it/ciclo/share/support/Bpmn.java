package it.ciclo.share.support;

import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The platform module's review process, read from alfresco-extension's sources. */
public final class Bpmn {

    private Bpmn() {
    }

    public static Document review() {
        return Xml.read(Workspace.platform().resolve("workflow/submission-review.bpmn20.xml"));
    }

    /** The ids of the processes Share would list as {@code activiti$<id>}. */
    public static List<String> processIds() {
        return Xml.all(review(), "process").stream().map(p -> p.getAttribute("id")).toList();
    }

    /** Every {@code activiti:formKey} of start events and user tasks: the task types Share shows. */
    public static List<String> formKeys() {
        return Xml.all(review(), "*").stream()
                .map(e -> e.getAttributeNS("http://activiti.org/bpmn", "formKey"))
                .filter(k -> !k.isEmpty()).distinct().toList();
    }

    /** The user task with {@code formKey}. */
    public static Element byFormKey(String formKey) {
        return Xml.all(review(), "*").stream()
                .filter(e -> formKey.equals(e.getAttributeNS("http://activiti.org/bpmn", "formKey")))
                .findFirst().orElseThrow();
    }
}

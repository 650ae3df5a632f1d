package it.ciclo.alfresco.record;

import it.ciclo.alfresco.model.CycModel;
import java.io.Serializable;
import java.util.Map;
import java.util.Objects;
import org.activiti.engine.delegate.DelegateExecution;
import org.activiti.engine.delegate.JavaDelegate;
import org.alfresco.model.ContentModel;
import org.alfresco.repo.jscript.ScriptNode;
import org.alfresco.repo.policy.BehaviourFilter;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.repo.workflow.WorkflowModel;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.RegexQNamePattern;
import org.alfresco.service.namespace.QName;

/**
 * Writes where the review stands ({@link ReviewRecord}) onto the submitted documents of the
 * workflow package, at each step of the review. Registered as {@code cicloRecordOnDocument}.
 *
 * <p>The write is the module's, not a person's: it runs as the system user, so a document the author
 * can no longer change (permissions taken away, a lock, a check-out — Alfresco's lock check lets the
 * system user through, {@code LockServiceImpl.checkForLock}) still records its review; and with the
 * {@code cm:auditable} behaviour off for the document, so that its modifier and modification date
 * stay those of the people who worked on it. Timers (escalation) run as the process's initiator in
 * ACS ({@code AuthenticatedTimerJobHandler}); none of that matters here.
 */
public final class RecordOnDocument implements JavaDelegate {

    /** The workflow package variable ACS gives every process: a ScriptNode of the package folder. */
    static final String PACKAGE = "bpm_package";

    private final NodeService nodeService;
    private final BehaviourFilter behaviourFilter;

    /**
     * @param nodeService     the node service without permission checks ({@code nodeService})
     * @param behaviourFilter ACS's {@code policyBehaviourFilter}
     */
    public RecordOnDocument(NodeService nodeService, BehaviourFilter behaviourFilter) {
        this.nodeService = Objects.requireNonNull(nodeService, "nodeService");
        this.behaviourFilter = Objects.requireNonNull(behaviourFilter, "behaviourFilter");
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object reviewPackage = execution.getVariable(PACKAGE);
        if (!(reviewPackage instanceof ScriptNode packageNode)) {
            throw new IllegalStateException("the review has no workflow package (" + PACKAGE + ")");
        }
        Map<QName, Serializable> record = ReviewRecord.of(execution);
        AuthenticationUtil.runAsSystem(() -> {
            for (ChildAssociationRef item : nodeService.getChildAssocs(packageNode.getNodeRef(),
                    WorkflowModel.ASSOC_PACKAGE_CONTAINS, RegexQNamePattern.MATCH_ALL)) {
                NodeRef document = item.getChildRef();
                if (nodeService.exists(document) && nodeService.hasAspect(document, CycModel.ASPECT_SUBMISSION)) {
                    write(document, record);
                }
            }
            return null;
        });
    }

    private void write(NodeRef document, Map<QName, Serializable> record) {
        behaviourFilter.disableBehaviour(document, ContentModel.ASPECT_AUDITABLE);
        try {
            nodeService.addProperties(document, record);
        } finally {
            behaviourFilter.enableBehaviour(document, ContentModel.ASPECT_AUDITABLE);
        }
    }
}

package it.ciclo.alfresco.install;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.activiti.engine.RepositoryService;
import org.alfresco.repo.content.MimetypeMap;
import org.alfresco.repo.module.AbstractModuleComponent;
import org.alfresco.service.cmr.workflow.WorkflowDeployment;
import org.alfresco.service.cmr.workflow.WorkflowService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deploys the review process at every start of the repository when the BPMN the module ships
 * differs from the newest version deployed ({@link DeployedProcess}): the first start deploys it, an
 * upgrade with a changed process deploys a new version (running reviews finish on the version they
 * started with, as Activiti keeps them), and a restart with the same file deploys nothing. The task
 * model is registered with the content model when the context loads (context/model-context.xml), so
 * that ACS resolves the start task's type while deploying.
 */
public final class ReviewWorkflowDeployment extends AbstractModuleComponent {

    /** The process id in the BPMN. */
    public static final String PROCESS_KEY = "cicloSubmissionReview";
    /** Where the module ships the BPMN. */
    public static final String LOCATION = "alfresco/module/ciclo-platform/workflow/submission-review.bpmn20.xml";

    private static final Logger LOG = LoggerFactory.getLogger(ReviewWorkflowDeployment.class);

    private WorkflowService workflowService;
    private RepositoryService repositoryService;

    public ReviewWorkflowDeployment() {
        setExecuteOnceOnly(false);
    }

    /** Alfresco's workflow service, which deploys with Alfresco's categories and tenant handling. */
    public void setWorkflowService(WorkflowService workflowService) {
        this.workflowService = workflowService;
    }

    /** The Activiti engine's repository service ({@code activitiRepositoryService}), to read what is deployed. */
    public void setRepositoryService(RepositoryService repositoryService) {
        this.repositoryService = repositoryService;
    }

    @Override
    protected void executeInternal() {
        Objects.requireNonNull(workflowService, "workflowService");
        Objects.requireNonNull(repositoryService, "repositoryService");
        byte[] bpmn = read(LOCATION);
        if (DeployedProcess.isCurrent(repositoryService, PROCESS_KEY, bpmn)) {
            LOG.info("Ciclo: the review process {} is up to date", PROCESS_KEY);
            return;
        }
        WorkflowDeployment deployment = workflowService.deployDefinition("activiti", new ByteArrayInputStream(bpmn),
                MimetypeMap.MIMETYPE_XML, "submission-review.bpmn20.xml", true);
        LOG.info("Ciclo: deployed the review process {} version {}", PROCESS_KEY,
                deployment.getDefinition().getVersion());
    }

    static byte[] read(String location) {
        try (InputStream in = ReviewWorkflowDeployment.class.getClassLoader().getResourceAsStream(location)) {
            if (in == null) {
                throw new IllegalStateException("the module's BPMN is missing from the classpath: " + location);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + location, e);
        }
    }
}

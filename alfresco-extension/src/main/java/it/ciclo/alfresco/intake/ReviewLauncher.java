package it.ciclo.alfresco.intake;

import it.ciclo.alfresco.model.CycModel;
import it.ciclo.alfresco.model.CycwfModel;
import it.ciclo.i18n.Bundles;
import java.io.Serializable;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.alfresco.model.ContentModel;
import org.alfresco.repo.policy.BehaviourFilter;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.repo.transaction.AlfrescoTransactionSupport;
import org.alfresco.repo.transaction.RetryingTransactionHelper;
import org.alfresco.repo.transaction.TransactionListenerAdapter;
import org.alfresco.repo.workflow.WorkflowModel;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.workflow.WorkflowDefinition;
import org.alfresco.service.cmr.workflow.WorkflowService;
import org.alfresco.service.namespace.QName;
import org.alfresco.service.transaction.TransactionService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the review of the documents {@link SubmissionIntake} marked, after the transaction that
 * brought them in has committed, each in a transaction of its own. A review that cannot start (no
 * process definition, a lock, a permission) leaves the committed document as it is, sets
 * {@code cyc:trackingProblem} on it with the reason and logs the error; the document keeps counting
 * as handed in. A review that starts clears {@code cyc:trackingProblem}.
 *
 * <p>The review is started in the name of the document's author, its {@code cm:creator} (whoever
 * uploaded it, also when an administrator retries a review that did not start), so that Activiti
 * records them as the process's start user: the one who may never approve it ({@link
 * it.ciclo.alfresco.review.SubmissionAuthor}).
 */
public final class ReviewLauncher {

    /** The review process, as Alfresco's workflow service names it. */
    public static final String REVIEW_WORKFLOW = "activiti$cicloSubmissionReview";

    private static final Logger LOG = LoggerFactory.getLogger(ReviewLauncher.class);
    private static final String PENDING = ReviewLauncher.class.getName() + ".pending";

    private final TransactionService transactionService;
    private final WorkflowService workflowService;
    private final NodeService nodeService;
    private final BehaviourFilter behaviourFilter;
    private final Locale locale;
    private final ZoneId zone;

    /**
     * @param nodeService the node service without permission checks ({@code nodeService})
     * @param locale      the language of {@code cyc:trackingProblem} (the module's messages language)
     * @param zone        the Comune's time zone, for the date in that text
     */
    public ReviewLauncher(TransactionService transactionService, WorkflowService workflowService,
                          NodeService nodeService, BehaviourFilter behaviourFilter, Locale locale, ZoneId zone) {
        this.transactionService = Objects.requireNonNull(transactionService, "transactionService");
        this.workflowService = Objects.requireNonNull(workflowService, "workflowService");
        this.nodeService = Objects.requireNonNull(nodeService, "nodeService");
        this.behaviourFilter = Objects.requireNonNull(behaviourFilter, "behaviourFilter");
        this.locale = Objects.requireNonNull(locale, "locale");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** Starts the review of {@code document} once the current transaction has committed. */
    public void launchAfterCommit(NodeRef document) {
        Pending pending = AlfrescoTransactionSupport.getResource(PENDING);
        if (pending == null) {
            pending = new Pending();
            AlfrescoTransactionSupport.bindResource(PENDING, pending);
            AlfrescoTransactionSupport.bindListener(pending);
        }
        if (!pending.documents.contains(document)) {
            pending.documents.add(document);
        }
    }

    /** The documents of one transaction, launched when it commits (never if it rolls back). */
    private final class Pending extends TransactionListenerAdapter {
        final List<NodeRef> documents = new ArrayList<>();

        @Override
        public void afterCommit() {
            for (NodeRef document : documents) {
                launch(document);
            }
        }
    }

    private void launch(NodeRef document) {
        RetryingTransactionHelper transactions = transactionService.getRetryingTransactionHelper();
        try {
            transactions.doInTransaction(() -> {
                start(document);
                return null;
            }, false, true);
        } catch (RuntimeException e) {
            LOG.error("Ciclo: the review of {} did not start; the document is kept and marked with cyc:trackingProblem",
                    document, e);
            try {
                transactions.doInTransaction(() -> {
                    recordProblem(document, e);
                    return null;
                }, false, true);
            } catch (RuntimeException again) {
                LOG.error("Ciclo: could not mark {} with cyc:trackingProblem either", document, again);
            }
        }
    }

    private void start(NodeRef document) {
        if (!nodeService.exists(document) || !nodeService.hasAspect(document, CycModel.ASPECT_SUBMISSION)) {
            return;
        }
        if (!workflowService.getWorkflowsForContent(document, true).isEmpty()) {
            return;
        }
        SubmissionPlace place = SubmissionPlace.of(nodeService, document).orElseThrow(() ->
                new IllegalStateException("the document is no longer below a sector's folder of an act"));
        WorkflowDefinition definition = workflowService.getDefinitionByName(REVIEW_WORKFLOW);
        if (definition == null) {
            throw new IllegalStateException("the process " + REVIEW_WORKFLOW + " is not deployed");
        }
        NodeRef reviewPackage = workflowService.createPackage(null);
        ChildAssociationRef primary = nodeService.getPrimaryParent(document);
        nodeService.addChild(reviewPackage, document, WorkflowModel.ASSOC_PACKAGE_CONTAINS, primary.getQName());

        Map<QName, Serializable> parameters = new HashMap<>();
        parameters.put(WorkflowModel.ASSOC_PACKAGE, reviewPackage);
        parameters.put(WorkflowModel.PROP_CONTEXT, primary.getParentRef());
        String name = (String) nodeService.getProperty(document, ContentModel.PROP_NAME);
        parameters.put(WorkflowModel.PROP_WORKFLOW_DESCRIPTION,
                name + " (" + place.act() + ", " + place.sector() + ")");
        String author = (String) nodeService.getProperty(document, ContentModel.PROP_CREATOR);
        parameters.put(CycwfModel.PROP_AUTHOR, author);
        parameters.put(CycwfModel.PROP_ACT, place.act());
        parameters.put(CycwfModel.PROP_ACT_TITLE, place.actTitle());
        parameters.put(CycwfModel.PROP_SECTOR, place.sector());
        parameters.put(CycwfModel.PROP_SECTOR_NAME, place.sectorName());
        parameters.put(CycwfModel.PROP_CYCLE, place.cycle());
        parameters.put(CycwfModel.PROP_SUBMISSION_DUE_DATE, place.submissionDue());
        parameters.put(CycwfModel.PROP_APPROVAL_DUE_DATE, place.approvalDue());
        parameters.put(CycwfModel.PROP_SUBMITTED_ON, nodeService.getProperty(document, CycModel.PROP_SUBMITTED_ON));
        // So that the start task (Share's workflow details) says what the review tasks say.
        parameters.put(CycwfModel.PROP_LATE, nodeService.getProperty(document, CycModel.PROP_LATE));
        asAuthor(author, () -> workflowService.startWorkflow(definition.getId(), parameters));
        if (nodeService.getProperty(document, CycModel.PROP_TRACKING_PROBLEM) != null) {
            writeAsModule(document, CycModel.PROP_TRACKING_PROBLEM, null);
        }
    }

    /**
     * Runs {@code start} with {@code author} as the fully authenticated user: ACS records the fully
     * authenticated user, not the run-as user, as the process's start user
     * ({@code ActivitiWorkflowEngine.startWorkflow}).
     */
    private static void asAuthor(String author, Runnable start) {
        if (author == null || author.equals(AuthenticationUtil.getFullyAuthenticatedUser())) {
            start.run();
            return;
        }
        AuthenticationUtil.pushAuthentication();
        try {
            AuthenticationUtil.setFullyAuthenticatedUser(author);
            start.run();
        } finally {
            AuthenticationUtil.popAuthentication();
        }
    }

    private void recordProblem(NodeRef document, RuntimeException cause) {
        if (!nodeService.exists(document) || !nodeService.hasAspect(document, CycModel.ASPECT_SUBMISSION)) {
            return;
        }
        String when = LocalDate.now(zone).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        String text = MessageFormat.format(Bundles.of("it.ciclo.alfresco.intake.problems", locale)
                .getString("REVIEW_NOT_STARTED"), when, reasonOf(cause));
        writeAsModule(document, CycModel.PROP_TRACKING_PROBLEM, text);
    }

    /** A short reason: the innermost message, without Alfresco's error-id prefix when there is one. */
    private static String reasonOf(Throwable cause) {
        Throwable inner = cause;
        while (inner.getCause() != null && inner.getCause() != inner) {
            inner = inner.getCause();
        }
        String message = Optional.ofNullable(inner.getMessage()).orElse(inner.getClass().getSimpleName());
        return message.replaceFirst("^\\d{8} ", "");
    }

    /** A write the module owns: as the system, leaving the document's modifier and modification date alone. */
    private void writeAsModule(NodeRef document, QName property, Serializable value) {
        AuthenticationUtil.runAsSystem(() -> {
            behaviourFilter.disableBehaviour(document, ContentModel.ASPECT_AUDITABLE);
            try {
                nodeService.setProperty(document, property, value);
            } finally {
                behaviourFilter.enableBehaviour(document, ContentModel.ASPECT_AUDITABLE);
            }
            return null;
        });
    }
}

package it.ciclo.alfresco.intake;

import it.ciclo.alfresco.model.CycModel;
import it.ciclo.alfresco.review.ReviewSettings;
import it.ciclo.board.IgnoreList;
import it.ciclo.submission.SubmissionStatus;
import java.io.Serializable;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.alfresco.model.ContentModel;
import org.alfresco.repo.action.executer.ActionExecuterAbstractBase;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.cmr.action.Action;
import org.alfresco.service.cmr.action.ParameterDefinition;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.QName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The action of the folder rule on the programming root (action name {@value #NAME}): a document
 * arriving below a Settore's folder of an act becomes a submission ({@code cyc:submission}, status
 * {@code submitted}, with its act, sector, cycle, deadline, arrival and lateness), and its review
 * starts once the upload is committed ({@link ReviewLauncher}).
 *
 * <p>Only the marking happens inside the upload's transaction, and it cannot fail for reasons of the
 * workflow: a staff member's file is never refused because its tracking failed. Run again on a
 * document whose review could not start ({@code cyc:trackingProblem} set), it starts the review; on
 * any other document already marked it does nothing.
 */
public final class SubmissionIntake extends ActionExecuterAbstractBase {

    /** The action's name, as the rule and Share's "Run action" refer to it. */
    public static final String NAME = "ciclo-submission";

    private static final Logger LOG = LoggerFactory.getLogger(SubmissionIntake.class);

    private NodeService nodeService;
    private ReviewSettings settings;
    private ReviewLauncher launcher;

    /** The repository's node service without permission checks ({@code nodeService}): the marking is the module's, not the uploader's. */
    public void setNodeService(NodeService nodeService) {
        this.nodeService = nodeService;
    }

    /** The Comune's review settings (its time zone decides on which day a file arrived). */
    public void setSettings(ReviewSettings settings) {
        this.settings = settings;
    }

    /** Starts the review after the upload commits. */
    public void setLauncher(ReviewLauncher launcher) {
        this.launcher = launcher;
    }

    @Override
    protected void executeImpl(Action action, NodeRef document) {
        Objects.requireNonNull(nodeService, "nodeService");
        if (!nodeService.exists(document) || !Candidates.isCandidate(nodeService, document)) {
            return;
        }
        Optional<SubmissionPlace> place = SubmissionPlace.of(nodeService, document);
        if (place.isEmpty()) {
            return;
        }
        if (!nodeService.hasAspect(document, CycModel.ASPECT_SUBMISSION)) {
            Map<QName, Serializable> submission = submission(place.get(), new Date());
            AuthenticationUtil.runAsSystem(() -> {
                nodeService.addAspect(document, CycModel.ASPECT_SUBMISSION, submission);
                return null;
            });
            LOG.debug("{} is a submission of {} for {}", document, place.get().sector(), place.get().act());
        }
        launcher.launchAfterCommit(document);
    }

    private Map<QName, Serializable> submission(SubmissionPlace place, Date now) {
        Map<QName, Serializable> properties = new HashMap<>();
        properties.put(CycModel.PROP_ACT, place.act());
        properties.put(CycModel.PROP_SECTOR, place.sector());
        if (place.actTitle() != null) {
            properties.put(CycModel.PROP_ACT_LABEL, place.actTitle());
        }
        if (place.sectorName() != null) {
            properties.put(CycModel.PROP_SECTOR_LABEL, place.sectorName());
        }
        properties.put(CycModel.PROP_CYCLE, place.cycle());
        properties.put(CycModel.PROP_DUE_DATE, place.submissionDue());
        properties.put(CycModel.PROP_SUBMITTED_ON, now);
        properties.put(CycModel.PROP_LATE, settings.isLate(now, place.submissionDue()));
        properties.put(CycModel.PROP_STATUS, SubmissionStatus.SUBMITTED.jsonName());
        return properties;
    }

    @Override
    protected void addParameterDefinitions(List<ParameterDefinition> parameters) {
        // None: everything the action needs is on the document's folders.
    }

    /** Which arriving nodes can be submissions. */
    static final class Candidates {

        private Candidates() {
        }

        /**
         * A document that is not a working copy (check-out), not hidden or temporary, not a file the
         * board never counts (cycle-core's built-in {@link IgnoreList}: Word's lock files, Thumbs.db,
         * shortcuts, Ciclo's own files...), and not already tracked — unless its review could not
         * start, when it is tried again.
         */
        static boolean isCandidate(NodeService nodes, NodeRef node) {
            if (nodes.hasAspect(node, ContentModel.ASPECT_WORKING_COPY)
                    || nodes.hasAspect(node, ContentModel.ASPECT_HIDDEN)
                    || nodes.hasAspect(node, ContentModel.ASPECT_TEMPORARY)
                    || IgnoreList.builtIn().ignores((String) nodes.getProperty(node, ContentModel.PROP_NAME))) {
                return false;
            }
            if (nodes.hasAspect(node, CycModel.ASPECT_SUBMISSION)) {
                return nodes.getProperty(node, CycModel.PROP_TRACKING_PROBLEM) != null;
            }
            return true;
        }
    }
}

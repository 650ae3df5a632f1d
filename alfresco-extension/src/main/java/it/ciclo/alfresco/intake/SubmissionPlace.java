package it.ciclo.alfresco.intake;

import it.ciclo.alfresco.model.CycModel;
import java.io.Serializable;
import java.util.Date;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.QName;

/**
 * Where a document sits in the cycle's folders: below the folder of a Settore ({@code cyc:sectorFolder})
 * whose parent is the folder of an act ({@code cyc:actFolder}). The document may be directly in the
 * sector's folder or in a subfolder of it (a sector's "bozze"), as the board counts it.
 *
 * @param actFolder      the act's folder
 * @param sectorFolder   the sector's folder
 * @param act            the act's id ({@code cyc:actId})
 * @param actTitle       the act's title, or null
 * @param sector         the sector's id ({@code cyc:sectorId})
 * @param sectorName     the sector's name, or null
 * @param cycle          the cycle's id, from the act folder or the nearest cycle folder above it; or null
 * @param submissionDue  the sectors' internal deadline, or null if not known
 * @param approvalDue    the Giunta's deadline, or null if not known
 */
public record SubmissionPlace(NodeRef actFolder, NodeRef sectorFolder, String act, String actTitle, String sector,
                              String sectorName, String cycle, Date submissionDue, Date approvalDue) {

    /** How far above a document the search for its sector folder goes (folders inside a sector's folder). */
    static final int MAX_DEPTH = 8;

    public SubmissionPlace {
        Objects.requireNonNull(actFolder, "actFolder");
        Objects.requireNonNull(sectorFolder, "sectorFolder");
        Objects.requireNonNull(act, "act");
        Objects.requireNonNull(sector, "sector");
    }

    /**
     * The place of {@code node}: its nearest ancestor with {@code cyc:sectorFolder} whose parent has
     * {@code cyc:actFolder}. Empty when there is none within {@value #MAX_DEPTH} folders, or when an
     * act folder comes first (a file directly in an act folder is a template or a shared act's file,
     * not a sector's hand-in).
     */
    public static Optional<SubmissionPlace> of(NodeService nodes, NodeRef node) {
        Objects.requireNonNull(nodes, "nodes");
        NodeRef folder = parentOf(nodes, Objects.requireNonNull(node, "node"));
        for (int depth = 0; folder != null && depth < MAX_DEPTH; depth++) {
            if (nodes.hasAspect(folder, CycModel.ASPECT_ACT_FOLDER)) {
                return Optional.empty();
            }
            if (nodes.hasAspect(folder, CycModel.ASPECT_SECTOR_FOLDER)) {
                NodeRef act = parentOf(nodes, folder);
                if (act != null && nodes.hasAspect(act, CycModel.ASPECT_ACT_FOLDER)) {
                    return Optional.of(place(nodes, act, folder));
                }
                return Optional.empty();
            }
            folder = parentOf(nodes, folder);
        }
        return Optional.empty();
    }

    private static SubmissionPlace place(NodeService nodes, NodeRef act, NodeRef sector) {
        Map<QName, Serializable> a = nodes.getProperties(act);
        Map<QName, Serializable> s = nodes.getProperties(sector);
        String actId = text(a.get(CycModel.PROP_ACT_ID));
        String sectorId = text(s.get(CycModel.PROP_SECTOR_ID));
        if (actId == null || sectorId == null) {
            // Mandatory in the model, but a folder marked by hand may still lack them.
            throw new IllegalStateException("cyc:actId or cyc:sectorId missing on " + act + " / " + sector);
        }
        return new SubmissionPlace(act, sector, actId, text(a.get(CycModel.PROP_ACT_TITLE)), sectorId,
                text(s.get(CycModel.PROP_SECTOR_NAME)), cycleOf(nodes, act, a),
                (Date) a.get(CycModel.PROP_SUBMISSION_DUE_DATE), (Date) a.get(CycModel.PROP_APPROVAL_DUE_DATE));
    }

    private static String cycleOf(NodeService nodes, NodeRef act,
                                  Map<QName, Serializable> actProperties) {
        String own = text(actProperties.get(CycModel.PROP_ACT_CYCLE_ID));
        if (own != null) {
            return own;
        }
        NodeRef folder = parentOf(nodes, act);
        for (int depth = 0; folder != null && depth < MAX_DEPTH; depth++) {
            if (nodes.hasAspect(folder, CycModel.ASPECT_CYCLE_FOLDER)) {
                return text(nodes.getProperty(folder, CycModel.PROP_CYCLE_ID));
            }
            folder = parentOf(nodes, folder);
        }
        return null;
    }

    private static NodeRef parentOf(NodeService nodes, NodeRef node) {
        ChildAssociationRef parent = nodes.getPrimaryParent(node);
        return parent == null ? null : parent.getParentRef();
    }

    private static String text(Serializable value) {
        return value == null || value.toString().isBlank() ? null : value.toString();
    }
}

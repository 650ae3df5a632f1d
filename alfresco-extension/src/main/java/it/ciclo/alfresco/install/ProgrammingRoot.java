package it.ciclo.alfresco.install;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.model.FileFolderService;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;

/**
 * The programming root's path under Company Home, e.g. {@code ATTIVITA' TRASVERSALI/11_Programmazione e
 * controllo}, and the folders along it: found by {@code cm:name} where they exist (as an office that
 * already works in Alfresco has them), created where they do not, the way Share creates a folder
 * ({@code FileFolderService}: association name {@code cm:<name>}, so that path look-ups, CMIS and
 * Share all find them).
 *
 * @param segments the folder names, from Company Home down; none blank
 */
public record ProgrammingRoot(List<String> segments) {

    public ProgrammingRoot {
        segments = List.copyOf(Objects.requireNonNull(segments, "segments"));
        if (segments.isEmpty() || segments.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("ciclo.root.path: expected folder names separated by /, e.g. "
                    + "ATTIVITA' TRASVERSALI/11_Programmazione e controllo; was " + segments);
        }
    }

    /** The path as the property {@code ciclo.root.path} gives it: names separated by {@code /} (or {@code \}). */
    public static ProgrammingRoot parse(String path) {
        Objects.requireNonNull(path, "path");
        return new ProgrammingRoot(Arrays.stream(path.strip().split("[/\\\\]+"))
                .map(String::strip).filter(s -> !s.isEmpty()).toList());
    }

    /** What {@link #ensure} found. */
    public record Found(NodeRef root, List<String> created) {
    }

    /** The root, if each folder of the path exists (and the current user may see it); creates nothing. */
    public Optional<NodeRef> find(FileFolderService files, NodeRef companyHome) {
        NodeRef folder = Objects.requireNonNull(companyHome, "companyHome");
        for (String name : segments) {
            folder = files.searchSimple(folder, name);
            if (folder == null || !files.getFileInfo(folder).isFolder()) {
                return Optional.empty();
            }
        }
        return Optional.of(folder);
    }

    /** Finds or creates each folder of the path below {@code companyHome}; returns the root and the names created. */
    public Found ensure(NodeService nodes, FileFolderService files, NodeRef companyHome) {
        NodeRef folder = Objects.requireNonNull(companyHome, "companyHome");
        List<String> created = new ArrayList<>();
        for (String name : segments) {
            // cm:name is unique among a folder's children without regard to case, as on a Windows share.
            NodeRef child = nodes.getChildByName(folder, ContentModel.ASSOC_CONTAINS, name);
            if (child == null) {
                child = files.create(folder, name, ContentModel.TYPE_FOLDER).getNodeRef();
                created.add(name);
            } else if (!files.getFileInfo(child).isFolder()) {
                throw new IllegalStateException("ciclo.root.path: \"" + name + "\" exists but is not a folder");
            }
            folder = child;
        }
        return new Found(folder, List.copyOf(created));
    }

    @Override
    public String toString() {
        return String.join("/", segments);
    }
}

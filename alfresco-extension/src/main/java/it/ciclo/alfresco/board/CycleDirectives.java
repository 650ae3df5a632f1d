package it.ciclo.alfresco.board;

import it.ciclo.format.DirectiveDocument;
import it.ciclo.format.DirectiveReader;
import it.ciclo.format.InvalidDirectiveException;
import it.ciclo.format.InvalidRegisterException;
import it.ciclo.format.RegisterFormat;
import it.ciclo.layout.Layout;
import it.ciclo.layout.LayoutException;
import it.ciclo.register.EventRegister;
import it.ciclo.register.store.RegisterFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.model.FileFolderService;
import org.alfresco.service.cmr.model.FileInfo;
import org.alfresco.service.cmr.repository.ContentReader;
import org.alfresco.service.cmr.repository.ContentService;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The directives the repository holds: the copies {@code cycle init --cmis} keeps as {@code <id>.direttiva.json}
 * in each cycle's folder, looked for in the programming root and the folders below it, two levels
 * deep (where the module's rule works). Found by listing, never by a query, so no search index is
 * needed. A copy that is not a valid directive, or whose register cannot be read, is left out and
 * logged: one bad file must not hide every other cycle from the dashlets.
 */
public final class CycleDirectives {

    /** The suffix of a directive's copy, as cycle-cmis writes it ({@code CmisDirectiveCopy.SUFFIX}). */
    public static final String SUFFIX = ".direttiva.json";
    private static final int DEPTH = 2;
    private static final Logger LOG = LoggerFactory.getLogger(CycleDirectives.class);

    private final FileFolderService files;
    private final NodeService nodes;
    private final ContentService contents;

    public CycleDirectives(FileFolderService files, NodeService nodes, ContentService contents) {
        this.files = Objects.requireNonNull(files, "files");
        this.nodes = Objects.requireNonNull(nodes, "nodes");
        this.contents = Objects.requireNonNull(contents, "contents");
    }

    /** Every directive below {@code programmingRoot} that the current user can read, newest cycle first. */
    public List<CycleDirective> below(NodeRef programmingRoot) {
        List<CycleDirective> found = new ArrayList<>();
        look(Objects.requireNonNull(programmingRoot, "programmingRoot"), 0, found);
        found.sort(Comparator.comparing((CycleDirective d) -> d.document().directive().cycle().firstYear()).reversed()
                .thenComparing(d -> d.document().directive().issued().on(), Comparator.reverseOrder()));
        return found;
    }

    /** The directive of {@code cycle} (the most recently issued when there are several), if any. */
    public Optional<CycleDirective> of(NodeRef programmingRoot, String cycle) {
        return below(programmingRoot).stream().filter(d -> d.cycle().equals(cycle)).findFirst();
    }

    private void look(NodeRef folder, int depth, List<CycleDirective> found) {
        for (FileInfo child : files.list(folder)) {
            if (child.isFolder()) {
                if (depth < DEPTH) {
                    look(child.getNodeRef(), depth + 1, found);
                }
            } else if (child.getName().toLowerCase(Locale.ROOT).endsWith(SUFFIX)) {
                read(folder, child).ifPresent(found::add);
            }
        }
    }

    private Optional<CycleDirective> read(NodeRef folder, FileInfo copy) {
        String where = files.getFileInfo(folder).getName() + "/" + copy.getName();
        try {
            DirectiveDocument document;
            try (Reader in = reader(copy.getNodeRef())) {
                document = new DirectiveReader().read(in, where);
            }
            String id = document.directive().id();
            EventRegister register = EventRegister.empty(id);
            NodeRef registerNode = files.searchSimple(folder, id + RegisterFile.SUFFIX);
            if (registerNode != null) {
                try (Reader in = reader(registerNode)) {
                    register = new RegisterFormat().read(in, where, id);
                }
            }
            return Optional.of(new CycleDirective(document, register, storeRoot(folder, document), where));
        } catch (InvalidDirectiveException | InvalidRegisterException | LayoutException e) {
            LOG.warn("Ciclo: {} is left out of the board: {}", where, e.getMessage());
        } catch (IOException e) {
            LOG.warn("Ciclo: {} cannot be read: {}", where, e.getMessage());
        }
        return Optional.empty();
    }

    /**
     * The folder the directive's paths start from: the copy's folder is the cycle's folder
     * ({@link Layout#cycleFolder()}), so the root is as many folders above it as that path has names.
     */
    private NodeRef storeRoot(NodeRef cycleFolder, DirectiveDocument document) throws LayoutException {
        NodeRef root = cycleFolder;
        for (int i = Layout.of(document.directive()).cycleFolder().names().size(); i > 0 && root != null; i--) {
            root = nodes.getPrimaryParent(root).getParentRef();
        }
        if (root == null) {
            throw new IllegalStateException("the directive's cycle folder is deeper than the repository");
        }
        return root;
    }

    private Reader reader(NodeRef node) throws IOException {
        ContentReader reader = contents.getReader(node, ContentModel.PROP_CONTENT);
        if (reader == null || !reader.exists()) {
            throw new IOException("no content");
        }
        InputStream in = reader.getContentInputStream();
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}

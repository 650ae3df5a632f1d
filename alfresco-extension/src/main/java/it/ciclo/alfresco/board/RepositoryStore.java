package it.ciclo.alfresco.board;

import it.ciclo.alfresco.model.CycModel;
import it.ciclo.i18n.Message;
import it.ciclo.store.DocumentStore;
import it.ciclo.store.EntryKind;
import it.ciclo.store.StoreEntry;
import it.ciclo.store.StoreException;
import it.ciclo.store.StorePath;
import it.ciclo.submission.SubmissionStatus;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.model.FileFolderService;
import org.alfresco.service.cmr.model.FileInfo;
import org.alfresco.service.cmr.repository.ContentData;
import org.alfresco.service.cmr.repository.ContentReader;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.namespace.QName;

/**
 * The repository seen from inside Alfresco as cycle-core's {@link DocumentStore}, so that the
 * module's board is cycle-core's {@link it.ciclo.board.Scan} itself, not a copy of its rules. It reads
 * what the CMIS store reads, from the same properties ({@code cm:modified}, {@code cm:creator}, the
 * content's size, {@code cyc:status}, {@code cyc:submittedOn} else {@code cm:created}: see
 * cycle-cmis' {@code CmisDocumentStore.entryOf}), through the secured {@link FileFolderService}, so a
 * user's board holds only what that user may read. Read only: it creates nothing.
 *
 * <p>Remembers the node of every entry it returned ({@link #nodeOf}), for links from the board to
 * Share. One request's worth of use: not shared between threads.
 */
public final class RepositoryStore implements DocumentStore {

    private final FileFolderService files;
    private final NodeRef root;
    private final String location;
    private final Map<StorePath, NodeRef> nodes = new ConcurrentHashMap<>();

    /**
     * @param files    the secured file-folder service ({@code FileFolderService})
     * @param root     the folder the directive's paths start from
     * @param location how to name {@code root} in messages
     */
    public RepositoryStore(FileFolderService files, NodeRef root, String location) {
        this.files = Objects.requireNonNull(files, "files");
        this.root = Objects.requireNonNull(root, "root");
        this.location = Objects.requireNonNull(location, "location");
        nodes.put(StorePath.ROOT, root);
    }

    @Override
    public String location() {
        return location;
    }

    /** The node behind {@code path}, if this store has listed or found it. */
    public Optional<NodeRef> nodeOf(StorePath path) {
        return Optional.ofNullable(nodes.get(path));
    }

    @Override
    public Optional<StoreEntry> entry(StorePath path) throws StoreException {
        if (path.isRoot()) {
            return Optional.of(entryOf(path, files.getFileInfo(root)));
        }
        NodeRef folder = root;
        FileInfo found = null;
        StorePath reached = StorePath.ROOT;
        for (String name : path.names()) {
            NodeRef child = files.searchSimple(folder, name);
            if (child == null) {
                return Optional.empty();
            }
            found = files.getFileInfo(child);
            // cm:name is found without regard to case; the store spells names as they are.
            if (!found.getName().equals(name)) {
                return Optional.empty();
            }
            reached = reached.resolve(name);
            nodes.put(reached, child);
            folder = child;
        }
        return Optional.of(entryOf(path, found));
    }

    @Override
    public Stream<StoreEntry> children(StorePath folder) throws StoreException {
        NodeRef node = nodes.get(folder);
        if (node == null) {
            Optional<StoreEntry> entry = entry(folder);
            if (entry.isEmpty()) {
                throw new StoreException(folder, Message.of("store.notFound", folder), null);
            }
            node = nodes.get(folder);
        }
        if (!files.getFileInfo(node).isFolder()) {
            throw new StoreException(folder, Message.of("store.notFolder", folder), null);
        }
        List<StoreEntry> children = new ArrayList<>();
        for (FileInfo child : files.list(node)) {
            StorePath path = folder.resolve(child.getName());
            nodes.put(path, child.getNodeRef());
            children.add(entryOf(path, child));
        }
        return children.stream();
    }

    /**
     * The document's content through {@code FileFolderService.getReader}, which reads and changes nothing
     * on the node; it refuses folders (FileFolderServiceImpl.getReader throws InvalidTypeException), so
     * a folder is refused here first, as the store SPI says.
     */
    @Override
    public InputStream open(StorePath path) throws StoreException {
        Optional<StoreEntry> entry = nodes.containsKey(path) ? Optional.of(entryOf(path, files.getFileInfo(nodes.get(path))))
                : entry(path);
        if (entry.isEmpty()) {
            throw new StoreException(path, Message.of("store.notFound", path), null);
        }
        if (entry.get().kind() != EntryKind.DOCUMENT) {
            throw new StoreException(path, Message.of("store.notDocument", path), null);
        }
        ContentReader reader = files.getReader(nodes.get(path));
        if (reader == null || !reader.exists()) {
            return InputStream.nullInputStream();
        }
        return reader.getContentInputStream();
    }

    @Override
    public StoreEntry createFolder(StorePath path) throws StoreException {
        throw new StoreException(path, Message.of("store.readOnly", path), null);
    }

    private static StoreEntry entryOf(StorePath path, FileInfo info) {
        Map<QName, Serializable> p = info.getProperties();
        Instant modified = instant(p.get(ContentModel.PROP_MODIFIED), p.get(ContentModel.PROP_CREATED));
        Optional<String> creator = Optional.ofNullable((String) p.get(ContentModel.PROP_CREATOR));
        if (info.isFolder()) {
            return new StoreEntry(path, EntryKind.FOLDER, 0, modified, creator, Optional.empty());
        }
        ContentData content = info.getContentData();
        long size = content == null ? 0 : Math.max(content.getSize(), 0);
        Serializable status = p.get(CycModel.PROP_STATUS);
        Optional<SubmissionStatus> review = Optional.ofNullable(
                status instanceof String s ? SubmissionStatus.fromJsonName(s) : null);
        Serializable submitted = p.get(CycModel.PROP_SUBMITTED_ON);
        Optional<Instant> arrived = Optional.ofNullable(submitted instanceof Date d ? d : (Date) p.get(ContentModel.PROP_CREATED))
                .map(Date::toInstant);
        return new StoreEntry(path, EntryKind.DOCUMENT, size, modified, creator, review, arrived);
    }

    private static Instant instant(Serializable first, Serializable second) {
        Serializable d = first != null ? first : second;
        return d instanceof Date date ? date.toInstant() : Instant.EPOCH;
    }
}

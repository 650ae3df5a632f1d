package it.ciclo.cmis.register;

import it.ciclo.cmis.CmisDocumentStore;
import it.ciclo.layout.FolderFinder;
import it.ciclo.layout.Layout;
import it.ciclo.layout.NameMatch;
import it.ciclo.store.StoreException;
import it.ciclo.store.StorePath;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.chemistry.opencmis.client.api.CmisObject;
import org.apache.chemistry.opencmis.client.api.Document;
import org.apache.chemistry.opencmis.client.api.DocumentType;
import org.apache.chemistry.opencmis.client.api.Folder;
import org.apache.chemistry.opencmis.commons.PropertyIds;
import org.apache.chemistry.opencmis.commons.data.ContentStream;
import org.apache.chemistry.opencmis.commons.enums.BaseTypeId;
import org.apache.chemistry.opencmis.commons.enums.VersioningState;
import org.apache.chemistry.opencmis.commons.exceptions.CmisConnectionException;

/**
 * A file Ciclo keeps in the cycle's folder of a repository (the deepest folder that holds every act
 * folder of the directive; {@code ATTIVITA' TRASVERSALI/11_Programmazione e controllo} for the seed),
 * beside the act folders, where the office sees it in Share: the events register, the directive.
 * Read and written whole, one request each; on a versionable type, as on Alfresco, every write is a
 * new version, so the repository keeps the file's past. Found by listing the folders on the way (no
 * query, so no search index is needed).
 */
final class CycleFolderFile {

    private final CmisDocumentStore store;
    private final Layout layout;
    private final StorePath folder;
    private final String name;
    private final String mediaType;

    CycleFolderFile(CmisDocumentStore store, Layout layout, String name, String mediaType) {
        this.store = Objects.requireNonNull(store, "store");
        this.layout = Objects.requireNonNull(layout, "layout");
        this.folder = layout.cycleFolder();
        this.name = Objects.requireNonNull(name, "name");
        this.mediaType = Objects.requireNonNull(mediaType, "mediaType");
    }

    /** The cycle's folder. */
    StorePath folder() {
        return folder;
    }

    /** The file's path, relative to the store's root. */
    StorePath path() {
        return folder.resolve(name);
    }

    /** Where the file is, as the user would name it. */
    String location() {
        return store.settings().url() + " " + store.absolute(folder.isRoot() ? StorePath.of(name) : path());
    }

    /** Whether the cycle's folder exists. */
    boolean folderExists() throws StoreException {
        return parent().isPresent();
    }

    /** The file's content, if the file is there. */
    Optional<byte[]> read() throws StoreException {
        Optional<Document> document = document();
        if (document.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(store.call(folder, () -> {
            ContentStream content = document.get().getContentStream();
            try (InputStream in = content.getStream()) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new CmisConnectionException(e.getMessage(), e);
            }
        }));
    }

    /**
     * Writes {@code content} as the file: a new document, or the content of the existing one replaced.
     * The caller has checked that an existing file is Ciclo's.
     *
     * @throws IllegalStateException if the cycle's folder does not exist (check {@link #folderExists})
     */
    void write(byte[] content) throws StoreException {
        Folder parent = parent().orElseThrow(() -> new IllegalStateException("no cycle folder " + folder));
        var session = store.session();
        ContentStream stream = session.getObjectFactory().createContentStream(name, content.length, mediaType,
                new ByteArrayInputStream(content));
        Optional<Document> document = document();
        StorePath path = path();
        if (document.isPresent()) {
            store.call(path, () -> document.get().setContentStream(stream, true));
        } else {
            boolean versionable = store.call(path, () -> session.getTypeDefinition(BaseTypeId.CMIS_DOCUMENT.value()))
                    instanceof DocumentType type && Boolean.TRUE.equals(type.isVersionable());
            store.call(path, () -> parent.createDocument(Map.of(PropertyIds.OBJECT_TYPE_ID, BaseTypeId.CMIS_DOCUMENT.value(),
                    PropertyIds.NAME, name), stream, versionable ? VersioningState.MAJOR : null));
        }
    }

    private Optional<Folder> parent() throws StoreException {
        if (folder.isRoot()) {
            return store.object(StorePath.ROOT, store.context()).map(Folder.class::cast);
        }
        List<StorePath> found = new FolderFinder(store, layout.match()).find(folder);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        return store.object(found.get(0), store.context()).filter(o -> o instanceof Folder).map(Folder.class::cast);
    }

    private Optional<Document> document() throws StoreException {
        Optional<Folder> parent = parent();
        if (parent.isEmpty()) {
            return Optional.empty();
        }
        NameMatch match = layout.match();
        List<CmisObject> children = store.call(folder, () -> {
            List<CmisObject> all = new ArrayList<>();
            parent.get().getChildren(store.context()).forEach(all::add);
            return all;
        });
        return children.stream().filter(c -> match.matches(c.getName(), name)).findFirst()
                .filter(c -> c instanceof Document).map(Document.class::cast);
    }
}

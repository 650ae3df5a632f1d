package it.ciclo.cmis.register;

import it.ciclo.cmis.CmisDocumentStore;
import it.ciclo.format.InvalidRegisterException;
import it.ciclo.format.RegisterFormat;
import it.ciclo.i18n.Message;
import it.ciclo.layout.ActFolder;
import it.ciclo.layout.FolderFinder;
import it.ciclo.layout.Layout;
import it.ciclo.layout.NameMatch;
import it.ciclo.register.EventRegister;
import it.ciclo.register.store.RegisterFile;
import it.ciclo.register.store.RegisterStore;
import it.ciclo.store.StoreException;
import it.ciclo.store.StorePath;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.chemistry.opencmis.client.api.CmisObject;
import org.apache.chemistry.opencmis.client.api.Document;
import org.apache.chemistry.opencmis.client.api.Folder;
import org.apache.chemistry.opencmis.commons.PropertyIds;
import org.apache.chemistry.opencmis.commons.data.ContentStream;
import org.apache.chemistry.opencmis.commons.enums.BaseTypeId;
import org.apache.chemistry.opencmis.commons.enums.VersioningState;

/**
 * The events register as a document of the repository: {@code <directive id>.eventi.json}, the same
 * JSON as beside a directive on disk, in the cycle's folder (the deepest folder that holds every act
 * folder of the directive; {@code ATTIVITA' TRASVERSALI/11_Programmazione e controllo} for the
 * seed). Office people see it in Share next to the act folders; the board never counts it.
 *
 * <p>Written whole in one request (a new document, or its content replaced: on a versionable type,
 * as on Alfresco, every write is a new version, so the repository keeps the register's past as
 * well). A document of that name that is not a register is never overwritten. Found by listing the
 * folders on the way (no query, so no search index is needed).
 */
public final class CmisRegister implements RegisterStore {

    private static final String MEDIA_TYPE = "application/json";

    private final CmisDocumentStore store;
    private final Layout layout;
    private final StorePath folder;
    private final String name;

    /**
     * The register of {@code layout}'s directive in {@code store}.
     *
     * @param store the store
     * @param layout the folders the directive implies
     */
    public CmisRegister(CmisDocumentStore store, Layout layout) {
        this.store = Objects.requireNonNull(store, "store");
        this.layout = Objects.requireNonNull(layout, "layout");
        this.folder = cycleFolder(layout);
        this.name = layout.directive().id() + RegisterFile.SUFFIX;
    }

    /** The deepest folder that holds every act folder (the root when they share none). */
    static StorePath cycleFolder(Layout layout) {
        NameMatch match = layout.match();
        List<String> common = null;
        for (ActFolder f : layout.folders()) {
            List<String> names = f.path().parent().map(StorePath::names).orElse(List.of());
            if (common == null) {
                common = new ArrayList<>(names);
            } else {
                int i = 0;
                while (i < common.size() && i < names.size() && match.matches(common.get(i), names.get(i))) {
                    i++;
                }
                common = new ArrayList<>(common.subList(0, i));
            }
        }
        return common == null || common.isEmpty() ? StorePath.ROOT : new StorePath(common);
    }

    @Override
    public String location() {
        return store.settings().url() + " " + store.absolute(folder.isRoot() ? StorePath.of(name) : folder.resolve(name));
    }

    @Override
    public EventRegister load(String directiveId) throws InvalidRegisterException, StoreException {
        Optional<Document> document = document();
        if (document.isEmpty()) {
            return EventRegister.empty(directiveId);
        }
        String text = store.call(folder, () -> {
            ContentStream content = document.get().getContentStream();
            try (InputStream in = content.getStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new org.apache.chemistry.opencmis.commons.exceptions.CmisConnectionException(e.getMessage(), e);
            }
        });
        return new RegisterFormat().read(new StringReader(text), location(), directiveId);
    }

    @Override
    public void save(EventRegister expected, EventRegister updated) throws InvalidRegisterException, StoreException {
        Optional<Folder> parent = parent();
        if (parent.isEmpty()) {
            throw new StoreException(folder, Message.of("register.noFolder", store.absolute(folder)), null);
        }
        if (!load(expected.directiveId()).equals(expected)) {
            throw new StoreException(folder, Message.of("register.conflict", location()), null);
        }
        StringWriter json = new StringWriter();
        try {
            new RegisterFormat().write(updated, layout.directive().calendar().zone(), json);
        } catch (IOException e) {
            throw new IllegalStateException("writing to a string", e);
        }
        byte[] bytes = json.toString().getBytes(StandardCharsets.UTF_8);
        var session = store.session();
        ContentStream content = session.getObjectFactory().createContentStream(name, bytes.length, MEDIA_TYPE,
                new ByteArrayInputStream(bytes));
        Optional<Document> document = document();
        StorePath path = folder.resolve(name);
        if (document.isPresent()) {
            store.call(path, () -> document.get().setContentStream(content, true));
        } else {
            boolean versionable = store.call(path, () -> session.getTypeDefinition(BaseTypeId.CMIS_DOCUMENT.value()))
                    instanceof org.apache.chemistry.opencmis.client.api.DocumentType type && Boolean.TRUE.equals(type.isVersionable());
            store.call(path, () -> parent.get().createDocument(Map.of(PropertyIds.OBJECT_TYPE_ID, BaseTypeId.CMIS_DOCUMENT.value(),
                    PropertyIds.NAME, name), content, versionable ? VersioningState.MAJOR : null));
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

    @Override
    public String toString() {
        return "CmisRegister[" + location() + "]";
    }
}

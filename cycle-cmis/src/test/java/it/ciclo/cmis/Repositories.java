package it.ciclo.cmis;

import it.ciclo.cmis.server.CmisTestServer;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.chemistry.opencmis.client.api.Document;
import org.apache.chemistry.opencmis.client.api.Folder;
import org.apache.chemistry.opencmis.client.api.QueryResult;
import org.apache.chemistry.opencmis.client.api.QueryStatement;
import org.apache.chemistry.opencmis.client.api.Session;
import org.apache.chemistry.opencmis.commons.PropertyIds;
import org.apache.chemistry.opencmis.commons.enums.VersioningState;

/** Test set-up done directly over CMIS, as a user of the repository would: folders, files, aspects. */
public final class Repositories {

    private Repositories() {
    }

    /** A fresh folder under Company Home, to serve as one test's root; returns its path. */
    public static String freshRoot(CmisTestServer server) throws Exception {
        String name = "t-" + UUID.randomUUID();
        try (CmisDocumentStore store = CmisDocumentStore.open(Servers.settings(server))) {
            store.createFolder(it.ciclo.store.StorePath.of(name));
        }
        return "/" + name;
    }

    /** Uploads a small file into folder {@code path} (absolute), with {@code properties} besides name and type. */
    public static Document upload(Session session, String folderPath, String name, Map<String, Object> properties) {
        Folder folder = (Folder) session.getObjectByPath(folderPath);
        Map<String, Object> all = new HashMap<>(properties);
        all.put(PropertyIds.OBJECT_TYPE_ID, "cmis:document");
        all.put(PropertyIds.NAME, name);
        byte[] bytes = ("contenuto di " + name).getBytes(StandardCharsets.UTF_8);
        var content = session.getObjectFactory().createContentStream(name, bytes.length, "text/plain",
                new ByteArrayInputStream(bytes));
        // InMemory refuses a versioning state on the unversionable cmis:document; Alfresco would take MAJOR.
        return folder.createDocument(all, content, (VersioningState) null);
    }

    /**
     * Every row of {@code query}, to check what a repository holds. (Ciclo itself runs no query: a
     * repository without a search index cannot answer {@code IN_TREE}; the tests' server can.)
     */
    public static List<QueryResult> rows(Session session, QueryStatement query) {
        List<QueryResult> rows = new ArrayList<>();
        session.query(query.toQueryString(), false).forEach(rows::add);
        return rows;
    }

    /** The properties that mark a file as a submission. */
    public static Map<String, Object> submission(String act, String sector, String status) {
        Map<String, Object> p = new HashMap<>();
        p.put(PropertyIds.SECONDARY_OBJECT_TYPE_IDS, List.of(CycModel.SUBMISSION));
        p.put(CycModel.ACT, act);
        p.put(CycModel.SECTOR, sector);
        p.put(CycModel.STATUS, status);
        return p;
    }
}

package it.ciclo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.ciclo.cmis.CmisDocumentStore;
import it.ciclo.cmis.CmisSettings;
import it.ciclo.cmis.RunningServer;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.chemistry.opencmis.client.api.Folder;
import org.apache.chemistry.opencmis.client.api.Session;
import org.apache.chemistry.opencmis.commons.PropertyIds;
import org.apache.chemistry.opencmis.commons.enums.VersioningState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cycle raccogli --cmis} against a real CMIS server over HTTP, on the same worked example as
 * the shared folder: the same proposals, rows and refusals, and links that fetch each file.
 */
class CollectCmisTest {

    private static final String PASSWORD = "n0n-si-vede-mai";

    @RegisterExtension
    static final RunningServer SERVER = new RunningServer();

    @TempDir
    Path dir;

    /** The worked example's files, uploaded under a fresh root folder; returns the root's path. */
    private String upload() throws Exception {
        Path local = CollectStore.make(Files.createDirectory(dir.resolve("R")));
        String root = "raccolta-" + System.nanoTime();
        try (CmisDocumentStore store = CmisDocumentStore.open(CmisSettings.of(SERVER.get().url(), "admin", PASSWORD.toCharArray()))) {
            Session session = store.session();
            Folder folder = session.getRootFolder().createFolder(Map.of(PropertyIds.OBJECT_TYPE_ID, "cmis:folder", PropertyIds.NAME, root));
            for (String path : CollectStore.files().keySet()) {
                Folder parent = folder;
                String[] names = path.split("/");
                for (int i = 0; i < names.length - 1; i++) {
                    String name = names[i];
                    Folder existing = null;
                    for (var child : parent.getChildren()) {
                        if (child.getName().equals(name) && child instanceof Folder f) {
                            existing = f;
                        }
                    }
                    parent = existing != null ? existing
                            : parent.createFolder(Map.of(PropertyIds.OBJECT_TYPE_ID, "cmis:folder", PropertyIds.NAME, name));
                }
                byte[] bytes = Files.readAllBytes(local.resolve(path));
                Map<String, Object> props = new HashMap<>(Map.of(PropertyIds.OBJECT_TYPE_ID, "cmis:document",
                        PropertyIds.NAME, names[names.length - 1]));
                parent.createDocument(props, session.getObjectFactory().createContentStream(names[names.length - 1], bytes.length,
                        "application/octet-stream", new ByteArrayInputStream(bytes)), (VersioningState) null);
            }
        }
        return "/" + root;
    }

    @Test
    void gathersTheSameFromTheRepositoryAsFromTheSharedFolderWithLinksThatOpenEachFile() throws Exception {
        String root = upload();
        Path passwordFile = Files.writeString(dir.resolve("password"), PASSWORD + "\n");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = CycleCommand.run(new String[] {"raccogli", CollectStore.DIRECTIVE.toString(), "--cmis", SERVER.get().url().toString(),
                "--user", "admin", "--password-file", passwordFile.toString(), "--cmis-root", root, "--format", "json"},
                new PrintWriter(out), new PrintWriter(err));

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString() + err).doesNotContain(PASSWORD);
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("proposals")).hasSize(24);
        assertThat(json.get("schede")).hasSize(15);
        assertThat(json.get("findings")).hasSize(12);
        List<String> skipped = new ArrayList<>();
        json.get("skipped").forEach(s -> skipped.add(s.get("file").asText() + " " + s.get("problem").asText()));
        assertThat(skipped).containsExactly(CollectStore.DUP + "Servizi Finanziari/Indirizzo 1.docx wrong-format");

        JsonNode first = json.get("proposals").get(0);
        String link = first.get("link").asText();
        assertThat(link).startsWith(SERVER.get().url().toString()).contains("/root" + root + "/").endsWith("?cmisselector=content");
        HttpURLConnection http = (HttpURLConnection) URI.create(link).toURL().openConnection();
        http.setRequestProperty("Authorization", "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD)
                .getBytes(StandardCharsets.UTF_8)));
        try (InputStream in = http.getInputStream()) {
            assertThat(in.readAllBytes()).isEqualTo(Files.readAllBytes(CollectStore.FIXTURES.resolve("indirizzo-1.doc")));
        }
        assertThat(first.get("file").asText()).isEqualTo(CollectStore.DUP + "Affari Generali/Indirizzo 1.doc");
    }
}

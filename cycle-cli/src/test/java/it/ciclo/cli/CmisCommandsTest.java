package it.ciclo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import it.ciclo.cmis.server.CmisTestServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cycle init}, {@code status} and {@code classify} with {@code --cmis}, against a real CMIS server. */
class CmisCommandsTest {

    private static final String PASSWORD = "n0n-si-vede-mai";
    private static CmisTestServer server;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        server = CmisTestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private record Run(int code, String out, String err) {
    }

    private Run cycle(String... args) throws Exception {
        Path passwordFile = dir.resolve("password");
        Files.writeString(passwordFile, PASSWORD + "\n");
        Files.setPosixFilePermissions(passwordFile, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--password-file");
        all.add(passwordFile.toString());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CycleCommand.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        assertThat(out.toString() + err).doesNotContain(PASSWORD);
        return new Run(code, out.toString(), err.toString());
    }

    private static String seed() {
        return Path.of(System.getProperty("basedir", "."), "..", "docs", "examples", "direttiva-4-2023.json").normalize().toString();
    }

    private String freshRoot() throws Exception {
        String name = "/cli-" + System.nanoTime();
        var session = it.ciclo.cmis.CmisDocumentStore.open(it.ciclo.cmis.CmisSettings.of(server.url(), "admin",
                PASSWORD.toCharArray())).session();
        session.getRootFolder().createFolder(java.util.Map.of("cmis:objectTypeId", "cmis:folder", "cmis:name", name.substring(1)));
        return name;
    }

    @Test
    void initThenStatusThenClassifyOverCmis() throws Exception {
        String root = freshRoot();
        String url = server.url().toString();
        Run init = cycle("init", seed(), "--cmis", url, "--user", "admin", "--cmis-root", root);
        assertThat(init.code()).as(init.err()).isZero();
        assertThat(init.out()).contains("creata     ATTIVITA' TRASVERSALI/11_Programmazione e controllo/E_PEG 2024_2026/Lavori Pubblici")
                .contains("Direttiva salvata nel repository: ").contains("11_Programmazione e controllo/direttiva-4-2023.direttiva.json");

        Run again = cycle("init", seed(), "--cmis", url, "--user", "admin", "--cmis-root", root);
        assertThat(again.out()).contains("La direttiva nel repository è già questa");
        assertThat(again.out()).contains("Nessuna cartella da creare");

        Run deferred = cycle("init", seed(), "--cmis", url, "--user", "admin", "--cmis-root", root,
                "--event", "bilancio-differito=2023-12-22", "--event", "bilancio-approvato=2024-02-27", "--lang", "en");
        assertThat(deferred.out()).contains("updated ATTIVITA' TRASVERSALI/11_Programmazione e controllo/F_PIAO 2024_2026: "
                + "cyc:approvalDueDate 2024-01-31 → 2024-03-28");

        Run status = cycle("status", seed(), "--cmis", url, "--user", "admin", "--cmis-root", root, "--today", "2023-10-10",
                "--format", "json");
        assertThat(status.code()).as(status.err()).isZero();
        assertThat(status.out()).contains("\"overdue\"");

        Run classify = cycle("classify", seed(), "--cmis", url, "--user", "admin", "--cmis-root", root);
        assertThat(classify.code()).as(classify.err()).isZero();
        assertThat(classify.out()).contains("Nessun file da classificare");
    }

    /**
     * Issue 9, items 1, 4 and 8 over CMIS: on a server where case counts, a folder the office wrote in
     * lower case is found by init, classify and status alike; a file in a sector's subfolder keeps its
     * real path; junk is neither classified nor counted.
     */
    @Test
    void oneMatchingRuleRealPathsAndNoJunkOverCmis() throws Exception {
        String root = freshRoot();
        String url = server.url().toString();
        String base = root + "/ATTIVITA' TRASVERSALI/11_Programmazione e controllo";
        var session = it.ciclo.cmis.CmisDocumentStore.open(it.ciclo.cmis.CmisSettings.of(server.url(), "admin",
                PASSWORD.toCharArray())).session();
        var parent = (org.apache.chemistry.opencmis.client.api.Folder) session.getObjectByPath(root);
        for (String name : List.of("ATTIVITA' TRASVERSALI", "11_Programmazione e controllo", "d_dup 2024_2026")) {
            parent = parent.createFolder(java.util.Map.of("cmis:objectTypeId", "cmis:folder", "cmis:name", name));
        }
        Run init = cycle("init", seed(), "--cmis", url, "--user", "admin", "--cmis-root", root);
        assertThat(init.code()).as(init.err()).isZero();
        assertThat(init.out()).doesNotContain("creata     ATTIVITA' TRASVERSALI/11_Programmazione e controllo/D_DUP 2024_2026\n")
                .contains("creata     ATTIVITA' TRASVERSALI/11_Programmazione e controllo/d_dup 2024_2026/Servizi Finanziari");
        upload(session, base + "/d_dup 2024_2026/Servizi Finanziari", "Nota SF.docx");
        var affari = (org.apache.chemistry.opencmis.client.api.Folder) session.getObjectByPath(base + "/E_PEG 2024_2026/Affari Generali");
        affari.createFolder(java.util.Map.of("cmis:objectTypeId", "cmis:folder", "cmis:name", "bozze"));
        upload(session, base + "/E_PEG 2024_2026/Affari Generali/bozze", "Azioni AG.docx");
        upload(session, base + "/E_PEG 2024_2026/Lavori Pubblici", "Thumbs.db");

        Run classify = cycle("classify", seed(), "--cmis", url, "--user", "admin", "--cmis-root", root);
        assertThat(classify.code()).as(classify.err()).isZero();
        assertThat(classify.out()).contains(
                "classificato ATTIVITA' TRASVERSALI/11_Programmazione e controllo/d_dup 2024_2026/Servizi Finanziari/Nota SF.docx",
                "classificato ATTIVITA' TRASVERSALI/11_Programmazione e controllo/E_PEG 2024_2026/Affari Generali/bozze/Azioni AG.docx")
                .doesNotContain("Thumbs.db");

        Run status = cycle("status", seed(), "--cmis", url, "--user", "admin", "--cmis-root", root, "--today", "2026-12-31",
                "--format", "json");
        assertThat(status.code()).as(status.err()).isZero();
        var board = new com.fasterxml.jackson.databind.ObjectMapper().readTree(status.out());
        var dupSf = BoardTruthTest.sector(board, "nota-dup", "servizi-finanziari");
        assertThat(dupSf.get("status").asText()).isEqualTo("submitted-late");
        assertThat(dupSf.get("files").get(0).get("path").asText())
                .isEqualTo("ATTIVITA' TRASVERSALI/11_Programmazione e controllo/d_dup 2024_2026/Servizi Finanziari/Nota SF.docx");
        assertThat(BoardTruthTest.sector(board, "peg", "affari-generali").get("files").get(0).get("path").asText())
                .isEqualTo("ATTIVITA' TRASVERSALI/11_Programmazione e controllo/E_PEG 2024_2026/Affari Generali/bozze/Azioni AG.docx");
        assertThat(BoardTruthTest.sector(board, "peg", "lavori-pubblici").get("status").asText()).isEqualTo("overdue");
    }

    /** Issue 9, item 10: the register kept in the repository, read by every command run on it. */
    @Test
    void theEventsRegisterLivesInTheRepositoryAndEveryCommandReadsIt() throws Exception {
        String root = freshRoot();
        String url = server.url().toString();
        assertThat(cycle("init", seed(), "--cmis", url, "--user", "admin", "--cmis-root", root).code()).isZero();
        Run record = cycle("event", "record", seed(), "bilancio-differito=2023-12-22", "--decree", "DM Interno 22/12/2023",
                "--cmis", url, "--user", "admin", "--cmis-root", root);
        assertThat(record.code()).as(record.err()).isZero();
        assertThat(record.out()).contains("voce n. 1", "ATTIVITA' TRASVERSALI/11_Programmazione e controllo/direttiva-4-2023.eventi.json");
        assertThat(cycle("evento", "registra", seed(), "bilancio-approvato=2024-02-27", "--cmis", url, "--user", "admin",
                "--cmis-root", root).code()).isZero();

        Run init = cycle("init", seed(), "--cmis", url, "--user", "admin", "--cmis-root", root, "--lang", "en");
        assertThat(init.out()).as("no --event: the register's dates").contains(
                "updated ATTIVITA' TRASVERSALI/11_Programmazione e controllo/F_PIAO 2024_2026: cyc:approvalDueDate 2024-01-31 → 2024-03-28");
        Run status = cycle("status", seed(), "--cmis", url, "--user", "admin", "--cmis-root", root, "--today", "2024-01-10",
                "--format", "json");
        assertThat(BoardTruthTest.act(new com.fasterxml.jackson.databind.ObjectMapper().readTree(status.out()), "piao")
                .get("approvalDue").asText()).isEqualTo("2024-03-28");
        Run list = cycle("event", "list", seed(), "--cmis", url, "--user", "admin", "--cmis-root", root);
        assertThat(list.out()).contains("DM Interno 22/12/2023", "admin", "in vigore");
        Path local = Path.of(seed()).resolveSibling("direttiva-4-2023.eventi.json");
        assertThat(local).as("nothing written beside the directive").doesNotExist();
    }

    /** Issue 9, item 8: a run that only updates properties says that no folder was created. */
    @Test
    void initSaysNoFolderWasCreatedWhenItOnlyUpdatedProperties() throws Exception {
        String root = freshRoot();
        String url = server.url().toString();
        assertThat(cycle("init", seed(), "--cmis", url, "--user", "admin", "--cmis-root", root).code()).isZero();
        Run deferred = cycle("init", seed(), "--cmis", url, "--user", "admin", "--cmis-root", root,
                "--event", "bilancio-differito=2023-12-22", "--event", "bilancio-approvato=2024-02-27");
        assertThat(deferred.code()).as(deferred.err()).isZero();
        assertThat(deferred.out()).contains("nessuna cartella creata").doesNotContain("1 cartella creata");
        Run dry = cycle("init", seed(), "--cmis", url, "--user", "admin", "--cmis-root", root, "--dry-run",
                "--event", "bilancio-differito=2023-12-22", "--event", "bilancio-approvato=2024-02-28");
        assertThat(dry.out()).contains("nessuna cartella sarebbe creata").doesNotContain("1 cartella sarebbe creata");
    }

    private static void upload(org.apache.chemistry.opencmis.client.api.Session session, String folder, String name) {
        var f = (org.apache.chemistry.opencmis.client.api.Folder) session.getObjectByPath(folder);
        byte[] bytes = name.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        f.createDocument(java.util.Map.of("cmis:objectTypeId", "cmis:document", "cmis:name", name),
                session.getObjectFactory().createContentStream(name, bytes.length, "text/plain", new java.io.ByteArrayInputStream(bytes)),
                (org.apache.chemistry.opencmis.commons.enums.VersioningState) null);
    }

    @Test
    void aMissingPasswordIsExplainedAndExitsWith2() {
        CmisOptions options = new CmisOptions();
        options.cmis = server.url().toString();
        options.user = "admin";
        options.cmisRoot = "/";
        options.environment = name -> null;
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> options.open(java.util.Locale.ITALIAN))
                .isInstanceOf(UnusableInputException.class)
                .hasMessageContaining("CICLO_CMIS_PASSWORD").hasMessageContaining("--password-file");
    }

    @Test
    void thePasswordComesFromTheEnvironmentWhenNoFileIsGiven() throws Exception {
        CmisOptions options = new CmisOptions();
        options.cmis = server.url().toString();
        options.user = "admin";
        options.cmisRoot = "/";
        options.environment = name -> CmisOptions.PASSWORD_VARIABLE.equals(name) ? PASSWORD : null;
        try (var store = options.open(java.util.Locale.ITALIAN)) {
            assertThat(store.toString()).doesNotContain(PASSWORD);
        }
    }

    @Test
    void wrongCredentialsExitWith2AndSaySo() throws Exception {
        server.gate().requireCredentials("admin", "altra-password");
        try {
            Run run = cycle("status", seed(), "--cmis", server.url().toString(), "--user", "admin", "--lang", "en");
            assertThat(run.code()).isEqualTo(2);
            assertThat(run.err()).contains("401").contains("CICLO_CMIS_PASSWORD");
        } finally {
            server.gate().heal();
        }
    }

    @Test
    void aForbiddenUserExitsWith2AndSaysWhichRightIsMissing() throws Exception {
        server.gate().forbid(java.util.Set.of("ospite"));
        try {
            Run run = cycle("init", seed(), "--cmis", server.url().toString(), "--user", "ospite");
            assertThat(run.code()).isEqualTo(2);
            assertThat(run.err()).contains("403").contains("ospite");
        } finally {
            server.gate().heal();
        }
    }

    @Test
    void aMissingRootExitsWith2() throws Exception {
        Run run = cycle("status", seed(), "--cmis", server.url().toString(), "--user", "admin", "--cmis-root", "/non-esiste");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("/non-esiste").contains("404").contains("--cmis-root");
    }

    @Test
    void aRefusedConnectionExitsWith3() throws Exception {
        int port;
        try (var socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        Run run = cycle("status", seed(), "--cmis", "http://127.0.0.1:" + port + CmisTestServer.BROWSER_PATH,
                "--user", "admin", "--lang", "en");
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains("does not answer").contains("127.0.0.1:" + port);
    }
}

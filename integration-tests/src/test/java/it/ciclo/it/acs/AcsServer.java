package it.ciclo.it.acs;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * One real ACS 23.8 for the whole test run, started once (about a minute, more on a loaded machine)
 * and stopped when the run ends.
 *
 * <p>It is started the way a Comune would meet the module: first a repository <em>without</em> it,
 * in which the office has already made its programming folders and a group with the reviewers' name
 * ({@link #before()}), then the same repository restarted with the module installed. So the install
 * tests see adoption, not a clean slate.
 */
public final class AcsServer implements AutoCloseable {

    /** What the repository held before the module was installed. */
    public record Before(String rootParentId, String rootId, String groupId, String groupDisplayName, String templateId) {
    }

    public static final String ADMIN_PASSWORD = "admin";
    /** The module's default programming root. */
    public static final String ROOT_PATH = "ATTIVITA' TRASVERSALI/11_Programmazione e controllo";

    private final AcsKit kit;
    private final Path amp;
    private final Path shareServices;
    private final Path extraProperties;
    private Before before;

    private AcsServer(AcsKit kit, Path amp, Path shareServices, Path extraProperties) {
        this.kit = kit;
        this.amp = amp;
        this.shareServices = shareServices;
        this.extraProperties = extraProperties;
    }

    static AcsServer startForTests() {
        Path target = Path.of("target");
        AcsKit kit = new AcsKit(Path.of(property("ciclo.acs.kit")), Path.of(property("ciclo.acs.home")),
                Integer.parseInt(property("ciclo.acs.port")), Integer.parseInt(property("ciclo.acs.pgPort")),
                target.resolve("acs-logs"), property("ciclo.maven"));
        Path amp = Path.of(property("ciclo.amp"));
        Path shareServices = Path.of(property("ciclo.share.kit")).resolve("alfresco-share-services-23.8.0.10.jar");
        Path extra = target.resolve("acs-extra.properties");
        try {
            Files.createDirectories(target);
            // Nothing to override today: the module's own defaults are what is tested.
            Files.writeString(extra, "# appended to alfresco-global.properties by acs.sh\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        AcsServer server = new AcsServer(kit, amp, shareServices, extra);
        kit.setup();
        kit.reset();
        kit.start(List.of(shareServices), extra);
        server.before = server.prepareOfficeFolders();
        kit.stop();
        server.startWithModule(amp);
        return server;
    }

    /** Restarts ACS on the same repository with {@code module} (another build of the AMP) installed. */
    public void restartWith(Path module) {
        kit.stop();
        startWithModule(module);
    }

    /** The {@code alfresco.war} this ACS was assembled from (its {@code WEB-INF/lib} is ACS's own libraries). */
    public Path war() {
        return kit.home().resolve("dist").resolve("alfresco.war");
    }

    /** ACS's log ({@code alfresco.log}) as it is now. */
    public String log() {
        try {
            return Files.readString(kit.home().resolve("tomcat/logs/alfresco.log"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The AMP under test. */
    public Path amp() {
        return amp;
    }

    private void startWithModule(Path module) {
        kit.start(List.of(shareServices, module), extraProperties);
    }

    /** What the office had made before the module came. */
    public Before before() {
        return before;
    }

    public String url() {
        return kit.url();
    }

    /** The CMIS browser binding's URL. */
    public String cmisUrl() {
        return kit.url() + "/api/-default-/public/cmis/versions/1.1/browser";
    }

    public AcsRest admin() {
        return as("admin", ADMIN_PASSWORD);
    }

    public AcsRest as(String user, String password) {
        return new AcsRest(kit.url(), user, password);
    }

    /**
     * ACS's own database (the kit's PostgreSQL, trust authentication on loopback). Only to move a
     * timer's due date, which no public API can: the engine runs any timer whose due date has passed.
     */
    public Connection database() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + kit.pgPort() + "/alfresco", "alfresco", "alfresco");
    }

    /** Creates user {@code name} (password {@code name}-pw) if missing, in the given groups (ids without GROUP_). */
    public AcsRest user(String name, String... groups) {
        AcsRest admin = admin();
        if (admin.get("people/" + name).status() == 404) {
            admin.post("people", Map.of("id", name, "firstName", name, "lastName", "Ciclo", "email", name + "@comune.example",
                    "password", name + "-pw")).entry();
        }
        for (String group : groups) {
            if (admin.get("groups/GROUP_" + group).status() == 404) {
                admin.post("groups", Map.of("id", group, "displayName", group)).entry();
            }
            AcsRest.Answer added = admin.post("groups/GROUP_" + group + "/members", Map.of("id", name, "memberType", "PERSON"));
            if (!added.ok() && added.status() != 409) {
                throw new AssertionError("adding " + name + " to " + group + ": HTTP " + added.status() + " " + added.text());
            }
        }
        return as(name, name + "-pw");
    }

    /** The folders and the group an office already working in Alfresco has. */
    private Before prepareOfficeFolders() {
        AcsRest admin = admin();
        String[] names = ROOT_PATH.split("/");
        JsonNode parent = admin.post("nodes/-root-/children", Map.of("name", names[0], "nodeType", "cm:folder")).entry();
        JsonNode root = admin.post("nodes/" + parent.path("id").asText() + "/children",
                Map.of("name", names[1], "nodeType", "cm:folder")).entry();
        JsonNode template = admin.upload(root.path("id").asText(), "Istruzioni 2024.txt",
                "Cartella dell'Ufficio Programmazione".getBytes(StandardCharsets.UTF_8)).entry();
        String displayName = "Ufficio Programmazione (gruppo esistente)";
        JsonNode group = admin.post("groups", Map.of("id", "CicloProgrammazione", "displayName", displayName)).entry();
        return new Before(parent.path("id").asText(), root.path("id").asText(), group.path("id").asText(), displayName,
                template.path("id").asText());
    }

    @Override
    public void close() {
        kit.stop();
    }

    static String property(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + name + " is not set (run through Maven: ./mvnw verify)");
        }
        return value;
    }
}

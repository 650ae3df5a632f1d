package it.ciclo.it;

import static it.ciclo.it.ModuleInstallIT.encode;
import static it.ciclo.it.ReviewIT.bytes;
import static it.ciclo.it.ReviewIT.complete;
import static it.ciclo.it.ReviewIT.node;
import static it.ciclo.it.ReviewIT.openTask;
import static it.ciclo.it.ReviewIT.processOf;
import static it.ciclo.it.ReviewIT.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import it.ciclo.it.acs.Acs;
import it.ciclo.it.acs.AcsRest;
import it.ciclo.it.acs.AcsServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Restarts and upgrades of a repository with reviews under way: an upgraded module whose review
 * process changed deploys a new version while the running review finishes on its own; a restart with
 * the same module deploys and installs nothing again. Runs last (after share-ui's live checks too):
 * it restarts ACS.
 */
@Order(Integer.MAX_VALUE)
@ExtendWith(Acs.class)
class UpgradeIT {

    private static final String BPMN = "config/alfresco/module/ciclo-platform/workflow/submission-review.bpmn20.xml";

    @Test
    void anUpgradeWithAChangedProcessDeploysANewVersionAndARestartNothing(AcsServer acs) throws IOException {
        AcsRest admin = acs.admin();
        AcsRest mrossi = acs.user("mrossi", "ciclo-lavori-pubblici");
        AcsRest lbianchi = acs.user("lbianchi", "CicloProgrammazione");
        String id = mrossi.upload(node(ReviewIT.PEG + "/Lavori Pubblici").path("id").asText(), "PEG LP prima dell'aggiornamento.docx",
                bytes("azioni")).entry().path("id").asText();
        JsonNode running = processOf(id);
        int before = newestVersion(admin);

        Path upgraded = upgradedAmp(acs.amp(), "0.1.1", "Revisione documento del ciclo (rivista)");
        acs.restartWith(upgraded);

        assertThat(modules(admin)).contains("ciclo-platform 0.1.1");
        assertThat(newestVersion(admin)).isEqualTo(before + 1);
        assertThat(newestName(admin)).isEqualTo("Revisione documento del ciclo (rivista)");
        assertInstalledOnce(acs, admin);

        // The review started before the upgrade goes on, and ends, on the version it started with.
        assertThat(admin.workflowGet("processes/" + running.path("id").asText()).entry().path("processDefinitionId").asText())
                .isEqualTo(running.path("processDefinitionId").asText());
        String task = openTask(running.path("id").asText(), "review");
        assertThat(lbianchi.workflowPut("tasks/" + task + "?select=state", Map.of("state", "claimed")).ok()).isTrue();
        assertThat(complete(lbianchi, task, "approve", null).ok()).isTrue();
        assertThat(waitFor(id, p -> "approved".equals(p.path("cyc:status").asText())).path("cyc:reviewer").asText())
                .isEqualTo("lbianchi");

        acs.restartWith(upgraded);
        assertThat(newestVersion(admin)).isEqualTo(before + 1);
        assertInstalledOnce(acs, admin);
    }

    private static void assertInstalledOnce(AcsServer acs, AcsRest admin) {
        List<String> groups = new ArrayList<>();
        admin.get("groups?maxItems=1000").json().path("list").path("entries")
                .forEach(e -> groups.add(e.path("entry").path("id").asText()));
        assertThat(groups).filteredOn(g -> g.startsWith("GROUP_Ciclo"))
                .containsExactlyInAnyOrder("GROUP_CicloProgrammazione", "GROUP_CicloSegreteria");
        JsonNode rules = admin.raw("/s/api/node/workspace/SpacesStore/" + acs.before().rootId() + "/ruleset/rules").json();
        assertThat(rules.path("data")).hasSize(1);
        assertThat(admin.get("nodes/" + acs.before().rootParentId() + "/children").json().path("list").path("entries"))
                .hasSize(1);
    }

    private static List<String> modules(AcsRest admin) {
        List<String> ids = new ArrayList<>();
        admin.raw("/api/discovery").json().path("entry").path("repository").path("modules")
                .forEach(m -> ids.add(m.path("id").asText() + " " + m.path("version").asText()));
        return ids;
    }

    /** The process's versions, as the workflow API lists them (every version, not only the newest). */
    private static List<JsonNode> versions(AcsRest admin) {
        List<JsonNode> versions = new ArrayList<>();
        admin.workflowGet("process-definitions?where=" + encode("(key='cicloSubmissionReview')") + "&maxItems=1000")
                .json().path("list").path("entries").forEach(e -> versions.add(e.path("entry")));
        versions.sort(Comparator.comparingInt(v -> v.path("version").asInt()));
        return versions;
    }

    private static JsonNode newest(AcsRest admin) {
        List<JsonNode> versions = versions(admin);
        assertThat(versions).isNotEmpty();
        // Versions are numbered from 1 without gaps: as many versions as the newest's number.
        assertThat(versions.get(versions.size() - 1).path("version").asInt()).isEqualTo(versions.size());
        return versions.get(versions.size() - 1);
    }

    private static int newestVersion(AcsRest admin) {
        return newest(admin).path("version").asInt();
    }

    private static String newestName(AcsRest admin) {
        return newest(admin).path("name").asText();
    }

    /** The AMP under test as a later release would ship it: another version, a process with another name. */
    private static Path upgradedAmp(Path amp, String version, String processName) throws IOException {
        Path out = Path.of("target", "upgrade", "alfresco-extension-" + version + ".amp");
        Files.createDirectories(out.getParent());
        try (ZipFile in = new ZipFile(amp.toFile()); OutputStream file = Files.newOutputStream(out);
             ZipOutputStream zip = new ZipOutputStream(file)) {
            for (ZipEntry entry : Collections.list(in.entries())) {
                byte[] content;
                try (InputStream data = in.getInputStream(entry)) {
                    content = data.readAllBytes();
                }
                String text = new String(content, StandardCharsets.UTF_8);
                if (entry.getName().equals("module.properties")) {
                    content = text.replaceFirst("(?m)^module.version=.*$", "module.version=" + version)
                            .getBytes(StandardCharsets.UTF_8);
                } else if (entry.getName().equals(BPMN)) {
                    String changed = text.replace("name=\"Revisione documento del ciclo\"", "name=\"" + processName + "\"");
                    assertThat(changed).isNotEqualTo(text);
                    content = changed.getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(content);
                zip.closeEntry();
            }
        }
        return out;
    }
}

package it.ciclo.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import it.ciclo.it.acs.Acs;
import it.ciclo.it.acs.AcsRest;
import it.ciclo.it.acs.AcsServer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The platform module installed into a repository where the office had already made its programming
 * folders and a group with the reviewers' name ({@link AcsServer#before()}): ACS starts, lists the
 * module, adopts what exists and adds only what is missing, once.
 */
@Order(1)
@ExtendWith(Acs.class)
class ModuleInstallIT {

    static final String RULE_TITLE = "Ciclo: consegna dei documenti dei Settori";

    @Test
    void acsListsTheModuleAsInstalled(AcsServer acs) {
        JsonNode modules = acs.admin().raw("/api/discovery").json().path("entry").path("repository").path("modules");
        List<String> ids = new ArrayList<>();
        modules.forEach(m -> ids.add(m.path("id").asText() + " " + m.path("version").asText()));
        assertThat(ids).anyMatch(m -> m.startsWith("ciclo-platform 0.1.0"));
    }

    @Test
    void theLogSaysWhatTheModuleInstalled(AcsServer acs) {
        assertThat(acs.log())
                .contains("Installing module 'ciclo-platform' version 0.1.0")
                .contains("Ciclo installed on " + AcsServer.ROOT_PATH + ": groups created [GROUP_CicloSegreteria],"
                        + " folders created [], rule added")
                .contains("Ciclo: deployed the review process cicloSubmissionReview version 1");
    }

    @Test
    void theOfficesFoldersAreAdoptedAsTheyAre(AcsServer acs) {
        AcsRest admin = acs.admin();
        JsonNode root = admin.get("nodes/-root-?relativePath=" + encode(AcsServer.ROOT_PATH)).entry();
        assertThat(root.path("id").asText()).isEqualTo(acs.before().rootId());
        assertThat(admin.get("nodes/" + acs.before().templateId()).entry().path("parentId").asText())
                .isEqualTo(acs.before().rootId());
        JsonNode children = admin.get("nodes/-root-/children?where=" + encode("(isFolder=true)") + "&maxItems=1000").json();
        assertThat(names(children)).filteredOn(n -> n.equalsIgnoreCase("ATTIVITA' TRASVERSALI")).hasSize(1);
    }

    @Test
    void theExistingGroupIsAdoptedAndTheMissingOneCreated(AcsServer acs) {
        AcsRest admin = acs.admin();
        JsonNode groups = admin.get("groups?maxItems=1000").json();
        List<String> ids = new ArrayList<>();
        groups.path("list").path("entries").forEach(e -> ids.add(e.path("entry").path("id").asText()));
        assertThat(ids).filteredOn(id -> id.equalsIgnoreCase("GROUP_CicloProgrammazione")).hasSize(1);
        assertThat(ids).filteredOn(id -> id.equalsIgnoreCase("GROUP_CicloSegreteria")).hasSize(1);
        assertThat(admin.get("groups/GROUP_CicloProgrammazione").entry().path("displayName").asText())
                .isEqualTo(acs.before().groupDisplayName());
        assertThat(admin.get("groups/GROUP_CicloSegreteria").entry().path("displayName").asText())
                .isEqualTo("Ciclo - Segreteria Generale");
    }

    @Test
    void theRootHasTheRuleOnceAndBothGroupsAsCollaborators(AcsServer acs) {
        AcsRest admin = acs.admin();
        JsonNode rules = admin.raw("/s/api/node/workspace/SpacesStore/" + acs.before().rootId() + "/ruleset/rules").json();
        List<String> titles = new ArrayList<>();
        rules.path("data").forEach(r -> titles.add(r.path("title").asText()));
        assertThat(titles).containsExactly(RULE_TITLE);
        JsonNode rule = admin.raw(rules.path("data").get(0).path("url").asText().replaceFirst("^/api", "/s/api")).json();
        assertThat(rule.path("applyToChildren").asBoolean()).isTrue();
        assertThat(rule.path("disabled").asBoolean()).isFalse();
        assertThat(rule.path("action").path("actions").get(0).path("actionDefinitionName").asText())
                .isEqualTo("ciclo-submission");

        JsonNode permissions = admin.get("nodes/" + acs.before().rootId() + "?include=permissions").entry()
                .path("permissions").path("locallySet");
        List<String> granted = new ArrayList<>();
        permissions.forEach(p -> granted.add(p.path("authorityId").asText() + "=" + p.path("name").asText()));
        assertThat(granted).contains("GROUP_CicloProgrammazione=Collaborator", "GROUP_CicloSegreteria=Collaborator");
    }

    @Test
    void theReviewProcessIsDeployedOnce(AcsServer acs) {
        JsonNode definitions = acs.admin()
                .workflowGet("process-definitions?where=" + encode("(key='cicloSubmissionReview')")).json();
        assertThat(definitions.path("list").path("entries")).hasSize(1);
        assertThat(definitions.path("list").path("entries").get(0).path("entry").path("version").asInt()).isEqualTo(1);
    }

    /**
     * ADR 0007: the AMP ships only what ACS lacks, and what it leaves out ACS has, on the lines cycle-core
     * and jollyday need. Read from the real {@code alfresco.war} of ACS 23.8 (25.x: see docs/admin).
     */
    @Test
    void theAmpShipsNoLibraryAcsHasAndAcsHasTheOnesItLeavesOut(AcsServer acs) throws Exception {
        List<String> war = new ArrayList<>();
        try (ZipFile file = new ZipFile(acs.war().toFile())) {
            file.stream().map(ZipEntry::getName).filter(n -> n.startsWith("WEB-INF/lib/") && n.endsWith(".jar"))
                    .forEach(n -> war.add(n.substring("WEB-INF/lib/".length())));
        }
        List<String> amp = new ArrayList<>();
        try (ZipFile file = new ZipFile(acs.amp().toFile())) {
            file.stream().map(ZipEntry::getName).filter(n -> n.startsWith("lib/") && n.endsWith(".jar"))
                    .forEach(n -> amp.add(n.substring("lib/".length())));
        }
        assertThat(amp).hasSize(5).allSatisfy(lib ->
                assertThat(war).as("ACS already has " + artifact(lib)).noneMatch(w -> artifact(w).equals(artifact(lib))));
        assertThat(war).anyMatch(w -> w.matches("jackson-core-2\\..*\\.jar"))
                .anyMatch(w -> w.matches("jakarta\\.xml\\.bind-api-4\\..*\\.jar"))
                .anyMatch(w -> w.matches("jaxb-runtime-4\\..*\\.jar"))
                .anyMatch(w -> w.matches("slf4j-api-2\\..*\\.jar"))
                .anyMatch(w -> w.matches("activiti-engine-5\\.23\\..*\\.jar"))
                .noneMatch(w -> w.startsWith("jspecify-"));
    }

    /** A jar's artifact name: its file name without the version. */
    private static String artifact(String jar) {
        return jar.replaceFirst("-\\d.*$", "");
    }

    static List<String> names(JsonNode list) {
        List<String> names = new ArrayList<>();
        list.path("list").path("entries").forEach(e -> names.add(e.path("entry").path("name").asText()));
        return names;
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}

package it.ciclo.it;

import static it.ciclo.it.ModuleInstallIT.encode;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import it.ciclo.it.acs.Acs;
import it.ciclo.it.acs.AcsRest;
import it.ciclo.it.acs.AcsServer;
import it.ciclo.it.acs.Cycle;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The cycle in a real ACS, as its people live it: the Ufficio provisions the directive's folders with
 * {@code cycle init --cmis}; staff of a Settore upload into their folder; the reviewers decide through
 * the workflow API (what Share calls); the review escalates when its deadline passes. Every assertion
 * is on what ACS answers.
 */
@Order(2)
@ExtendWith(Acs.class)
class ReviewIT {

    static final String PROGRAMMING = AcsServer.ROOT_PATH;
    static final String PEG = PROGRAMMING + "/E_PEG 2024_2026";
    static final String PIAO = PROGRAMMING + "/F_PIAO 2024_2026";
    static final String SELF_APPROVAL = "Non si può approvare un documento di cui si è autori";

    private static AcsServer acs;
    private static AcsRest admin;
    /** A Settore's staff member. */
    private static AcsRest mrossi;
    /** Reviewers (Ufficio Programmazione). */
    private static AcsRest lbianchi;
    private static AcsRest uprog;

    @BeforeAll
    static void provision(AcsServer server) {
        acs = server;
        admin = acs.admin();
        mrossi = acs.user("mrossi", "ciclo-lavori-pubblici");
        lbianchi = acs.user("lbianchi", "CicloProgrammazione");
        uprog = acs.user("uprog", "CicloProgrammazione");
        acs.user("segretario", "CicloSegreteria");
        for (String sector : List.of("ciclo-affari-generali", "ciclo-servizi-finanziari", "ciclo-servizi-persona")) {
            if (admin.get("groups/GROUP_" + sector).status() == 404) {
                admin.post("groups", Map.of("id", sector, "displayName", sector)).entry();
            }
        }
        Cycle.Run init = Cycle.run(acs, "init", Cycle.exampleDirective().toString(), "--permissions");
        assertThat(init.exit()).as(init.out() + init.err()).isZero();
        assertThat(init.out()).contains("E_PEG 2024_2026/Lavori Pubblici").contains("Direttiva salvata nel repository");
    }

    @Test
    void initProvisionsTheDirectivesFoldersWithTheirAspects() {
        JsonNode act = node(PEG);
        assertThat(strings(act.path("aspectNames"))).contains("cyc:actFolder");
        assertThat(act.path("properties").path("cyc:actId").asText()).isEqualTo("peg");
        JsonNode sector = node(PEG + "/Lavori Pubblici");
        assertThat(strings(sector.path("aspectNames"))).contains("cyc:sectorFolder");
        assertThat(sector.path("properties").path("cyc:sectorId").asText()).isEqualTo("lavori-pubblici");

        Cycle.Run again = Cycle.run(acs, "init", Cycle.exampleDirective().toString());
        assertThat(again.exit()).isZero();
        assertThat(again.out()).contains("Nessuna cartella da creare");
    }

    @Test
    void theInheritedRuleReachesEveryActAndSectorFolder() {
        List<String> folders = new ArrayList<>();
        // The seed's fourth act folder, C_Aggiornamento PEG 2022-2024, is one an error of the directive
        // targets (the wrong triennium): init leaves it out unless told otherwise.
        assertThat(admin.get("nodes/-root-?relativePath=" + encode(PROGRAMMING + "/C_Aggiornamento PEG 2022-2024")).status())
                .isEqualTo(404);
        for (String act : List.of("D_DUP 2024_2026", "E_PEG 2024_2026", "F_PIAO 2024_2026")) {
            folders.add(PROGRAMMING + "/" + act);
            for (String sector : List.of("Affari Generali", "Servizi Finanziari", "Lavori Pubblici", "Servizi alla Persona")) {
                folders.add(PROGRAMMING + "/" + act + "/" + sector);
            }
        }
        for (String folder : folders) {
            JsonNode ruleset = admin.raw("/s/api/node/workspace/SpacesStore/" + node(folder).path("id").asText()
                    + "/ruleset?includeInherited=true").json();
            List<String> inherited = new ArrayList<>();
            ruleset.path("data").path("inheritedRules").forEach(r -> inherited.add(r.path("title").asText()));
            assertThat(inherited).as(folder).contains(ModuleInstallIT.RULE_TITLE);
        }
    }

    @Test
    void aFileUploadedBySectorStaffBecomesASubmissionAndItsReviewStarts() {
        JsonNode document = mrossi.upload(node(PEG + "/Lavori Pubblici").path("id").asText(), "PEG Lavori Pubblici.docx",
                bytes("proposte di azioni")).entry();
        String id = document.path("id").asText();

        JsonNode submission = waitFor(id, p -> "in-review".equals(p.path("cyc:status").asText()));
        assertThat(submission.path("cyc:act").asText()).isEqualTo("peg");
        assertThat(submission.path("cyc:sector").asText()).isEqualTo("lavori-pubblici");
        // For people (Share's document library line): the title and the name cycle init gave the folders.
        assertThat(submission.path("cyc:actLabel").asText()).isEqualTo("PEG - Piano Esecutivo di Gestione 2024-2026");
        assertThat(submission.path("cyc:sectorLabel").asText()).isEqualTo("Settore Lavori Pubblici");
        assertThat(submission.path("cyc:cycle").asText()).isNotBlank();
        assertThat(submission.path("cyc:dueDate").asText()).startsWith("2023-10-0");
        // The directive's internal deadline for the PEG was 5 October 2023: today is later.
        assertThat(submission.path("cyc:late").asBoolean()).isTrue();
        assertThat(submission.has("cyc:trackingProblem")).isFalse();

        JsonNode process = processOf(id);
        assertThat(process.path("startUserId").asText()).isEqualTo("mrossi");
        // The start task is of the module's type (Share picks the Workflow Details form by it), also in the
        // ACS run whose start deployed the process (WorkflowQNameConverter caches a name it could not resolve).
        JsonNode start = admin.raw("/s/api/task-instances/activiti$start" + process.path("id").asText()).json();
        assertThat(start.path("data").path("definition").path("type").path("name").asText()).isEqualTo("cycwf:submitTask");
        // The module's writes leave the document's last modifier alone.
        assertThat(admin.get("nodes/" + id).entry().path("modifiedByUser").path("id").asText()).isEqualTo("mrossi");
    }

    @Test
    void theAuthorCannotApproveTheirFileEvenAfterRewritingTheTaskVariables() {
        String id = uprog.upload(node(PEG + "/Servizi Finanziari").path("id").asText(), "PEG SF.docx",
                bytes("azioni")).entry().path("id").asText();
        String task = openTask(processOf(id).path("id").asText(), "review");

        assertThat(uprog.workflowPut("tasks/" + task + "?select=state", Map.of("state", "claimed")).ok()).isTrue();
        // What a participant can write through the v1 API (TasksImpl.updateVariableInTask), both scopes.
        for (String scope : List.of("local", "global")) {
            AcsRest.Answer rewritten = uprog.workflowPost("tasks/" + task + "/variables",
                    List.of(Map.of("name", "cycwf_author", "value", "lbianchi", "scope", scope, "type", "d:text")));
            assertThat(rewritten.ok()).as(rewritten.text()).isTrue();
        }
        AcsRest.Answer approval = complete(uprog, task, "approve", null);
        assertThat(approval.ok()).isFalse();
        assertThat(approval.text()).contains(SELF_APPROVAL);
        assertThat(openTask(processOf(id).path("id").asText(), "review")).isEqualTo(task);

        assertThat(uprog.workflowPut("tasks/" + task + "?select=state", Map.of("state", "unclaimed")).ok()).isTrue();
        assertThat(lbianchi.workflowPut("tasks/" + task + "?select=state", Map.of("state", "claimed")).ok()).isTrue();
        assertThat(complete(lbianchi, task, "approve", null).ok()).isTrue();
        JsonNode approved = waitFor(id, p -> "approved".equals(p.path("cyc:status").asText()));
        assertThat(approved.path("cyc:reviewer").asText()).isEqualTo("lbianchi");
        assertThat(approved.path("cyc:reviewOutcome").asText()).isEqualTo("approve");
    }

    @Test
    void changesRequestedThenResubmittedThenApproved() {
        String id = mrossi.upload(node(PEG + "/Lavori Pubblici").path("id").asText(), "PEG LP bozza.docx",
                bytes("prima stesura")).entry().path("id").asText();
        String process = processOf(id).path("id").asText();
        String review = openTask(process, "review");
        assertThat(lbianchi.workflowPut("tasks/" + review + "?select=state", Map.of("state", "claimed")).ok()).isTrue();

        AcsRest.Answer noComment = complete(lbianchi, review, "requestChanges", null);
        assertThat(noComment.ok()).isFalse();
        assertThat(noComment.text()).contains("Per chiedere modifiche scrivere nel commento");
        assertThat(complete(lbianchi, review, "requestChanges", "Mancano gli indicatori").ok()).isTrue();

        JsonNode changes = waitFor(id, p -> "changes-requested".equals(p.path("cyc:status").asText()));
        assertThat(changes.path("cyc:reviewComment").asText()).isEqualTo("Mancano gli indicatori");
        String revision = openTask(process, "revision");
        assertThat(mrossi.workflowGet("tasks/" + revision).entry().path("assignee").asText()).isEqualTo("mrossi");

        AcsRest.Answer resubmitted = mrossi.workflowPut("tasks/" + revision + "?select=state,variables", Map.of(
                "state", "completed",
                "variables", List.of(Map.of("name", "cycwf_revisionOutcome", "value", "resubmit", "scope", "local"))));
        assertThat(resubmitted.ok()).as(resubmitted.text()).isTrue();
        String second = openTask(process, "review");
        assertThat(waitFor(id, p -> "in-review".equals(p.path("cyc:status").asText())).has("cyc:reviewComment")).isFalse();

        assertThat(lbianchi.workflowPut("tasks/" + second + "?select=state", Map.of("state", "claimed")).ok()).isTrue();
        assertThat(complete(lbianchi, second, "approve", null).ok()).isTrue();
        JsonNode approved = waitFor(id, p -> "approved".equals(p.path("cyc:status").asText()));
        assertThat(approved.path("cyc:reviewer").asText()).isEqualTo("lbianchi");
    }

    @Test
    void aReviewStillOpenAfterItsLastDayEscalatesEvenIfTheAuthorCanNoLongerWriteTheFile() throws Exception {
        String id = mrossi.upload(node(PIAO + "/Lavori Pubblici").path("id").asText(), "Schede PIAO LP.xlsx",
                bytes("schede")).entry().path("id").asText();
        String process = processOf(id).path("id").asText();
        openTask(process, "review");

        // The author loses write access and the file is locked by someone else: the escalation's
        // write on it is the module's, not the author's (ACS runs timers as the initiator).
        assertThat(admin.put("nodes/" + id, Map.of("permissions", Map.of("isInheritanceEnabled", false,
                "locallySet", List.of(Map.of("authorityId", "mrossi", "name", "Consumer", "accessStatus", "ALLOWED"))))).ok())
                .isTrue();
        assertThat(admin.post("nodes/" + id + "/lock", Map.of("type", "FULL", "lifetime", "PERSISTENT")).ok()).isTrue();
        assertThat(mrossi.put("nodes/" + id, Map.of("properties", Map.of("cm:title", "x"))).ok()).isFalse();

        // The review's last day passes: move its timer to now (the engine runs timers that are due).
        try (Connection db = acs.database();
             PreparedStatement due = db.prepareStatement(
                     "update act_ru_job set duedate_ = now() - interval '1 minute' where process_instance_id_ = ? and type_ = 'timer'")) {
            due.setString(1, process);
            assertThat(due.executeUpdate()).isEqualTo(1);
        }

        String escalated = openTask(process, "escalatedReview", Duration.ofMinutes(3));
        JsonNode candidates = admin.workflowGet("tasks/" + escalated + "/candidates").json();
        List<String> groups = new ArrayList<>();
        candidates.path("list").path("entries").forEach(e -> groups.add(e.path("entry").path("candidateId").asText()));
        assertThat(groups).contains("GROUP_CicloSegreteria", "GROUP_CicloProgrammazione");
        JsonNode record = waitFor(id, p -> p.path("cyc:escalated").asBoolean());
        assertThat(record.path("cyc:status").asText()).isEqualTo("in-review");
    }

    // ---------------------------------------------------------------- helpers

    static JsonNode node(String path) {
        return admin.get("nodes/-root-?relativePath=" + encode(path)).entry();
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    /** Completes a review task the way Share's outcome buttons do: the outcome and comment as task-local variables. */
    static AcsRest.Answer complete(AcsRest user, String task, String outcome, String comment) {
        List<Map<String, Object>> variables = new ArrayList<>();
        variables.add(Map.of("name", "cycwf_reviewOutcome", "value", outcome, "scope", "local"));
        if (comment != null) {
            variables.add(Map.of("name", "cycwf_reviewComment", "value", comment, "scope", "local"));
        }
        return user.workflowPut("tasks/" + task + "?select=state,variables", Map.of("state", "completed", "variables", variables));
    }

    /** The document's properties once {@code until} holds (the review writes after the upload commits). */
    static JsonNode waitFor(String id, Predicate<JsonNode> until) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        JsonNode properties;
        do {
            properties = admin.get("nodes/" + id).entry().path("properties");
            if (until.test(properties)) {
                return properties;
            }
            sleep();
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError("document " + id + " never reached the expected state; last: " + properties);
    }

    /** The review process whose package holds document {@code id}. */
    static JsonNode processOf(String id) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        do {
            JsonNode processes = admin.workflowGet("processes?where=" + encode("(processDefinitionKey='cicloSubmissionReview')")
                    + "&maxItems=1000").json();
            for (JsonNode p : processes.path("list").path("entries")) {
                String processId = p.path("entry").path("id").asText();
                JsonNode items = admin.workflowGet("processes/" + processId + "/items").json();
                for (JsonNode item : items.path("list").path("entries")) {
                    if (item.path("entry").path("id").asText().equals(id)) {
                        return p.path("entry");
                    }
                }
            }
            sleep();
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError("no review process holds document " + id);
    }

    static String openTask(String process, String definitionKey) {
        return openTask(process, definitionKey, Duration.ofSeconds(60));
    }

    /** The id of the process's open task of {@code definitionKey}, waiting up to {@code timeout}. */
    static String openTask(String process, String definitionKey, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        do {
            JsonNode tasks = admin.workflowGet("processes/" + process + "/tasks").json();
            for (JsonNode t : tasks.path("list").path("entries")) {
                if (definitionKey.equals(t.path("entry").path("activityDefinitionId").asText())) {
                    return t.path("entry").path("id").asText();
                }
            }
            sleep();
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError("process " + process + " has no open task " + definitionKey);
    }

    private static void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

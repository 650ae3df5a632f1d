package it.ciclo.share.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import it.ciclo.share.browser.Chromium;
import it.ciclo.share.support.Workspace;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A submission's review in a real Share with the platform module in ACS: an author hands in a file
 * into a sector folder (the module's folder rule starts the review), then a reviewer sees the task
 * form, the document library and "Start Workflow". The data is made through ACS's REST API in a
 * folder of its own under the programming root; its author's password is random for each run.
 * Screenshots go to docs/guida/img (ciclo.screenshots) for the guide.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // one submission's story: reviewed, then sent back
class ReviewLiveIT {

    private static final String ROOT = "ATTIVITA' TRASVERSALI/11_Programmazione e controllo";
    private final AcsRest admin = new AcsRest(LiveShare.ADMIN, LiveShare.ADMIN_PASSWORD);
    private Chromium chromium;
    private String folderPath;
    private String fileId;
    private String taskId;
    private String author;
    private String authorPassword;

    @BeforeAll
    void handIn() throws InterruptedException {
        String run = Long.toString(System.currentTimeMillis(), 36);
        author = "ciclo-autore-" + run;
        String password = UUID.randomUUID().toString();
        authorPassword = password;
        admin.post("/people", "{\"id\":\"" + author + "\",\"firstName\":\"Mario\",\"lastName\":\"Rossi\",\"email\":\"" + author
                + "@comune.example\",\"password\":\"" + password + "\"}");
        admin.post("/groups/GROUP_CicloProgrammazione/members", "{\"id\":\"" + LiveShare.ADMIN + "\",\"memberType\":\"PERSON\"}", 201, 409);
        String rootId = admin.get("/nodes/-root-?relativePath=" + AcsRest.encode(ROOT)).at("/entry/id").asText();
        String actName = "Z_Prova Share " + run;
        String due = LocalDate.now().minusDays(3).toString();
        JsonNode act = admin.post("/nodes/" + rootId + "/children", "{\"name\":\"" + actName + "\",\"nodeType\":\"cm:folder\","
                + "\"aspectNames\":[\"cyc:actFolder\"],\"properties\":{\"cyc:actId\":\"prova-" + run + "\",\"cyc:actTitle\":"
                + "\"Atto di prova " + run + "\",\"cyc:actCycleId\":\"2024-2026\",\"cyc:submissionDueDate\":\"" + due + "\","
                + "\"cyc:approvalDueDate\":\"" + LocalDate.now().plusDays(30) + "\"}}");
        admin.put("/nodes/" + act.at("/entry/id").asText(), "{\"permissions\":{\"locallySet\":[{\"authorityId\":\"" + author
                + "\",\"name\":\"Collaborator\",\"accessStatus\":\"ALLOWED\"}]}}");
        JsonNode sector = admin.post("/nodes/" + act.at("/entry/id").asText() + "/children", "{\"name\":\"Settore Prova\","
                + "\"nodeType\":\"cm:folder\",\"aspectNames\":[\"cyc:sectorFolder\"],\"properties\":{\"cyc:sectorId\":\"prova\","
                + "\"cyc:sectorName\":\"Settore di prova\"}}");
        folderPath = "/" + ROOT + "/" + actName + "/Settore Prova";
        fileId = new AcsRest(author, password).upload(sector.at("/entry/id").asText(), "Relazione di prova.txt",
                "Contributo del Settore di prova").at("/entry/id").asText();
        taskId = taskOf("cycwf:reviewTask");
        assertThat(taskId).as("the folder rule started a review of the file").isNotNull();
        chromium = new Chromium();
        LiveShare.login(chromium, LiveShare.ADMIN, LiveShare.ADMIN_PASSWORD);
    }

    @AfterAll
    void close() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    @Order(1)
    void theReviewFormShowsTheSubmissionReadOnlyAndTheOutcomeButtons() {
        chromium.open(LiveShare.SHARE + "/page/task-edit?taskId=activiti$" + taskId);
        chromium.until("document.querySelector('button[id$=\"prop_cycwf_reviewOutcome-approve-button\"]') !== null");
        List<String> values = chromium.driver().findElements(By.cssSelector("form input[type=text]")).stream()
                .map(e -> e.getAttribute("value")).toList();
        assertThat(values).anyMatch(v -> v.startsWith("Atto di prova")).contains("Settore di prova", "2024-2026");
        List<String> buttons = chromium.driver().findElements(By.cssSelector("form button")).stream()
                .map(WebElement::getText).map(String::strip).toList();
        assertThat(buttons).containsAnyOf("Approva", "Approve").containsAnyOf("Chiedi modifiche", "Request changes");
        assertThat(buttons).noneMatch(b -> b.equals("Task Done") || b.equals("Compito completato"));
        // Nothing of the submission is an input: only the comment (and the hidden outcome) are posted.
        List<String> editable = chromium.driver().findElements(By.cssSelector("form input:not([type=hidden]):not([type=button]), "
                + "form textarea, form select")).stream().filter(WebElement::isEnabled).map(e -> e.getAttribute("name")).toList();
        assertThat(editable).contains("prop_cycwf_reviewComment");
        assertThat(editable).noneMatch(n -> n != null && n.startsWith("prop_cycwf_") && !n.equals("prop_cycwf_reviewComment"));
        // Share's info control formats the review's due date on the client, after the form is built.
        chromium.until("!/\\d{4}-\\d{2}-\\d{2}T\\d{2}/.test(document.querySelector('form[id$=\"-form\"]').innerText)");
        chromium.screenshot(chromium.driver().findElement(By.cssSelector("form[id$=\"-form\"]")),
                Workspace.screenshots().resolve("compito-revisione.png"));
    }

    @Test
    @Order(4)
    void theAuthorReadsTheCommentAndResubmitsOrWithdraws() throws InterruptedException {
        // The reviewer (the administrator, in the reviewers' group) requests changes through the REST API.
        String review = admin.get("/workflow/tasks/" + taskId).at("/entry/id").asText();
        admin.put("/workflow/tasks/" + review + "?select=state", "{\"state\":\"claimed\"}");
        admin.put("/workflow/tasks/" + review + "?select=state,variables", "{\"state\":\"completed\",\"variables\":["
                + "{\"name\":\"cycwf_reviewOutcome\",\"value\":\"requestChanges\",\"scope\":\"local\"},"
                + "{\"name\":\"cycwf_reviewComment\",\"value\":\"Manca la tabella degli indicatori\",\"scope\":\"local\"}]}");
        String revision = taskOf("cycwf:revisionTask");
        assertThat(revision).as("the author's revision task").isNotNull();
        try {
            LiveShare.login(chromium, author, authorPassword);
            chromium.open(LiveShare.SHARE + "/page/task-edit?taskId=activiti$" + revision);
            chromium.until("document.querySelector('button[id$=\"prop_cycwf_revisionOutcome-resubmit-button\"]') !== null");
            List<String> buttons = chromium.driver().findElements(By.cssSelector("form button")).stream()
                    .map(WebElement::getText).map(String::strip).toList();
            assertThat(buttons).contains("Riconsegna", "Ritira");
            WebElement comment = chromium.driver().findElement(By.name("prop_cycwf_reviewComment"));
            assertThat(comment.getAttribute("value")).isEqualTo("Manca la tabella degli indicatori");
            assertThat(comment.isEnabled()).as("the author reads the comment, never edits it").isFalse();
            List<String> editable = chromium.driver().findElements(By.cssSelector("form input:not([type=hidden]):not([type=button]), "
                    + "form textarea, form select")).stream().filter(WebElement::isEnabled).map(e -> e.getAttribute("name"))
                    .filter(n -> n != null && n.startsWith("prop_")).toList();
            assertThat(editable).isEmpty();
            chromium.screenshot(chromium.driver().findElement(By.cssSelector("form[id$=\"-form\"]")),
                    Workspace.screenshots().resolve("compito-modifiche.png"));
        } finally {
            LiveShare.login(chromium, LiveShare.ADMIN, LiveShare.ADMIN_PASSWORD);
        }
    }

    @Test
    @Order(5)
    void theWorkflowDetailsShowTheSubmissionFromTheStartTask() {
        String process = admin.get("/workflow/tasks/" + taskId).at("/entry/processId").asText();
        chromium.open(LiveShare.SHARE + "/page/workflow-details?workflowId=activiti$" + process);
        // The page shows the start task's "workflow-details" form in view mode (loaded by a request of its own).
        try {
            chromium.untilReloadingOnce("document.body.innerText.indexOf('Titolo dell\\'atto') >= 0");
        } catch (AssertionError e) {
            // Share picks the form by the start task's type as the repository reports it to Share's own session.
            Object type = chromium.js("var r = new XMLHttpRequest(); r.open('GET', Alfresco.constants.PROXY_URI"
                    + " + 'api/task-instances/activiti$start" + process + "', false); r.send();"
                    + " var j = JSON.parse(r.responseText).data;"
                    + " return r.status + ' type ' + j.definition.type.name + ' (' + j.definition.type.title + '), node '"
                    + " + j.definition.node.name + ', state ' + j.state;");
            throw new AssertionError("start task as Share's session reads it: " + type, e);
        }
        String page = chromium.driver().findElement(By.cssSelector("body")).getText();
        assertThat(page).contains("Titolo dell'atto: Atto di prova", "Nome del Settore: Settore di prova", "Ciclo: 2024-2026",
                "Consegnato il:", "Scadenza di consegna:", "Scadenza di approvazione:", "In ritardo:", "Relazione di prova.txt");
        // The review's outcome in words (the module's workflowtask.outcome.* labels), not the stored value.
        assertThat(page).contains("Risultato: Modifiche richieste").doesNotContain("requestChanges");
    }

    /** The active task of type {@code formKey} whose package holds the uploaded file (waits for the engine). */
    private String taskOf(String formKey) throws InterruptedException {
        for (int i = 0; i < 120; i++) {
            JsonNode tasks = admin.get("/workflow/tasks?where=" + AcsRest.encode("(status='active')") + "&maxItems=1000");
            for (JsonNode t : tasks.at("/list/entries")) {
                if (!formKey.equals(t.at("/entry/formResourceKey").asText())) {
                    continue;
                }
                String id = t.at("/entry/id").asText();
                for (JsonNode item : admin.get("/workflow/tasks/" + id + "/items").at("/list/entries")) {
                    if (item.at("/entry/id").asText().equals(fileId)) {
                        return id;
                    }
                }
            }
            Thread.sleep(500);
        }
        return null;
    }

    @Test
    @Order(3)
    void startWorkflowDoesNotOfferTheReview() {
        chromium.open(LiveShare.SHARE + "/page/start-workflow");
        chromium.until("document.readyState === 'complete'");
        String page = chromium.driver().getPageSource();
        assertThat(page).contains("activiti$activitiReview");
        assertThat(page).doesNotContain("cicloSubmissionReview").doesNotContain("Revisione documento del ciclo");
    }

    @Test
    @Order(2)
    void theDocumentLibraryShowsTheSubmissionLineAndIndicators() {
        chromium.open(LiveShare.SHARE + "/page/repository#filter=path%7C" + AcsRest.encode(folderPath) + "&page=1");
        chromium.until("document.querySelector('.ciclo-meta') !== null");
        String line = chromium.driver().findElement(By.cssSelector(".ciclo-meta")).getText();
        assertThat(line).contains("Atto: Atto di prova", "Settore: Settore di prova").containsAnyOf("in revisione", "in review");
        assertThat(chromium.driver().findElements(By.cssSelector("img[alt=ciclo-in-review]"))).isNotEmpty();
        assertThat(chromium.driver().findElements(By.cssSelector("img[alt=ciclo-late]"))).as("handed in after the act's due date").isNotEmpty();
        chromium.screenshot(chromium.driver().findElement(By.xpath("//span[contains(@class,'ciclo-meta')]/ancestor::tr[1]")),
                Workspace.screenshots().resolve("raccolta-documenti.png"));
    }

}

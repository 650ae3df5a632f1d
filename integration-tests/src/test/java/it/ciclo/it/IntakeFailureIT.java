package it.ciclo.it;

import static it.ciclo.it.ReviewIT.bytes;
import static it.ciclo.it.ReviewIT.node;
import static it.ciclo.it.ReviewIT.processOf;
import static it.ciclo.it.ReviewIT.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import it.ciclo.it.acs.Acs;
import it.ciclo.it.acs.AcsRest;
import it.ciclo.it.acs.AcsServer;
import java.util.Map;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A review that cannot start never costs the staff member their file: with the review process
 * undeployed by an administrator (the Workflow Admin Console's own command), an upload is kept,
 * counts as handed in and says why its review did not start; once the process is back, the
 * administrator's "Run action" starts it. Runs late (before the upgrade only): undeploying the process
 * cancels every review under way, which the other tests' data must not meet.
 */
@Order(Integer.MAX_VALUE - 1)
@ExtendWith(Acs.class)
class IntakeFailureIT {

    @Test
    void anUploadWhoseReviewCannotStartIsKeptMarkedAndCanBeRetried(AcsServer acs) {
        AcsRest admin = acs.admin();
        AcsRest mrossi = acs.user("mrossi", "ciclo-lavori-pubblici");
        // Activiti refuses to undeploy a definition that running processes use (ACT_RU_EXECUTION keeps a
        // reference): the administrator cancels the reviews under way first, through the workflow API.
        JsonNode running = admin.workflowGet("processes?where=" + ModuleInstallIT.encode(
                "(processDefinitionKey='cicloSubmissionReview' AND status='active')") + "&maxItems=1000").json();
        running.path("list").path("entries").forEach(p -> assertThat(
                admin.workflowDelete("processes/" + p.path("entry").path("id").asText()).ok()).isTrue());
        admin.workflowConsole("undeploy definition name activiti$cicloSubmissionReview");
        assertThat(definitions(admin)).isZero();

        AcsRest.Answer upload = mrossi.upload(node(ReviewIT.PEG + "/Lavori Pubblici").path("id").asText(),
                "PEG LP integrazione.docx", bytes("integrazione"));
        assertThat(upload.status()).as(upload.text()).isEqualTo(201);
        String id = upload.entry().path("id").asText();

        JsonNode kept = waitFor(id, p -> p.has("cyc:trackingProblem"));
        assertThat(kept.path("cyc:status").asText()).isEqualTo("submitted");
        assertThat(kept.path("cyc:act").asText()).isEqualTo("peg");
        assertThat(kept.path("cyc:trackingProblem").asText()).contains("la revisione non è partita")
                .contains("Ciclo: registra la consegna");
        assertThat(admin.get("nodes/" + id + "/content").status()).isEqualTo(200);

        admin.workflowConsole("deploy activiti alfresco/module/ciclo-platform/workflow/submission-review.bpmn20.xml");
        assertThat(definitions(admin)).isEqualTo(1);
        AcsRest.Answer retry = admin.post("action-executions", Map.of("actionDefinitionId", "ciclo-submission", "targetId", id));
        assertThat(retry.status()).as(retry.text()).isEqualTo(202);

        JsonNode started = waitFor(id, p -> "in-review".equals(p.path("cyc:status").asText()));
        assertThat(started.has("cyc:trackingProblem")).isFalse();
        // The retried review is still the author's, not the administrator's who retried it.
        assertThat(processOf(id).path("startUserId").asText()).isEqualTo("mrossi");
    }

    private static int definitions(AcsRest admin) {
        return admin.workflowGet("process-definitions?where=" + ModuleInstallIT.encode("(key='cicloSubmissionReview')"))
                .json().path("list").path("entries").size();
    }
}

package it.ciclo.alfresco.scripts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The workflow's script (record-on-document.js): the review's state copied onto the submitted documents. */
class RecordOnDocumentScriptTest {

    /** STAND-IN for Alfresco's workflow script model: the package with its documents, and the execution's variables. */
    private static final String REVIEW = """
            var bpm_package = new StandInNode("package", true, [], {}, null);
            var submitted = new StandInNode("azioni.docx", false, ["cyc:submission"], {"cyc:status": "submitted"}, bpm_package);
            var attachment = new StandInNode("nota.txt", false, [], {}, bpm_package);
            var variables = {"cycwf_status": "approved", "cycwf_reviewer": "lbianchi", "cycwf_reviewOutcome": "approve",
                             "cycwf_late": false, "cycwf_escalated": false};
            var execution = {getVariable: function (name) {
                return variables[name] === undefined ? null : variables[name];
            }};
            """;

    @Test
    void copiesTheReviewStateOntoTheSubmissionAndOnlyOntoIt() {
        try (ScriptRun run = new ScriptRun(REVIEW, "record-on-document.js")) {
            assertThat(run.text("submitted.properties['cyc:status']")).isEqualTo("approved");
            assertThat(run.text("submitted.properties['cyc:reviewer']")).isEqualTo("lbianchi");
            assertThat(run.text("submitted.properties['cyc:reviewOutcome']")).isEqualTo("approve");
            assertThat(run.value("submitted.properties['cyc:late']")).isEqualTo(false);
            assertThat(run.value("submitted.properties['cyc:reviewComment']")).isNull();
            assertThat(run.number("submitted.saved")).isEqualTo(1);
            assertThat(run.number("attachment.saved")).isEqualTo(0);
            assertThat(run.value("attachment.properties['cyc:status']")).isNull();
        }
    }
}

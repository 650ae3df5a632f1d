package it.ciclo.alfresco.scripts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The folder rule's script (submission-rule.js): what becomes a submission, and what is left alone. */
class SubmissionRuleScriptTest {

    /** Company Home / cycle folder / act folder (PEG) / sector folder (Lavori Pubblici), with the module's aspects. */
    private static final String TREE = """
            var cycle = new StandInNode("Ciclo 2024-2026", true, ["cyc:cycleFolder"], {"cyc:cycleId": "2024-2026"}, null);
            var act = new StandInNode("E_PEG 2024_2026", true, ["cyc:actFolder"], {
                "cyc:actId": "peg", "cyc:actTitle": "PEG 2024-2026", "cyc:actCycleId": null,
                "cyc:submissionDueDate": "2023-10-05", "cyc:approvalDueDate": "2024-01-09"}, cycle);
            var sector = new StandInNode("Lavori Pubblici", true, ["cyc:sectorFolder"], {
                "cyc:sectorId": "lavori-pubblici", "cyc:sectorName": "Settore Lavori Pubblici"}, act);
            """;

    @Test
    void aDocumentInASectorFolderBecomesASubmissionAndStartsItsReview() {
        try (ScriptRun run = new ScriptRun(TREE + """
                var document = new StandInNode("azioni.docx", false, ["cm:content"], {"cm:creator": "mrossi"}, sector);
                """, "submission-rule.js")) {
            assertThat(run.text("document.added['cyc:submission']['cyc:act']")).isEqualTo("peg");
            assertThat(run.text("document.added['cyc:submission']['cyc:sector']")).isEqualTo("lavori-pubblici");
            assertThat(run.text("document.added['cyc:submission']['cyc:cycle']")).isEqualTo("2024-2026");
            assertThat(run.text("document.added['cyc:submission']['cyc:status']")).isEqualTo("submitted");
            assertThat(run.text("document.added['cyc:submission']['cyc:dueDate']")).isEqualTo("2023-10-05");
            assertThat(run.number("started.length")).isEqualTo(1);
            assertThat(run.text("started[0].definition")).isEqualTo("activiti$cicloSubmissionReview");
            assertThat(run.text("started[0].pkg.nodes[0].name")).isEqualTo("azioni.docx");
            assertThat(run.text("started[0].parameters['cycwf:author']")).isEqualTo("mrossi");
            assertThat(run.text("started[0].parameters['cycwf:sectorName']")).isEqualTo("Settore Lavori Pubblici");
            assertThat(run.text("started[0].parameters['cycwf:approvalDueDate']")).isEqualTo("2024-01-09");
            assertThat(run.text("started[0].parameters['bpm:workflowDescription']"))
                    .isEqualTo("azioni.docx (peg, lavori-pubblici)");
        }
    }

    @Test
    void theActFoldersOwnCycleWinsOverTheFolderAboveIt() {
        try (ScriptRun run = new ScriptRun(TREE + """
                act.properties["cyc:actCycleId"] = "2025-2027";
                var document = new StandInNode("azioni.docx", false, [], {"cm:creator": "mrossi"}, sector);
                """, "submission-rule.js")) {
            assertThat(run.text("document.added['cyc:submission']['cyc:cycle']")).isEqualTo("2025-2027");
        }
    }

    @Test
    void templatesInTheActFolderAreLeftAlone() {
        assertLeftAlone("var document = new StandInNode('modello.docx', false, [], {}, act);");
    }

    @Test
    void documentsOutsideAnyActAreLeftAlone() {
        assertLeftAlone("""
                var other = new StandInNode("Altro", true, [], {}, null);
                var inner = new StandInNode("Lavori Pubblici", true, ["cyc:sectorFolder"], {"cyc:sectorId": "x"}, other);
                var document = new StandInNode("nota.docx", false, [], {}, inner);
                """);
    }

    @Test
    void workingCopiesHiddenFilesAndTrackedDocumentsAreLeftAlone() {
        assertLeftAlone("var document = new StandInNode('azioni (Copia di lavoro).docx', false, ['cm:workingcopy'], {}, sector);");
        assertLeftAlone("var document = new StandInNode('~$azioni.docx', false, ['sys:hidden'], {}, sector);");
        assertLeftAlone("var document = new StandInNode('azioni.docx', false, ['cyc:submission'], {}, sector);");
        assertLeftAlone("var document = new StandInNode('Sottocartella', true, [], {}, sector);");
    }

    private static void assertLeftAlone(String scenario) {
        try (ScriptRun run = new ScriptRun(TREE + scenario, "submission-rule.js")) {
            assertThat(run.value("document.added['cyc:submission']")).isNull();
            assertThat(run.number("started.length")).isEqualTo(0);
        }
    }
}

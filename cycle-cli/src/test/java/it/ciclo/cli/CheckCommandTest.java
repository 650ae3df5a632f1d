package it.ciclo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

    @Test
    void findsTheSeedDirectivesSlipsAndExitsWithOne() {
        Run run = Run.of("check", Run.SEED.toString());

        assertThat(run.code()).isEqualTo(1);
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(10);
        // For people: the sentence first, and the line to look at; no code, no JSON path.
        assertThat(lines.get(0)).isEqualTo("Errore alla riga 71: la consegna interna per «Report intermedio e variazioni al PIAO»"
                + " (15/01/2024) precede la fine del periodo da rendicontare (01/01/2024 – 30/06/2024)");
        assertThat(lines.get(9)).isEqualTo("3 errori, 5 avvertimenti, 1 nota");
        assertThat(Run.of("check", Run.SEED.toString(), "--lang", "en").out().lines().findFirst().orElseThrow())
                .isEqualTo("Error on line 71: the internal deadline for \"Report intermedio e variazioni al PIAO\" (2024-01-15)"
                        + " is before the end of the period to report on (2024-01-01 – 2024-06-30)");
    }

    @Test
    void verboseKeepsTheCodeThePathAndTheEditorsPlace() {
        Run run = Run.of("check", Run.SEED.toString(), "--verbose");

        assertThat(run.out().lines().findFirst().orElseThrow()).isEqualTo(Run.SEED + ":71:16: errore [due-before-period-end]"
                + " $.acts[3].submission.due: la consegna interna per «Report intermedio e variazioni al PIAO» (15/01/2024)"
                + " precede la fine del periodo da rendicontare (01/01/2024 – 30/06/2024)");
    }

    @Test
    void writesFindingsAsJson() throws Exception {
        Run run = Run.of("check", Run.SEED.toString(), "--format", "json", "--lang", "en");
        JsonNode findings = new ObjectMapper().readTree(run.out()).get("findings");

        assertThat(run.code()).isEqualTo(1);
        assertThat(findings).hasSize(9);
        JsonNode first = findings.get(0);
        assertThat(first.get("code").asText()).isEqualTo("due-before-period-end");
        assertThat(first.get("severity").asText()).isEqualTo("error");
        assertThat(first.get("act").asText()).isEqualTo("report-intermedio-piao");
        assertThat(first.get("path").asText()).isEqualTo("$.acts[3].submission.due");
        assertThat(first.get("message").asText()).startsWith("the internal deadline for");
    }

    @Test
    void aDirectiveWithoutErrorsExitsWithZero(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("ok.json");
        Files.writeString(file, """
                {"id": "ok", "title": "Ciclo 2024-2026", "issued": {"on": "2023-09-20", "by": "SG"},
                 "cycle": {"firstYear": 2024, "lastYear": 2026},
                 "acts": [{"id": "a", "title": "Atto", "approval": {"on": "2024-03-01"},
                           "submission": {"due": {"on": "2024-02-20"}, "folder": "A 2024_2026"}}]}
                """);

        Run strict = Run.of("check", file.toString(), "--min-lead-days", "10");
        Run relaxed = Run.of("check", file.toString(), "--min-lead-days", "5");

        assertThat(strict.code()).isZero();
        assertThat(strict.out()).contains("Attenzione alla riga 4: tra la consegna interna per «Atto»")
                .endsWith("nessun errore, 1 avvertimento, nessuna nota\n");
        assertThat(relaxed.code()).isZero();
        assertThat(relaxed.out()).isEqualTo("nessun errore, nessun avvertimento, nessuna nota\n");
    }

    @Test
    void theSpreadForSharedDeadlinesIsTheOfficesChoice() {
        Run strict = Run.of("check", Run.SEED.toString(), "--format", "json");
        Run relaxed = Run.of("check", Run.SEED.toString(), "--format", "json", "--shared-deadline-days", "200");
        Run negative = Run.of("check", Run.SEED.toString(), "--shared-deadline-days", "-1");

        assertThat(strict.out()).contains("\"shared-deadline\"");
        assertThat(relaxed.out()).doesNotContain("\"shared-deadline\"");
        assertThat(negative.code()).isEqualTo(2);
        assertThat(negative.out()).isEmpty();
        assertThat(negative.err()).startsWith("--shared-deadline-days -1:");
    }
}

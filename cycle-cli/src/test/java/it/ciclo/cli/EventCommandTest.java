package it.ciclo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9, item 10: the events register beside the directive. A decree is recorded once, with who,
 * when, the decree and its Gazzetta Ufficiale; later decrees are kept as history, the latest in force;
 * every command reads it; {@code --event} still overrides it for a what-if run.
 */
class EventCommandTest {

    @TempDir
    Path dir;

    @TempDir
    Path store;

    Path directive;
    Path register;

    @BeforeEach
    void copySeed() throws Exception {
        directive = Files.copy(Run.SEED, dir.resolve("direttiva-4-2023.json"));
        register = dir.resolve("direttiva-4-2023.eventi.json");
    }

    @Test
    void recordedEventsReachEveryCommandAndTheLatestDecreeIsInForce() throws Exception {
        Run first = Run.of("event", "record", directive.toString(), "bilancio-approvato=2023-12-20",
                "--decree", "Delibera di Consiglio n. 45 del 20/12/2023", "--by", "mario.rossi");
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("bilancio-approvato", "20/12/2023",
                "PEG - Piano Esecutivo di Gestione 2024-2026 (scadenza Giunta): in attesa → 09/01/2024");
        assertThat(register).exists();

        Run calendar = Run.of("calendar", directive.toString());
        assertThat(calendar.out()).contains("Eventi: l'approvazione del bilancio di previsione: 20/12/2023", "09/01/2024");
        Run whatIf = Run.of("calendar", directive.toString(), "--event", "bilancio-approvato=2023-12-28");
        assertThat(whatIf.out()).contains("Eventi: l'approvazione del bilancio di previsione: 28/12/2023", "17/01/2024");
        assertThat(Run.of("calendar", directive.toString()).out()).as("--event changes nothing kept")
                .contains("Eventi: l'approvazione del bilancio di previsione: 20/12/2023");

        Run decree1 = Run.of("evento", "registra", directive.toString(), "bilancio-differito=2024-03-15",
                "--decree", "DM Interno 22/12/2023", "--gazette", "GU Serie Generale n. 303 del 30/12/2023", "--by", "mario.rossi");
        assertThat(decree1.code()).as(decree1.err()).isZero();
        Run decree2 = Run.of("event", "record", directive.toString(), "bilancio-differito=2024-04-30",
                "--decree", "DM Interno 7/3/2024", "--gazette", "GU Serie Generale n. 60 del 12/3/2024", "--by", "anna.bianchi");
        assertThat(decree2.code()).as(decree2.err()).isZero();

        Run list = Run.of("event", "list", directive.toString());
        assertThat(list.code()).isZero();
        assertThat(list.out()).contains("DM Interno 22/12/2023", "GU Serie Generale n. 303 del 30/12/2023", "mario.rossi",
                "DM Interno 7/3/2024", "anna.bianchi", "30/04/2024");
        JsonNode json = new ObjectMapper().readTree(Run.of("event", "list", directive.toString(), "--format", "json").out());
        assertThat(json.get("inForce").get("bilancio-differito").asText()).isEqualTo("2024-04-30");
        assertThat(json.get("entries")).hasSize(3);
        assertThat(json.get("entries").get(1).get("inForce").asBoolean()).isFalse();
        assertThat(json.get("entries").get(2).get("gazette").asText()).isEqualTo("GU Serie Generale n. 60 del 12/3/2024");

        Run undo = Run.of("event", "undo", directive.toString(), "bilancio-differito", "--by", "anna.bianchi",
                "--reason", "registrato per errore");
        assertThat(undo.code()).as(undo.err()).isZero();
        JsonNode after = new ObjectMapper().readTree(Run.of("event", "list", directive.toString(), "--format", "json").out());
        assertThat(after.get("inForce").get("bilancio-differito").asText()).as("the earlier decree is in force again")
                .isEqualTo("2024-03-15");
        assertThat(after.get("entries")).hasSize(4);

        assertThat(Run.of("check", directive.toString()).out()).doesNotContain("[pending] $.acts[1].approval");
        assertThat(Run.of("init", directive.toString(), "--store", store.toString()).code()).isZero();
        Run status = Run.of("status", directive.toString(), "--store", store.toString(), "--today", "2024-01-10", "--format", "json");
        assertThat(status.code()).isZero();
        assertThat(BoardTruthTest.act(new ObjectMapper().readTree(status.out()), "peg").get("approvalDue").asText())
                .isEqualTo("2024-01-09");
    }

    @Test
    void theRegisterIsAFileAnOfficeWorkerCanReadAndItIsNeverHalfWritten() throws Exception {
        assertThat(Run.of("event", "record", directive.toString(), "bilancio-approvato=2023-12-20", "--by", "mario.rossi")
                .code()).isZero();
        String text = Files.readString(register, StandardCharsets.UTF_8);
        assertThat(text).contains("\"event\" : \"bilancio-approvato\"", "\"date\" : \"2023-12-20\"", "\"by\" : \"mario.rossi\"");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                    "direttiva-4-2023.json", "direttiva-4-2023.eventi.json");
        }
    }

    @Test
    void aFileThatIsNotARegisterIsNeverOverwritten() throws Exception {
        Files.writeString(register, "appunti dell'ufficio\n", StandardCharsets.UTF_8);
        Run run = Run.of("event", "record", directive.toString(), "bilancio-approvato=2023-12-20");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains(register.toString());
        assertThat(Files.readString(register, StandardCharsets.UTF_8)).isEqualTo("appunti dell'ufficio\n");
        assertThat(Run.of("calendar", directive.toString()).code()).as("a register that cannot be read stops every command")
                .isEqualTo(2);
    }

    @Test
    void anUndeclaredEventOrNothingToUndoIsRefused() {
        Run unknown = Run.of("event", "record", directive.toString(), "bilancio=2023-12-20");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("bilancio-approvato, bilancio-differito");
        Run nothing = Run.of("event", "undo", directive.toString(), "bilancio-differito");
        assertThat(nothing.code()).isEqualTo(2);
        assertThat(nothing.err()).contains("bilancio-differito");
        assertThat(register).doesNotExist();
    }

    @Test
    void statusOnAStoreReadsTheRegisterToo() {
        assertThat(Run.of("event", "record", directive.toString(), "bilancio-approvato=2023-12-20").code()).isZero();
        assertThat(Run.of("init", directive.toString(), "--store", store.toString()).code()).isZero();
        Run.file(store, Run.PEG + "/Affari Generali/Azioni.docx", LocalDate.of(2023, 10, 3));
        Run text = Run.of("status", directive.toString(), "--store", store.toString(), "--today", "2024-01-10");
        assertThat(text.out()).contains("l'approvazione del bilancio di previsione: 20/12/2023");
    }
}

package it.ciclo.board;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.ciclo.deadline.EventDates;
import it.ciclo.deadline.Schedule;
import it.ciclo.layout.Layout;
import it.ciclo.store.EntryKind;
import it.ciclo.store.StoreEntry;
import it.ciclo.store.StorePath;
import it.ciclo.submission.SubmissionStatus;
import it.ciclo.testing.Fixtures;
import it.ciclo.testing.MemoryStore;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The board's JSON as cycle-core writes it for the command and for the Alfresco module alike. */
class BoardJsonTest {

    @Test
    void writesEveryFieldTheGuidesDocumentInTheLanguageAsked() throws Exception {
        StorePath peg = StorePath.of(Fixtures.PEG.split("/"));
        MemoryStore store = new MemoryStore()
                .with(new StoreEntry(peg.resolve("Lavori Pubblici").resolve("Azioni LP.docx"), EntryKind.DOCUMENT, 42,
                        Instant.parse("2023-10-03T08:00:00Z"), Optional.of("mario.rossi"), Optional.of(SubmissionStatus.IN_REVIEW)))
                .with(StoreEntry.document(peg.resolve("Affari Generali").resolve("PEG 2023.docx"), 7, Instant.parse("2023-03-01T08:00:00Z")));
        Board board = new Scan(Schedule.of(Fixtures.seed(), EventDates.none()), Layout.of(Fixtures.seed()))
                .run(store, LocalDate.of(2023, 10, 10), ScanListener.NONE);
        StringWriter out = new StringWriter();
        new BoardJson(Locale.ENGLISH).write(board, out);
        JsonNode json = new ObjectMapper().readTree(out.toString());

        assertThat(names(json)).containsExactly("asOf", "directive", "cycle", "acts", "unclassified");
        JsonNode act = json.get("acts").get(1);
        assertThat(act.get("kind").asText()).isEqualTo("peg");
        assertThat(act.get("opens").asText()).isEqualTo("2023-09-21");
        JsonNode lavori = act.get("sectors").get(2);
        assertThat(lavori.get("name").asText()).isEqualTo("Settore Lavori Pubblici");
        assertThat(lavori.get("status").asText()).isEqualTo("in-review");
        assertThat(lavori.get("label").asText()).isEqualTo(SubmissionStatus.IN_REVIEW.describe(Locale.ENGLISH));
        JsonNode file = lavori.get("files").get(0);
        assertThat(file.get("name").asText()).isEqualTo("Azioni LP.docx");
        assertThat(file.get("modified").asText()).isEqualTo("2023-10-03T10:00+02:00");
        assertThat(file.get("size").asLong()).isEqualTo(42);
        assertThat(file.get("status").asText()).isEqualTo("in-review");
        JsonNode affari = act.get("sectors").get(0);
        assertThat(affari.get("status").asText()).isEqualTo("overdue");
        assertThat(affari.get("daysLate").asInt()).isEqualTo(5);
        assertThat(affari.get("oldFiles").get(0).get("name").asText()).isEqualTo("PEG 2023.docx");
        assertThat(affari.get("files")).isEmpty();
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}

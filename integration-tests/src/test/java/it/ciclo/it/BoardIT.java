package it.ciclo.it;

import static it.ciclo.it.ReviewIT.bytes;
import static it.ciclo.it.ReviewIT.node;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.ciclo.it.acs.Acs;
import it.ciclo.it.acs.AcsRest;
import it.ciclo.it.acs.AcsServer;
import it.ciclo.it.acs.Cycle;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The board of the real repository, two ways: {@code cycle status --cmis} (listings over CMIS, no
 * query, on an ACS without Solr) and the module's web script for Share's dashlets (cycle-core's scan
 * inside the repository, on the directive's copy {@code cycle init --cmis} left there). Both must say
 * the same: the dashlets and the command are one board.
 */
@Order(4)
@ExtendWith(Acs.class)
class BoardIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theCommandAndTheModulesWebScriptGiveTheSameBoard(AcsServer acs) throws Exception {
        AcsRest admin = acs.admin();
        AcsRest mrossi = acs.user("mrossi", "ciclo-lavori-pubblici");
        String lockFile = mrossi.upload(node(ReviewIT.PEG + "/Lavori Pubblici").path("id").asText(), "~$PEG LP bozza.docx",
                bytes("blocco")).entry().path("id").asText();
        // Word's lock file is never a submission: the module's rule leaves it alone, as the board does.
        assertThat(admin.get("nodes/" + lockFile).entry().path("aspectNames").toString()).doesNotContain("cyc:submission");

        long started = System.nanoTime();
        Cycle.Run status = Cycle.run(acs, "status", Cycle.exampleDirective().toString(), "--format", "json");
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(status.exit()).as(status.err()).isIn(0, 1);
        JsonNode command = JSON.readTree(status.out());
        System.out.println("cycle status --cmis against ACS 23.8 (JVM start included): " + millis + " ms");

        AcsRest.Answer cycles = admin.raw("/s/ciclo/cycles");
        assertThat(cycles.status()).as(cycles.text()).isEqualTo(200);
        assertThat(cycles.json().path("cycles").get(0).path("id").asText()).isEqualTo("2024-2026");
        AcsRest.Answer answer = admin.raw("/s/ciclo/board?cycle=2024-2026&lang=it");
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        JsonNode module = answer.json();

        assertThat(withoutShareLinks(module)).isEqualTo(command);
        // What the board shows of this repository: the sector's file in review, the lock file never.
        JsonNode peg = act(module, "peg");
        JsonNode lavori = sector(peg, "lavori-pubblici");
        assertThat(lavori.path("status").asText()).isIn("in-review", "changes-requested", "approved");
        assertThat(names(lavori.path("files"))).isNotEmpty().noneMatch(n -> n.startsWith("~$"));
        assertThat(lavori.path("files").get(0).path("nodeRef").asText()).startsWith("workspace://SpacesStore/");
        assertThat(peg.path("folderNodeRef").asText()).startsWith("workspace://SpacesStore/");
    }

    @Test
    void mineKeepsTheUsersSectorsAndErrorsSpeakItalian(AcsServer acs) {
        AcsRest mrossi = acs.user("mrossi", "ciclo-lavori-pubblici");
        JsonNode mine = mrossi.raw("/s/ciclo/board?mine=true").json();
        assertThat(mine.path("mine").asBoolean()).isTrue();
        assertThat(names(mine.path("userSectors"))).containsExactly("lavori-pubblici");
        for (JsonNode act : mine.path("acts")) {
            assertThat(ids(act.path("sectors"))).isSubsetOf("lavori-pubblici");
        }
        assertThat(ids(act(mine, "peg").path("sectors"))).containsExactly("lavori-pubblici");

        AcsRest.Answer unknown = mrossi.raw("/s/ciclo/board?cycle=2030-2032");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().path("message").asText()).isEqualTo(
                "Il ciclo 2030-2032 non c'è nell'archivio; i cicli presenti sono: 2024-2026.");
        assertThat(acs.as("mrossi", "sbagliata").raw("/s/ciclo/board").status()).isEqualTo(401);
    }

    /** The module's board without what it adds for Share (links and the user's sectors). */
    private static JsonNode withoutShareLinks(JsonNode board) {
        ObjectNode copy = board.deepCopy();
        copy.remove(List.of("mine", "userSectors"));
        for (JsonNode act : copy.path("acts")) {
            ((ObjectNode) act).remove("folderNodeRef");
            strip(act);
            act.path("sectors").forEach(BoardIT::strip);
        }
        return copy;
    }

    private static void strip(JsonNode cell) {
        for (String field : List.of("files", "oldFiles")) {
            cell.path(field).forEach(f -> ((ObjectNode) f).remove("nodeRef"));
        }
    }

    private static JsonNode act(JsonNode board, String id) {
        for (JsonNode act : board.path("acts")) {
            if (act.path("id").asText().equals(id)) {
                return act;
            }
        }
        throw new AssertionError("no act " + id + " on the board");
    }

    private static JsonNode sector(JsonNode act, String id) {
        for (JsonNode s : act.path("sectors")) {
            if (s.path("id").asText().equals(id)) {
                return s;
            }
        }
        throw new AssertionError("no sector " + id + " in " + act.path("id").asText());
    }

    private static List<String> names(JsonNode array) {
        List<String> names = new ArrayList<>();
        array.forEach(n -> names.add(n.isTextual() ? n.asText() : n.path("name").asText()));
        return names;
    }

    private static List<String> ids(JsonNode array) {
        List<String> ids = new ArrayList<>();
        array.forEach(n -> ids.add(n.path("id").asText()));
        return ids;
    }
}

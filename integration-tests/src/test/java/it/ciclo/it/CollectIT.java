package it.ciclo.it;

import static it.ciclo.it.ModuleInstallIT.encode;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.ciclo.it.acs.Acs;
import it.ciclo.it.acs.AcsRest;
import it.ciclo.it.acs.AcsServer;
import it.ciclo.it.acs.Cycle;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code cycle raccogli --cmis} in a real ACS: the Settori's DUP copies and schede uploaded into the
 * folders {@code cycle init} made (the platform module marks them as submissions and starts their
 * reviews, as it would), gathered over CMIS with the proposals, the template's red text dropped,
 * and links that open each file in Alfresco.
 */
@Order(3)
@ExtendWith(Acs.class)
class CollectIT {

    private static final Path FIXTURES = Path.of("../cycle-office/src/test/resources/fixtures/libreoffice");
    private static final String DUP = ReviewIT.PROGRAMMING + "/D_DUP 2024_2026";
    private static final String PIAO = ReviewIT.PROGRAMMING + "/F_PIAO 2024_2026";

    @Test
    void gathersTheProposalsAndSchedeUploadedToAlfresco(AcsServer acs) throws Exception {
        AcsRest admin = acs.admin();
        upload(admin, DUP, "Indirizzo 1.docx", "indirizzo-1-modello.docx");
        upload(admin, DUP + "/Lavori Pubblici", "Indirizzo 1.docx", "indirizzo-1.docx");
        upload(admin, DUP + "/Servizi alla Persona", "Indirizzo 1.odt", "indirizzo-1.odt");
        upload(admin, PIAO + "/Servizi alla Persona", "Scheda raccolta.xlsx", "schede-piao.xlsx");
        Path directive = Cycle.exampleDirective().resolveSibling("raccolta").resolve("direttiva.json");

        Cycle.Run run = Cycle.run(acs, "raccogli", directive.toString(), "--format", "json");

        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        List<String> proposals = new ArrayList<>();
        json.get("proposals").forEach(p -> proposals.add(p.get("sector").asText() + "|" + p.get("kind").asText() + "|"
                + p.get("text").asText()));
        assertThat(proposals).hasSize(16).noneMatch(p -> p.contains("Inserire in rosso"))
                .contains("lavori-pubblici|insertion|Estendere il bike sharing alle frazioni.",
                        "servizi-persona|red-text|Costituire la CER entro il 2025.");
        List<String> rows = new ArrayList<>();
        json.get("schede").forEach(r -> rows.add(r.get("sector").asText() + " " + r.get("file").asText().replaceAll(".*/", "")));
        assertThat(rows).contains("servizi-persona Scheda raccolta.xlsx");

        JsonNode first = json.get("proposals").get(0);
        HttpResponse<byte[]> file = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(first.get("link").asText()))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("admin:" + AcsServer.ADMIN_PASSWORD)
                        .getBytes(StandardCharsets.UTF_8))).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(file.statusCode()).isEqualTo(200);
        String uploaded = first.get("file").asText().endsWith(".odt") ? "indirizzo-1.odt" : "indirizzo-1.docx";
        assertThat(file.body()).isEqualTo(Files.readAllBytes(FIXTURES.resolve(uploaded)));
    }

    private static void upload(AcsRest admin, String folder, String name, String fixture) throws Exception {
        String parent = admin.get("nodes/-root-?relativePath=" + encode(folder)).entry().path("id").asText();
        AcsRest.Answer answer = admin.upload(parent, name, Files.readAllBytes(FIXTURES.resolve(fixture)));
        assertThat(answer.status()).as(answer.text()).isEqualTo(201);
    }
}

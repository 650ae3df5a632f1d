package it.ciclo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cycle raccogli} on the guides' worked example ({@link CollectStore}): the LibreOffice
 * documents of cycle-office in a shared folder laid out as the seed directive says.
 */
class CollectCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path store;

    @BeforeEach
    void makeStore() throws Exception {
        store = CollectStore.make(Files.createDirectory(dir.resolve("R")));
    }

    private Run raccogli(String... more) {
        List<String> args = new ArrayList<>(List.of("raccogli", CollectStore.DIRECTIVE.toString(), "--store", store.toString()));
        args.addAll(List.of(more));
        return Run.of(args.toArray(String[]::new));
    }

    @Test
    void gathersEverySectorsProposalsWithoutTheTemplatesRedTextAndListsWhatItCouldNotRead() throws Exception {
        Run run = raccogli("--format", "json");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode json = JSON.readTree(run.out());

        List<String> proposals = new ArrayList<>();
        json.get("proposals").forEach(p -> proposals.add(p.get("sector").asText() + "|" + p.get("kind").asText() + "|"
                + p.get("text").asText()));
        assertThat(proposals).hasSize(24).noneMatch(p -> p.contains("Inserire in rosso"))
                .contains("lavori-pubblici|insertion|Estendere il bike sharing alle frazioni.",
                        "servizi-persona|red-text|Aggiungere la palestra comunale.",
                        "affari-generali|deletion|Studio di fattibilità della ciclovia del fiume.");
        JsonNode commented = find(json.get("proposals"), "text", "con sei mesi di ritardo", "sector", "lavori-pubblici");
        assertThat(commented.get("author").asText()).isEqualTo("Giulia Verdi");
        assertThat(commented.get("attribution").asText()).isEqualTo("folder");
        assertThat(commented.get("table").get("columnHeader").asText()).isEqualTo("Stato di attuazione");
        assertThat(commented.get("objective").toString())
                .isEqualTo("[\"1 Comune sostenibile\",\"1.2 Energia e clima\",\"1.2.1 Efficientamento degli edifici pubblici\"]");
        assertThat(commented.get("link").asText()).startsWith("file:/").endsWith("/Lavori%20Pubblici/Indirizzo%201.docx");

        assertThat(json.get("skipped")).hasSize(1);
        assertThat(json.get("skipped").get(0).get("file").asText()).endsWith("D_DUP 2024_2026/Servizi Finanziari/Indirizzo 1.docx");
        assertThat(json.get("skipped").get(0).get("problem").asText()).isEqualTo("wrong-format");
        assertThat(json.get("foldersMissing")).isEmpty();
    }

    @Test
    void checksTheSchedeNamingFileSheetAndCellAndLinksActionsUnderTheDupsObjectives() throws Exception {
        JsonNode json = JSON.readTree(raccogli("--format", "json", "--lang", "en").out());

        assertThat(json.get("schede")).hasSize(15);
        List<String> findings = new ArrayList<>();
        json.get("findings").forEach(f -> findings.add(f.get("code").asText() + " " + f.get("file").asText().replaceAll(".*/", "")
                + "!" + f.get("sheet").asText() + "!" + f.get("cell").asText()));
        assertThat(findings).containsExactly(
                "gap-unexplained Report finale.ods!Schede!J5",
                "objective-not-in-dup Report finale.ods!Schede!A8",
                "action-not-in-plan Report finale.ods!Schede!B8",
                "result-without-target Report finale.ods!Schede!I8",
                "baseline-missing Scheda PIAO.xlsx!Schede!F5",
                "action-not-reported Scheda PIAO.xlsx!Schede!B7",
                "source-missing Scheda PIAO.xlsx!Schede!G7",
                "target-not-measurable Scheda PIAO.xlsx!Schede!H7",
                "objective-not-in-dup Scheda PIAO.xlsx!Schede!A8",
                "baseline-missing Scheda PIAO.ods!Schede!F5",
                "source-missing Scheda PIAO.ods!Schede!G7",
                "target-not-measurable Scheda PIAO.ods!Schede!H7");
        assertThat(json.get("findings").get(3).get("message").asText())
                .isEqualTo("indicator \"Rotatoria aperta\" has a result (\"sì\") but no target to measure it against");

        JsonNode cycling = json.get("objectives").get(0).get("objectives").get(0).get("objectives").get(0);
        assertThat(cycling.get("title").asText()).isEqualTo("1.1.1 Piste ciclabili");
        assertThat(cycling.get("level").asText()).isEqualTo("obiettivo-operativo");
        assertThat(cycling.get("actions").get(0).get("title").asText()).isEqualTo("Completamento della pista ciclabile nord");
        assertThat(cycling.get("actions").get(0).get("internalParties").asText()).isEqualTo("Ufficio tecnico");
        assertThat(cycling.get("actions").get(0).get("indicators").get(0).get("result").asText()).isEqualTo("8");
        List<String> unlinked = new ArrayList<>();
        json.get("unlinkedActions").forEach(a -> unlinked.add(a.get("sector").asText() + " " + a.get("title").asText()));
        assertThat(unlinked).containsExactly("lavori-pubblici Riasfaltatura", "servizi-persona Riasfaltatura",
                "lavori-pubblici Nuova rotatoria di via Roma");
    }

    private static JsonNode find(JsonNode array, String field, String value, String field2, String value2) {
        for (JsonNode n : array) {
            if (n.get(field).asText().equals(value) && n.get(field2).asText().equals(value2)) {
                return n;
            }
        }
        throw new AssertionError("no " + field + "=" + value + " and " + field2 + "=" + value2);
    }

    @Test
    void writesAWorkbookWithItalianHeadersAndLinksAndNeverOverwritesIt() throws Exception {
        Path workbook = dir.resolve("raccolta.xlsx");

        Run run = raccogli("--output", workbook.toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out().strip()).isEqualTo("Scritto " + workbook);
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook book = new XSSFWorkbook(in)) {
            List<String> sheets = new ArrayList<>();
            book.forEach(s -> sheets.add(s.getSheetName()));
            assertThat(sheets).containsExactly("Proposte per obiettivo", "Proposte per settore", "Schede per obiettivo",
                    "Schede per settore", "Controlli", "File non letti");
            Sheet proposals = book.getSheet("Proposte per obiettivo");
            List<String> header = new ArrayList<>();
            proposals.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            assertThat(header).containsExactly("Indirizzo strategico", "Obiettivo strategico", "Obiettivo operativo", "Settore",
                    "Tipo", "Proposta", "Autore", "Attribuzione", "Posizione nel file", "Atto", "File");
            assertThat(proposals.getLastRowNum()).isEqualTo(24);
            Row first = proposals.getRow(1);
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("1.1 Mobilità sostenibile");
            assertThat(first.getCell(5).getStringCellValue()).isEqualTo("1.1.3 Zone 30 nei quartieri residenziali");
            assertThat(first.getCell(10).getHyperlink().getAddress()).startsWith("file:/").endsWith("Indirizzo%201.doc");
            assertThat(book.getSheet("Controlli").getLastRowNum()).isEqualTo(12);
            assertThat(book.getSheet("Schede per settore").getRow(1).getCell(0).getStringCellValue()).isEqualTo("Settore Lavori Pubblici");
        }
        byte[] before = Files.readAllBytes(workbook);

        Run again = raccogli("--output", workbook.toString());

        assertThat(again.code()).isEqualTo(2);
        assertThat(again.err()).contains("il file esiste già").contains("non sovrascrive");
        assertThat(Files.readAllBytes(workbook)).isEqualTo(before);
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("R", "raccolta.xlsx");
        }
    }

    @Test
    void anHtmlPageGroupedByObjectiveAndBySectorWithLinksEverythingEscaped() throws Exception {
        Path page = dir.resolve("raccolta.html");

        Run run = raccogli("--output", page.toString());

        assertThat(run.code()).as(run.err()).isZero();
        String html = Files.readString(page);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"it\">")
                .contains("<h2 id=\"obiettivi\">Per obiettivo</h2>", "<h2 id=\"settori\">Per settore</h2>",
                        "<h3 class=\"level-3\">1 Comune sostenibile → 1.2 Energia e clima → 1.2.2 Comunità energetiche</h3>",
                        "<h3>Settore Servizi alla Persona</h3>", "<h3>Senza obiettivo del DUP</h3>",
                        "<td class=\"k-deletion\">Studio di fattibilità della ciclovia del fiume.</td>",
                        "ATTIVITA&#39; TRASVERSALI", "<a href=\"file:/")
                .doesNotContain("<script");
        assertThat(html.indexOf("<h2 id=\"obiettivi\">")).isLessThan(html.indexOf("<h2 id=\"settori\">"));
    }

    @Test
    void theSectorsFilesAreOnlyRead() throws Exception {
        List<String> before = Run.tree(store);

        raccogli("--format", "html");
        raccogli("--output", dir.resolve("r.xlsx").toString());

        assertThat(Run.tree(store)).isEqualTo(before);
    }

    @Test
    void refusesToWriteIntoAnActFolderOrAnXlsxWithoutAFile() {
        Path inside = store.resolve(CollectStore.DUP + "raccolta.html");

        Run run = raccogli("--output", inside.toString());
        Run xlsx = raccogli("--format", "xlsx", "--lang", "en");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("o sta dentro").contains(store.toString());
        assertThat(inside).doesNotExist();
        assertThat(xlsx.code()).isEqualTo(2);
        assertThat(xlsx.err().strip()).isEqualTo("the xlsx format is written to a file: give --output FILE.xlsx");
    }

    @Test
    void textSaysHowMuchWasGatheredAndWhatWasNotRead() {
        Run run = raccogli();

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("24 proposte da 3 file; 3 settori; tutte attribuite", "15 righe di schede da 3 file",
                "Controlli delle schede: 1 errore, 9 avvertimenti, 2 note", "7 file letti; 1 file non letto",
                "Servizi Finanziari/Indirizzo 1.docx: non è nel formato che il nome dice: il nome dice .docx, ma il contenuto è un PDF");
    }

    @Test
    void theEnglishAliasAndHelp() {
        Run help = Run.of("collect", "--help", "--lang", "en");
        Run italian = Run.of("raccogli", "--help");

        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("Gathers what the sectors wrote", "--max-file-mb");
        assertThat(italian.out()).contains("Raccoglie quello che i settori hanno scritto");
    }
}

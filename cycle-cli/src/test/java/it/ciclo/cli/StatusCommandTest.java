package it.ciclo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The board on the seed's folders on 10 October 2023, when the PEG and the DUP update were due on the 5th. */
class StatusCommandTest {

    @TempDir
    Path store;

    @BeforeEach
    void provisionAndHandIn() {
        assertThat(Run.of("init", Run.SEED.toString(), "--store", store.toString()).code()).isZero();
        Run.file(store, Run.PEG + "/Affari Generali/Azioni PEG.docx", LocalDate.of(2023, 10, 3));
        Run.file(store, Run.PEG + "/Lavori Pubblici/Azioni, \"bozza\".xlsx", LocalDate.of(2023, 10, 8));
        Run.file(store, Run.PEG + "/Urbanistica/Azioni.docx", LocalDate.of(2023, 10, 4));
    }

    @Test
    void jsonHasTheShapeTheIssueGives() throws Exception {
        Run run = status("--format", "json");
        assertThat(run.code()).isZero();
        assertThat(run.err()).as("the directive's errors, for whoever runs it").contains("Errore alla riga 85: la cartella indica il triennio")
                .doesNotContain("{");
        JsonNode board = new ObjectMapper().readTree(run.out());
        assertThat(fields(board)).containsExactly("asOf", "directive", "cycle", "acts", "unclassified");
        assertThat(board.get("cycle").asText()).isEqualTo("2024-2026");
        assertThat(board.get("asOf").asText()).isEqualTo("2023-10-10");
        assertThat(board.get("directive").asText()).isEqualTo("direttiva-4-2023");
        JsonNode peg = board.get("acts").get(1);
        assertThat(fields(peg)).containsExactly("id", "kind", "title", "due", "approvalDue", "opens", "folder", "folderFound",
                "shared", "sharesFolderWith", "sectors");
        assertThat(peg.get("id").asText()).isEqualTo("peg");
        assertThat(peg.get("kind").asText()).isEqualTo("peg");
        assertThat(peg.get("due").asText()).isEqualTo("2023-10-05");
        assertThat(peg.get("approvalDue").isNull()).as("waits for the budget's approval").isTrue();
        assertThat(board.get("acts").get(2).get("approvalDue").asText()).isEqualTo("2024-01-31");
        JsonNode affari = peg.get("sectors").get(0);
        assertThat(fields(affari)).containsExactly("id", "name", "status", "label", "daysLeft", "daysLate", "arrived", "files",
                "oldFiles");
        assertThat(affari.get("name").asText()).isEqualTo("Settore Affari Generali");
        assertThat(affari.get("status").asText()).isEqualTo("submitted");
        assertThat(affari.get("label").asText()).isEqualTo("consegnato");
        assertThat(affari.get("arrived").asText()).isEqualTo("2023-10-03");
        assertThat(affari.get("daysLeft").isNull()).isTrue();
        JsonNode file = affari.get("files").get(0);
        assertThat(fields(file)).containsExactly("name", "path", "modified", "size", "status");
        assertThat(file.get("name").asText()).isEqualTo("Azioni PEG.docx");
        assertThat(file.get("status").isNull()).as("a shared folder keeps no review state").isTrue();
        assertThat(file.get("path").asText()).isEqualTo(Run.PEG + "/Affari Generali/Azioni PEG.docx");
        assertThat(file.get("modified").asText()).as("in the Comune's zone, whatever this machine's").isEqualTo(
                LocalDate.of(2023, 10, 3).atTime(12, 0).atZone(ZoneId.systemDefault())
                        .withZoneSameInstant(ZoneId.of("Europe/Rome")).toOffsetDateTime().toString());
        assertThat(file.get("size").asLong()).isEqualTo(Files.size(store.resolve(file.get("path").asText())));
        assertThat(peg.get("sectors").get(1).get("status").asText()).isEqualTo("overdue");
        assertThat(peg.get("sectors").get(1).get("daysLate").asInt()).isEqualTo(5);
        assertThat(peg.get("sectors").get(2).get("status").asText()).isEqualTo("submitted-late");
        assertThat(board.get("acts").get(2).get("sectors").get(0).get("daysLeft").asInt()).isEqualTo(97);
        assertThat(board.get("acts").get(2).get("sharesFolderWith").get(0).asText()).isEqualTo("report-intermedio-piao");
        JsonNode unclassified = board.get("unclassified").get(0);
        assertThat(fields(unclassified)).containsExactly("name", "path", "reason", "message", "modified");
        assertThat(unclassified.get("reason").asText()).isEqualTo("unknown-sector-folder");
    }

    @Test
    void csvIsForItalianExcelOneRowPerActAndSector(@TempDir Path dir) throws Exception {
        Path directive = Run.seedWith(dir, "\"title\": \"PEG - Piano Esecutivo di Gestione 2024-2026\"",
                "\"title\": \"PEG; \\\"Piano\\\" Esecutivo\\ndi Gestione\"");
        Run run = Run.of("status", directive.toString(), "--store", store.toString(), "--today", "2023-10-10", "--format", "csv");
        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("\uFEFFCodice atto;Atto;Consegna entro;");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setDelimiter(';').get().parse(new StringReader(run.out().substring(1)))
                .getRecords();
        assertThat(rows).hasSize(1 + 5 * 4);
        assertThat(rows.get(5).values()).containsExactly("peg", "PEG; \"Piano\" Esecutivo\ndi Gestione", "05/10/2023", "", "no",
                "affari-generali", "Settore Affari Generali", "submitted", "consegnato", "", "", "03/10/2023", "1", "0",
                "Azioni PEG.docx", "03/10/2023", Run.PEG + "/Affari Generali/Azioni PEG.docx");
        assertThat(rows.get(6).values()).contains("overdue", "in ritardo, non consegnato", "5");
        assertThat(run.out()).endsWith("\r\n");
        Run english = Run.of("status", directive.toString(), "--store", store.toString(), "--today", "2023-10-10", "--format", "csv",
                "--lang", "en");
        assertThat(english.out()).startsWith("\uFEFFAct id,Act,Due,Giunta approval,").contains(",2023-10-05,,no,affari-generali,");
    }

    @Test
    void xlsxIsAWorkbookOnStandardOutput() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        int code = CycleCommand.run(new String[] {"status", Run.SEED.toString(), "--store", store.toString(), "--today", "2023-10-10",
                "--format", "xlsx"}, bytes, new PrintWriter(err));
        assertThat(code).isZero();
        assertThat(err.toString()).as("the directive's errors, for whoever runs it").contains("la cartella indica il triennio 2022-2024");
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
            List<Row> rows;
            try (Stream<Row> stream = wb.getFirstSheet().openStream()) {
                rows = stream.toList();
            }
            assertThat(wb.getFirstSheet().getName()).isEqualTo("Tabellone");
            assertThat(rows.get(5).getCell(6).asString()).isEqualTo("Settore Affari Generali");
            assertThat(rows.get(5).getCell(14).asString()).isEqualTo("Azioni PEG.docx");
        }
        Run noBytes = status("--format", "xlsx");
        assertThat(noBytes.code()).isEqualTo(2);
        assertThat(noBytes.err()).contains("--output tabellone.xlsx");
    }

    @Test
    void htmlIsOneSelfContainedPageWithEverythingEscaped(@TempDir Path dir) {
        Path directive = Run.seedWith(dir, "\"title\": \"PEG - Piano Esecutivo di Gestione 2024-2026\"",
                "\"title\": \"<script>alert('PEG')</script> & co\"");
        Run.file(store, Run.PEG + "/<script>x</script>/a.docx", LocalDate.of(2023, 10, 4));
        Run run = Run.of("status", directive.toString(), "--store", store.toString(), "--today", "2023-10-10", "--format", "html");
        assertThat(run.code()).isZero();
        String html = run.out();
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<svg", "class=\"s-overdue\"", "class=\"s-submitted-late\"",
                "&lt;script&gt;alert(&#39;PEG&#39;)&lt;/script&gt; &amp; co", "&lt;script&gt;x&lt;/script&gt;", "oggi, 10/10/2023");
        assertThat(html).doesNotContain("<script", "http:", "https:", "src=", "@import", "url(");
    }

    @Test
    void textIsItalianByDefaultAndEnglishOnRequest() {
        Run italian = status();
        assertThat(italian.code()).isZero();
        assertThat(italian.out()).contains("PEG - Piano Esecutivo di Gestione 2024-2026 — consegna entro il 05/10/2023",
                "Settore Servizi Finanziari    in ritardo, non consegnato  5 giorni di ritardo",
                "Settore Lavori Pubblici       consegnato in ritardo       3 giorni di ritardo  08/10/2023  1",
                "Stessa cartella di: Report intermedio e variazioni al PIAO", "Da verificare (1)", "mancano 97 giorni");
        Run english = status("--lang", "en");
        assertThat(english.out()).contains("Gestione 2024-2026 — due 2023-10-05", "overdue, not handed in  5 days late",
                "To be checked (1)", "folder of an unknown sector");
    }

    @Test
    void failOnOverdueExitsWithOne() {
        assertThat(status("--fail-on", "overdue").code()).isEqualTo(1);
        assertThat(status("--fail-on", "overdue", "--today", "2023-10-01").code()).isZero();
        assertThat(status().code()).isZero();
    }

    @Test
    void caseIsIgnoredByDefaultAndTheOldOptionStillRuns(@TempDir Path dir) {
        Run.file(store, Run.PEG + "/servizi finanziari/Azioni.docx", LocalDate.of(2023, 10, 4));
        String pegRow = "peg;PEG - Piano Esecutivo di Gestione 2024-2026;05/10/2023;;no;servizi-finanziari;Settore Servizi Finanziari;";
        assertThat(status("--format", "csv").out()).contains(pegRow + "submitted;");
        assertThat(status("--format", "csv", "--ignore-case").out()).contains(pegRow + "submitted;");
        Path matchingCase = Run.seedWith(dir, "\"calendar\": {\"country\": \"IT\"},",
                "\"calendar\": {\"country\": \"IT\"}, \"files\": {\"matchCase\": true},");
        Run conflict = Run.of("status", matchingCase.toString(), "--store", store.toString(), "--ignore-case");
        assertThat(conflict.code()).isEqualTo(2);
        assertThat(conflict.out()).isEmpty();
        assertThat(conflict.err()).contains("matchCase").contains("--ignore-case");
    }

    @Test
    void unusableInputExitsWithTwoAndPrintsNothing() {
        Run badDay = status("--today", "10/10/2023");
        assertThat(badDay.code()).isEqualTo(2);
        assertThat(badDay.out()).isEmpty();
        assertThat(badDay.err()).contains("--today \"10/10/2023\": attesa una data AAAA-MM-GG");
        Run noStore = Run.of("status", Run.SEED.toString(), "--store", store.resolve("manca").toString());
        assertThat(noStore.code()).isEqualTo(2);
        assertThat(noStore.out()).isEmpty();
    }

    @Test
    void aDeferredDeadlineWaitsWithoutBeingLate(@TempDir Path dir) {
        Path directive = Run.seedWith(dir, "\"due\": {\"on\": \"2023-10-05\"},\n        \"folder\": \"ATTIVITA' TRASVERSALI\\\\11_",
                "\"due\": {\"days\": 5, \"after\": \"bilancio-approvato\"},\n        \"folder\": \"ATTIVITA' TRASVERSALI\\\\11_");
        Run run = Run.of("status", directive.toString(), "--store", store.toString(), "--today", "2023-10-10", "--format", "csv");
        assertThat(run.out()).contains("peg;PEG - Piano Esecutivo di Gestione 2024-2026;;;no;servizi-finanziari;"
                + "Settore Servizi Finanziari;missing;da consegnare;;;;0");
        assertThat(run.out()).contains("lavori-pubblici;Settore Lavori Pubblici;submitted;consegnato;;;08/10/2023;1");
    }

    private Run status(String... more) {
        List<String> args = new ArrayList<>(List.of("status", Run.SEED.toString(), "--store", store.toString()));
        args.addAll(List.of(more));
        if (!args.contains("--today")) {
            args.addAll(List.of("--today", "2023-10-10"));
        }
        return Run.of(args.toArray(String[]::new));
    }

    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}

package it.ciclo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9, as a new user met it: a shared folder laid out like a Comune's, the seed directive, the
 * board on 10 October 2023 (PEG and DUP update due on the 5th, the directive dated 20 September).
 * Each test is one of the things seen, through the command as the office runs it.
 */
class BoardTruthTest {

    private static final String DUP = "ATTIVITA' TRASVERSALI/11_Programmazione e controllo/D_DUP 2024_2026";
    private static final String PIAO = "ATTIVITA' TRASVERSALI/11_Programmazione e controllo/F_PIAO 2024_2026";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path store;

    @TempDir
    Path dir;

    /** 1. System and temporary files are never submissions. */
    @Test
    void junkIsNeverASubmission() throws Exception {
        init(Run.SEED);
        Run.file(store, Run.PEG + "/Servizi Finanziari/Thumbs.db", LocalDate.of(2023, 10, 2));
        Run.file(store, Run.PEG + "/Servizi Finanziari/Azioni PEG - collegamento.lnk", LocalDate.of(2023, 10, 2));
        Run.file(store, PIAO + "/Lavori Pubblici/desktop.ini", LocalDate.of(2023, 10, 2));
        Run.file(store, DUP + "/Servizi Finanziari/~$ta DUP SF.docx", LocalDate.of(2023, 10, 2));
        Run.file(store, Run.PEG + "/Lavori Pubblici/.DS_Store", LocalDate.of(2023, 10, 2));
        Run.file(store, Run.PEG + "/Lavori Pubblici/~WRL0001.tmp", LocalDate.of(2023, 10, 2));

        JsonNode board = json(status("--format", "json"));
        assertThat(sector(board, "peg", "servizi-finanziari").get("status").asText()).isEqualTo("overdue");
        assertThat(sector(board, "peg", "servizi-finanziari").get("files")).isEmpty();
        assertThat(sector(board, "piao", "lavori-pubblici").get("status").asText()).isEqualTo("missing");
        assertThat(sector(board, "nota-dup", "servizi-finanziari").get("status").asText()).isEqualTo("overdue");
        assertThat(sector(board, "peg", "lavori-pubblici").get("status").asText()).isEqualTo("overdue");
        assertThat(board.get("unclassified")).as("junk is not out of place either: it is nothing").isEmpty();
    }

    /** 1. The directive adds its own names to the list. */
    @Test
    void theDirectiveExtendsTheIgnoreList() throws Exception {
        Path directive = Run.seedWith(dir, "\"calendar\": {\"country\": \"IT\"},",
                "\"calendar\": {\"country\": \"IT\"},\n  \"files\": {\"ignore\": [\"*.bak\", \"Copia di *\"]},");
        init(directive);
        Run.file(store, Run.PEG + "/Affari Generali/Azioni.bak", LocalDate.of(2023, 10, 2));
        Run.file(store, Run.PEG + "/Lavori Pubblici/copia di Azioni.docx", LocalDate.of(2023, 10, 2));
        Run.file(store, Run.PEG + "/Servizi Finanziari/Azioni.docx", LocalDate.of(2023, 10, 2));

        JsonNode board = json(status(directive, "--format", "json"));
        assertThat(sector(board, "peg", "affari-generali").get("status").asText()).isEqualTo("overdue");
        assertThat(sector(board, "peg", "lavori-pubblici").get("status").asText()).isEqualTo("overdue");
        assertThat(sector(board, "peg", "servizi-finanziari").get("status").asText()).isEqualTo("submitted");
    }

    /** 2. Files last modified before the collection opened are from an earlier cycle: counted apart, listed. */
    @Test
    void filesFromBeforeTheCollectionAreNotSubmissions() throws Exception {
        init(Run.SEED);
        Run.file(store, Run.PEG + "/Affari Generali/Azioni PEG 2023.docx", LocalDate.of(2023, 3, 1));
        Run.file(store, Run.PEG + "/Lavori Pubblici/Azioni PEG 2023.docx", LocalDate.of(2023, 2, 1));
        Run.file(store, Run.PEG + "/Lavori Pubblici/Azioni PEG 2024.docx", LocalDate.of(2023, 10, 4));

        JsonNode board = json(status("--format", "json"));
        JsonNode affari = sector(board, "peg", "affari-generali");
        assertThat(affari.get("status").asText()).isEqualTo("overdue");
        assertThat(affari.get("files")).isEmpty();
        assertThat(affari.get("oldFiles")).singleElement().satisfies(f ->
                assertThat(f.get("path").asText()).isEqualTo(Run.PEG + "/Affari Generali/Azioni PEG 2023.docx"));
        JsonNode lavori = sector(board, "peg", "lavori-pubblici");
        assertThat(lavori.get("status").asText()).isEqualTo("submitted");
        assertThat(lavori.get("files")).extracting(f -> f.get("name").asText()).containsExactly("Azioni PEG 2024.docx");
        assertThat(act(board, "peg").get("opens").asText()).isEqualTo("2023-09-21");

        assertThat(status().out()).contains("1 file anteriore all'apertura della raccolta (21/09/2023), non contato");
    }

    /** 2. An act may open its collection later than the directive. */
    @Test
    void anActOpensItsCollectionWhenTheDirectiveSays() throws Exception {
        Path directive = Run.seedWith(dir, "\"folder\": \"ATTIVITA' TRASVERSALI\\\\11_Programmazione e controllo\\\\E_PEG 2024_2026\",",
                "\"folder\": \"ATTIVITA' TRASVERSALI\\\\11_Programmazione e controllo\\\\E_PEG 2024_2026\", \"opens\": \"2023-10-01\",");
        init(directive);
        Run.file(store, Run.PEG + "/Affari Generali/Azioni.docx", LocalDate.of(2023, 9, 25));
        Run.file(store, Run.PEG + "/Lavori Pubblici/Azioni.docx", LocalDate.of(2023, 10, 1));

        JsonNode board = json(status(directive, "--format", "json"));
        assertThat(sector(board, "peg", "affari-generali").get("status").asText()).isEqualTo("overdue");
        assertThat(sector(board, "peg", "lavori-pubblici").get("status").asText()).isEqualTo("submitted");
    }

    /** 3. A sector's file dropped straight into the act folder is listed "da verificare"; the office's templates are not. */
    @Test
    void aLooseFileInTheActFolderIsToBeVerifiedAndTemplatesAreNot() throws Exception {
        init(Run.SEED);
        Run.file(store, Run.PEG + "/Scheda PEG vuota.xlsx", LocalDate.of(2023, 9, 15));
        Run.file(store, Run.PEG + "/PEG Servizi Finanziari.xlsx", LocalDate.of(2023, 10, 4));

        JsonNode board = json(status("--format", "json"));
        assertThat(board.get("unclassified")).singleElement().satisfies(u -> {
            assertThat(u.get("name").asText()).isEqualTo("PEG Servizi Finanziari.xlsx");
            assertThat(u.get("path").asText()).isEqualTo(Run.PEG + "/PEG Servizi Finanziari.xlsx");
            assertThat(u.get("reason").asText()).isEqualTo("loose-in-act-folder");
        });
        assertThat(status().out()).contains("Da verificare (1)", "PEG Servizi Finanziari.xlsx");
    }

    /** 3. Files in the declared templates folder are the office's, whatever their date. */
    @Test
    void aDeclaredTemplatesFolderHoldsTemplates() throws Exception {
        Path directive = Run.seedWith(dir, "\"calendar\": {\"country\": \"IT\"},",
                "\"calendar\": {\"country\": \"IT\"},\n  \"files\": {\"templatesFolder\": \"Modelli\"},");
        init(directive);
        Run.file(store, Run.PEG + "/Modelli/Scheda PEG.xlsx", LocalDate.of(2023, 10, 2));
        Run.file(store, Run.PEG + "/Modelli/vecchi/Scheda 2022.xlsx", LocalDate.of(2022, 10, 2));

        JsonNode board = json(status(directive, "--format", "json"));
        assertThat(board.get("unclassified")).isEmpty();
    }

    /** 4. init and status match names the same way, ignoring case by default. */
    @Test
    void initAndStatusAgreeOnLetterCase() throws Exception {
        Files.createDirectories(store.resolve(Run.PEG + "/LAVORI PUBBLICI"));
        Run init = init(Run.SEED);
        assertThat(init.out()).doesNotContain("creata     " + Run.PEG + "/Lavori Pubblici");
        Run.file(store, Run.PEG + "/LAVORI PUBBLICI/Azioni LP.docx", LocalDate.of(2023, 10, 3));

        JsonNode board = json(status("--format", "json"));
        assertThat(sector(board, "peg", "lavori-pubblici").get("status").asText()).isEqualTo("submitted");
        assertThat(board.get("unclassified")).isEmpty();
    }

    /** 4. A directive that wants case to count says so; then both commands count it. */
    @Test
    void aDirectiveCanAskForCaseToCount() throws Exception {
        Path directive = Run.seedWith(dir, "\"calendar\": {\"country\": \"IT\"},",
                "\"calendar\": {\"country\": \"IT\"},\n  \"files\": {\"matchCase\": true},");
        Files.createDirectories(store.resolve(Run.PEG + "/LAVORI PUBBLICI"));
        Run.file(store, Run.PEG + "/LAVORI PUBBLICI/Azioni LP.docx", LocalDate.of(2023, 10, 3));
        Run init = init(directive);
        assertThat(init.out()).contains("creata     " + Run.PEG + "/Lavori Pubblici");

        JsonNode board = json(status(directive, "--format", "json"));
        assertThat(sector(board, "peg", "lavori-pubblici").get("status").asText()).isEqualTo("overdue");
        assertThat(board.get("unclassified")).singleElement()
                .satisfies(u -> assertThat(u.get("reason").asText()).isEqualTo("unknown-sector-folder"));
    }

    /** 5. Days are counted in the office's zone, from the directive, whatever the machine's. */
    @Test
    void daysAreCountedInTheOfficeZoneNotTheMachines() throws Exception {
        init(Run.SEED);
        Path file = store.resolve(Run.PEG + "/Affari Generali/Azioni.docx");
        Files.writeString(file, "azioni");
        // 00:30 in Rome on 6 October, the day after the deadline; still 5 October in UTC, this machine's zone.
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2023-10-05T22:30:00Z")));

        JsonNode board = json(status("--format", "json"));
        JsonNode affari = sector(board, "peg", "affari-generali");
        assertThat(affari.get("status").asText()).isEqualTo("submitted-late");
        assertThat(affari.get("files").get(0).get("modified").asText()).isEqualTo("2023-10-06T00:30+02:00");

        Path utc = Run.seedWith(dir, "\"calendar\": {\"country\": \"IT\"}", "\"calendar\": {\"country\": \"IT\", \"zone\": \"UTC\"}");
        assertThat(sector(json(status(utc, "--format", "json")), "peg", "affari-generali").get("status").asText())
                .isEqualTo("submitted");
    }

    /** 6. Every form of the board names the files of each cell. */
    @Test
    void everyFormOfTheBoardNamesTheFiles() throws Exception {
        init(Run.SEED);
        Run.file(store, Run.PEG + "/Affari Generali/Azioni PEG.docx", LocalDate.of(2023, 10, 3));
        Run.file(store, Run.PEG + "/Affari Generali/bozze/Azioni PEG v2.docx", LocalDate.of(2023, 10, 4));

        assertThat(status().out()).contains("Settore Affari Generali: " + Run.PEG + "/Affari Generali/Azioni PEG.docx (03/10/2023)",
                Run.PEG + "/Affari Generali/bozze/Azioni PEG v2.docx (04/10/2023)");
        assertThat(status("--format", "csv").out()).contains("peg;PEG - Piano Esecutivo di Gestione 2024-2026;05/10/2023;;no;"
                + "affari-generali;Settore Affari Generali;submitted;consegnato;;;03/10/2023;2;0;\"Azioni PEG.docx\nAzioni PEG v2.docx\";\"03/10/2023\n04/10/2023\";\""
                + Run.PEG + "/Affari Generali/Azioni PEG.docx\n" + Run.PEG + "/Affari Generali/bozze/Azioni PEG v2.docx\"");
        JsonNode file = sector(json(status("--format", "json")), "peg", "affari-generali").get("files").get(1);
        assertThat(file.get("name").asText()).isEqualTo("Azioni PEG v2.docx");
        assertThat(file.get("path").asText()).isEqualTo(Run.PEG + "/Affari Generali/bozze/Azioni PEG v2.docx");
        String html = status("--format", "html").out();
        assertThat(html).contains("Azioni PEG v2.docx", "Chi sollecitare", "Settore Servizi Finanziari", "Da verificare");
    }

    /** 7. status shows the directive's errors before the board. */
    @Test
    void statusShowsTheDirectivesErrorsFirst() {
        init(Run.SEED);
        Run run = status();
        assertThat(run.code()).isZero();
        String out = run.out();
        assertThat(out).contains("Errore alla riga 71: la consegna interna", "Errore alla riga 85: la cartella indica il triennio");
        assertThat(out.indexOf("Errore alla riga 71")).isLessThan(out.indexOf("PEG - Piano Esecutivo"));
        assertThat(status("--format", "html").out()).contains("Errore alla riga 71");
        assertThat(status("--format", "json").err()).contains("Errore alla riga 85");
        assertThat(status("--format", "json", "--verbose").err()).contains("errore [year-mismatch] $.acts[4].submission.folder");
    }

    /** 7. init leaves alone the folder an error-level finding targets, unless told otherwise. */
    @Test
    void initDoesNotCreateAFolderTheChecksCallWrong() {
        Run init = init(Run.SEED);
        String flagged = "ATTIVITA' TRASVERSALI/11_Programmazione e controllo/C_Aggiornamento PEG 2022-2024";
        assertThat(init.out()).contains("Errore alla riga 85: la cartella indica il triennio 2022-2024", "non creata: " + flagged,
                "--include-flagged");
        assertThat(store.resolve(flagged)).doesNotExist();
        assertThat(store.resolve(Run.PEG + "/Lavori Pubblici")).isDirectory();

        Run forced = Run.of("init", Run.SEED.toString(), "--store", store.toString(), "--include-flagged");
        assertThat(forced.code()).isZero();
        assertThat(store.resolve(flagged + "/Lavori Pubblici")).isDirectory();
    }

    /** 9. An act may name the sectors that owe it; the others have no folder and no cell for it. */
    @Test
    void anActNamesTheSectorsThatOweIt() throws Exception {
        Path directive = Run.seedWith(dir, "\"folder\": \"ATTIVITA' TRASVERSALI\\\\11_Programmazione e controllo\\\\E_PEG 2024_2026\",",
                "\"folder\": \"ATTIVITA' TRASVERSALI\\\\11_Programmazione e controllo\\\\E_PEG 2024_2026\", "
                        + "\"sectors\": [\"lavori-pubblici\", \"servizi-finanziari\"],");
        init(directive);
        assertThat(store.resolve(Run.PEG + "/Lavori Pubblici")).isDirectory();
        assertThat(store.resolve(Run.PEG + "/Affari Generali")).doesNotExist();
        assertThat(store.resolve(PIAO + "/Affari Generali")).isDirectory();
        Run.file(store, Run.PEG + "/Affari Generali/Azioni.docx", LocalDate.of(2023, 10, 3));

        JsonNode board = json(status(directive, "--format", "json"));
        assertThat(act(board, "peg").get("sectors")).extracting(s -> s.get("id").asText())
                .containsExactly("servizi-finanziari", "lavori-pubblici");
        assertThat(board.get("unclassified")).singleElement()
                .satisfies(u -> assertThat(u.get("reason").asText()).isEqualTo("sector-not-asked"));
    }

    private Run init(Path directive) {
        Run run = Run.of("init", directive.toString(), "--store", store.toString());
        assertThat(run.code()).as(run.err()).isZero();
        return run;
    }

    private Run status(String... more) {
        return status(Run.SEED, more);
    }

    private Run status(Path directive, String... more) {
        List<String> args = new ArrayList<>(List.of("status", directive.toString(), "--store", store.toString(),
                "--today", "2023-10-10"));
        args.addAll(List.of(more));
        Run run = Run.of(args.toArray(String[]::new));
        assertThat(run.code()).as(run.err()).isZero();
        return run;
    }

    private static JsonNode json(Run run) throws Exception {
        return JSON.readTree(run.out());
    }

    static JsonNode act(JsonNode board, String id) {
        for (JsonNode act : board.get("acts")) {
            if (act.get("id").asText().equals(id)) {
                return act;
            }
        }
        throw new AssertionError("no act " + id + " in " + board);
    }

    static JsonNode sector(JsonNode board, String actId, String sectorId) {
        for (JsonNode s : act(board, actId).get("sectors")) {
            if (s.get("id").asText().equals(sectorId)) {
                return s;
            }
        }
        throw new AssertionError("no sector " + sectorId + " for " + actId);
    }
}

package it.ciclo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, item 7: text a Windows console on code page 850 shows as written, and documents that a
 * file gets whole in UTF-8 with {@code --output} (PowerShell's {@code >} would re-encode them). A
 * real Windows console cannot be opened here: the console's encoding is Java's IBM850, as
 * {@code Console.charset()} reports it on such a console.
 */
class WindowsOutputTest {

    @TempDir
    Path dir;

    @Test
    void aConsoleGetsItsOwnCodePageWithNearFormsForWhatItLacks() throws Exception {
        Charset cp850 = Charset.forName("IBM850");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer w = ConsoleText.writer(bytes, cp850)) {
            w.write("Attività è già — «PEG» → 09/01/2024 … ␛[2J");
        }

        assertThat(bytes.toString(cp850)).isEqualTo("Attività è già - «PEG» -> 09/01/2024 ... ^[[2J");
        assertThat(ConsoleText.charset(null)).as("not a console: a file or a pipe").isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void outputWritesTheDocumentInUtf8AndSaysWhere() throws Exception {
        Path store = Files.createDirectories(dir.resolve("R"));
        Run.of("init", Run.SEED.toString(), "--store", store.toString());
        Run.file(store, Run.PEG + "/Servizi alla Persona/Relazione attività.docx", LocalDate.of(2023, 10, 3));
        Path html = dir.resolve("tabellone.html");
        Files.writeString(html, "vecchio");
        Path ics = dir.resolve("ciclo.ics");
        Path findings = dir.resolve("controlli.txt");

        Run refused = Run.of("status", Run.SEED.toString(), "--store", store.toString(), "--today", "2023-10-10", "--format", "html",
                "--output", html.toString());
        assertThat(refused.code()).as("a file already there is never replaced on Ciclo's own").isEqualTo(2);
        assertThat(refused.err()).contains("il file esiste già", "--sovrascrivi");
        assertThat(Files.readString(html)).isEqualTo("vecchio");
        Run board = Run.of("status", Run.SEED.toString(), "--store", store.toString(), "--today", "2023-10-10", "--format", "html",
                "--output", html.toString(), "--sovrascrivi");
        Run calendar = Run.of("calendar", Run.SEED.toString(), "--format", "ics", "--output", ics.toString(), "--lang", "en");
        Run check = Run.of("check", Run.SEED.toString(), "--output", findings.toString());

        assertThat(board.code()).isZero();
        assertThat(board.out()).isEqualTo("Scritto " + html + "\n");
        String page = new String(Files.readAllBytes(html), StandardCharsets.UTF_8);
        assertThat(page).startsWith("<!DOCTYPE html>").contains("Relazione attività.docx");
        assertThat(calendar.out()).isEqualTo("Written " + ics + "\n");
        assertThat(Files.readString(ics)).startsWith("BEGIN:VCALENDAR\r\n");
        assertThat(check.code()).isEqualTo(1);
        assertThat(Files.readString(findings, StandardCharsets.UTF_8)).contains("Errore alla riga 71", "3 errori");
        try (var listing = Files.list(dir)) {
            assertThat(listing.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void outputNeverGoesOnTheDirectiveTheRegisterOrIntoAnActFolder() throws Exception {
        Path directive = Files.copy(Run.SEED, dir.resolve("direttiva.json"));
        Path store = Files.createDirectories(dir.resolve("R"));
        Run.of("init", directive.toString(), "--store", store.toString());
        Path actFolder = store.resolve(Run.PEG);
        Path inActFolder = actFolder.resolve("tabellone.html");
        byte[] before = Files.readAllBytes(directive);

        Run onDirective = Run.of("calendar", directive.toString(), "--output", directive.toString());
        Run onRegister = Run.of("check", directive.toString(), "--output", dir.resolve("direttiva.eventi.json").toString());
        Run inStore = Run.of("status", directive.toString(), "--store", store.toString(), "--output", inActFolder.toString(),
                "--lang", "en", "--sovrascrivi");
        // Beside the act folders, in the office's part of the shared folder, a board is fine.
        Run besideActs = Run.of("status", directive.toString(), "--store", store.toString(), "--today", "2023-10-10",
                "--format", "html", "--output", store.resolve("tabellone.html").toString());
        Run noFolder = Run.of("calendar", directive.toString(), "--output", dir.resolve("manca/ciclo.txt").toString());

        assertThat(onDirective.code()).isEqualTo(2);
        assertThat(onDirective.err()).startsWith("--output " + directive + ": è " + directive);
        assertThat(onRegister.code()).isEqualTo(2);
        assertThat(inStore.code()).isEqualTo(2);
        assertThat(inStore.err()).startsWith("--output " + inActFolder + ": it is " + actFolder);
        assertThat(inActFolder).doesNotExist();
        assertThat(besideActs.code()).as(besideActs.err()).isZero();
        assertThat(store.resolve("tabellone.html")).isRegularFile();
        assertThat(noFolder.code()).isEqualTo(2);
        assertThat(noFolder.err()).contains("la cartella che dovrebbe contenerlo non esiste");
        assertThat(Files.readAllBytes(directive)).isEqualTo(before);
        assertThat(dir.resolve("direttiva.eventi.json")).doesNotExist();
    }
}

package it.ciclo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10 on real trees: links that lead nowhere or outside the store, a read-only folder, a locale
 * that is not UTF-8, names that would act on the terminal. Every case ends in a located answer;
 * the dry run predicts the real run, refusals included; user files are never touched.
 */
class HostileTreeTest {

    @TempDir
    Path store;

    @TempDir
    Path dir;

    /** Item 4: a dangling link at the root and a link to itself in an act folder are listed and passed over. */
    @Test
    void linksThatLeadNowhereAreReportedAndTheRestIsProvisioned() throws Exception {
        Files.createSymbolicLink(store.resolve("vecchio collegamento"), store.resolve("non c'è più"));
        Path act = Files.createDirectories(store.resolve(Run.PEG));
        Files.createSymbolicLink(act.resolve("anello"), act.resolve("anello"));

        Run dry = Run.of("init", Run.SEED.toString(), "--store", store.toString(), "--dry-run");
        Run real = Run.of("init", Run.SEED.toString(), "--store", store.toString());

        assertThat(dry.code()).as(dry.err()).isZero();
        assertThat(real.code()).as(real.err()).isZero();
        assertThat(real.out()).contains("ignorato   vecchio collegamento: collegamento che non porta da nessuna parte",
                "ignorato   " + Run.PEG + "/anello: collegamento che non porta da nessuna parte");
        assertThat(store.resolve(Run.PEG + "/Servizi alla Persona")).isDirectory();
        assertThat(dry.out().lines().filter(l -> l.startsWith("da creare"))).hasSameSizeAs(
                real.out().lines().filter(l -> l.startsWith("creata")).toList());
        assertThat(Files.isSymbolicLink(store.resolve("vecchio collegamento"))).isTrue();

        Run status = Run.of("status", Run.SEED.toString(), "--store", store.toString(), "--today", "2023-10-10");
        assertThat(status.code()).isZero();
        assertThat(status.out()).contains(Run.PEG + "/anello — non letto");
    }

    /** Item 4: a link that leads nowhere with the very name of a folder to create blocks it, and says so. */
    @Test
    void aLinkWhereAFolderIsWantedIsRefusedBeforeAnythingIsCreated() throws Exception {
        Files.createSymbolicLink(store.resolve("ATTIVITA' TRASVERSALI"), store.resolve("manca"));
        List<String> before = Run.tree(store);

        Run run = Run.of("init", Run.SEED.toString(), "--store", store.toString());

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("ATTIVITA' TRASVERSALI: c'è un collegamento che non porta da nessuna parte con il nome"
                + " di una cartella da creare; toglierlo o correggerlo. Nessuna cartella creata.\n");
        assertThat(Run.tree(store)).isEqualTo(before);
    }

    /** Item 5: an act folder that is a link leading outside the store: the dry run refuses what the real run would. */
    @Test
    void aLinkLeadingOutsideTheStoreIsRefusedByTheDryRunAndTheRealRunAlike(@TempDir Path outside) throws Exception {
        Files.createDirectories(store.resolve(Run.PEG).getParent());
        Files.createSymbolicLink(store.resolve(Run.PEG), outside);
        List<String> before = Run.tree(store);

        Run dry = Run.of("init", Run.SEED.toString(), "--store", store.toString(), "--dry-run");
        Run real = Run.of("init", Run.SEED.toString(), "--store", store.toString(), "--lang", "en");

        assertThat(dry.code()).isEqualTo(2);
        assertThat(real.code()).isEqualTo(2);
        assertThat(dry.out()).isEmpty();
        assertThat(real.out()).isEmpty();
        assertThat(dry.err()).isEqualTo(Run.PEG + ": la cartella, attraverso un collegamento, sta fuori da " + store
                + ": nessuna cartella vi viene creata Nessuna cartella creata.\n");
        assertThat(real.err()).isEqualTo(Run.PEG + ": the folder, through a link, lies outside " + store
                + ": no folder is created in it No folder was created.\n");
        assertThat(Run.tree(store)).isEqualTo(before);
        try (var listing = Files.list(outside)) {
            assertThat(listing).isEmpty();
        }
    }

    /** Item 2 and 9: a NUL, a colon, a reserved name or a trailing space in a sector folder: refused with its place, no trace. */
    @Test
    void sectorFoldersAWindowsShareCannotHoldAreRefusedWithTheirPlace() {
        for (String bad : List.of("Servizi\\u0000", "Servizi: Cultura", "CON", "Servizi ")) {
            Path directive = Run.seedWith(dir, "\"folder\": \"Servizi alla Persona\"", "\"folder\": \"" + bad + "\"");
            Run run = Run.of("init", directive.toString(), "--store", store.toString(), "--dry-run");
            assertThat(run.code()).as(bad).isEqualTo(2);
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).as(bad).startsWith(directive + ", riga 21, colonna ").doesNotContain("Exception", "\tat ");
        }
        assertThat(Run.tree(store)).hasSize(1);
    }

    /** Item 8: names and titles holding ESC, BEL, CR, a newline or U+202E are shown by name, never acted upon. */
    @Test
    void controlAndBidiCharactersAreMadeVisibleInEveryTextOutput() throws Exception {
        String hostile = "Azioni\u001b[2J\u0007\r\u202Egpj.exe\nfalso.docx";
        Path directive = Run.seedWith(dir, "\"title\": \"PEG - Piano Esecutivo di Gestione 2024-2026\"",
                "\"title\": \"PEG \\u001b]0;titolo\\u0007 \\u202Eevil\"");
        Run.of("init", directive.toString(), "--store", store.toString());
        Run.file(store, Run.PEG + "/Affari Generali/" + hostile, LocalDate.of(2023, 10, 3));

        List<Run> runs = List.of(
                Run.of("status", directive.toString(), "--store", store.toString(), "--today", "2023-10-10"),
                Run.of("status", directive.toString(), "--store", store.toString(), "--today", "2023-10-10", "--format", "html"),
                Run.of("calendar", directive.toString()),
                Run.of("calendar", directive.toString(), "--format", "ics"),
                Run.of("check", directive.toString(), "--event", "x\u001b[2J=2024-01-01"));
        for (Run run : runs) {
            assertThat(run.out() + run.err()).doesNotContain("\u001b", "\u0007", "\u202E", "\r\u202E");
        }
        String board = runs.get(0).out();
        assertThat(board).contains("Settore Affari Generali: " + Run.PEG + "/Affari Generali/Azioni␛[2J␇␍[U+202E]gpj.exe␊falso.docx (03/10/2023)");
        assertThat(board.lines().filter(l -> l.startsWith("falso.docx"))).isEmpty();
        assertThat(runs.get(2).out()).contains("PEG ␛]0;titolo␇ [U+202E]evil");
        assertThat(runs.get(4).err()).startsWith("--event x␛[2J: ");
    }

    /** Item 3: under a locale that is not UTF-8 the board is refused, not wrong. */
    @Test
    void aLocaleThatIsNotUtf8IsRefusedNotAWrongBoard() throws Exception {
        Run.of("init", Run.SEED.toString(), "--store", store.toString());
        Path accented = Files.createDirectories(store.resolve(Run.PEG + "/Attività Produttive"));
        Files.writeString(accented.resolve("Azioni.docx"), "x");

        Process posix = command(Map.of("LC_ALL", "C"), "status", Run.SEED.toString(), "--store", store.toString(),
                "--today", "2023-10-10");
        Process utf8 = command(Map.of("LC_ALL", "C.UTF-8"), "init", Run.SEED.toString(), "--store", store.toString(), "--dry-run");

        assertThat(posix.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(utf8.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String err = new String(posix.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(posix.exitValue()).as(err).isEqualTo(2);
        assertThat(posix.getInputStream().readAllBytes()).isEmpty();
        assertThat(err).contains("non usa UTF-8 per i nomi dei file", "LANG=C.UTF-8").doesNotContain("Exception");
        assertThat(utf8.exitValue()).isZero();
    }

    /** The command in a JVM of its own, started with {@code env} (the locale is fixed at a JVM's start). */
    private static Process command(Map<String, String> env, String... args) throws IOException {
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CycleCommand.class.getName()));
        line.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(line).directory(new File("."));
        pb.environment().remove("LANG");
        pb.environment().remove("LC_MESSAGES");
        pb.environment().putAll(env);
        return pb.start();
    }
}

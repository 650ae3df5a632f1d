package it.ciclo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InitCommandTest {

    @TempDir
    Path store;

    @Test
    void createsTheFoldersAndSaysWhich() {
        Run run = Run.of("init", Run.SEED.toString(), "--store", store.toString());
        assertThat(run.code()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("creata     ATTIVITA' TRASVERSALI\n", "creata     " + Run.PEG + "/Servizi alla Persona\n",
                "17 cartelle create; nessuna cartella di atti e settori era già presente.");
        assertThat(store.resolve(Run.PEG + "/Servizi alla Persona")).isDirectory();
    }

    @Test
    void aSecondRunCreatesNothingAndSaysSo() {
        Run.of("init", Run.SEED.toString(), "--store", store.toString());
        List<String> before = Run.tree(store);
        Run again = Run.of("init", Run.SEED.toString(), "--store", store.toString(), "--lang", "en");
        assertThat(again.code()).isZero();
        assertThat(again.out()).contains("No folder to create: all 15 act and sector folders are already there.")
                .doesNotContain("created ");
        assertThat(Run.tree(store)).isEqualTo(before);
    }

    @Test
    void aDryRunWritesNothing() {
        Run.file(store, "ATTIVITA' TRASVERSALI/appunti.txt", LocalDate.of(2023, 9, 1));
        List<String> before = Run.tree(store);
        Run run = Run.of("init", Run.SEED.toString(), "--store", store.toString(), "--dry-run");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("da creare  " + Run.PEG + "\n",
                "Prova (--dry-run): 16 cartelle sarebbero create, nulla è stato scritto");
        assertThat(Run.tree(store)).isEqualTo(before);
    }

    @Test
    void neverTouchesExistingFiles() throws Exception {
        Run.file(store, Run.PEG + "/Affari Generali/Azioni.docx", LocalDate.of(2023, 10, 3));
        Run.file(store, Run.PEG + "/Scheda.xlsx", LocalDate.of(2023, 9, 20));
        List<String> files = Run.tree(store).stream().filter(l -> l.contains(".docx") || l.contains(".xlsx")).toList();
        Run run = Run.of("init", Run.SEED.toString(), "--store", store.toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).doesNotContain("creata     " + Run.PEG + "\n").contains("2 cartelle di atti e settori erano già presenti");
        assertThat(Run.tree(store)).containsAll(files);
    }

    @Test
    void refusesAFolderThatLeavesTheStoreAndWritesNothing(@TempDir Path dir) {
        Path directive = Run.seedWith(dir, "E_PEG 2024_2026\"", "..\\\\..\\\\..\\\\E_PEG 2024_2026\"");
        Run run = Run.of("init", directive.toString(), "--store", store.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith(directive + ", riga 44, colonna 19: «ATTIVITA' TRASVERSALI")
                .contains("«..» porterebbe fuori dalla cartella condivisa");
        assertThat(Run.tree(store)).hasSize(1);
        assertThat(dir.getParent().resolve("E_PEG 2024_2026")).doesNotExist();
    }

    @Test
    void refusesAStoreThatIsNotThere() {
        Run run = Run.of("init", Run.SEED.toString(), "--store", store.resolve("manca").toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("--store: la cartella " + store.resolve("manca") + " non esiste\n");
    }

    @Test
    void refusesWhenAFileHasTheNameOfAFolderToCreate() throws Exception {
        Run.file(store, Run.PEG + "/Lavori Pubblici", LocalDate.of(2023, 9, 1));
        List<String> before = Run.tree(store);
        Run run = Run.of("init", Run.SEED.toString(), "--store", store.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains(Run.PEG + "/Lavori Pubblici: c'è un file con il nome di una cartella da creare");
        assertThat(Run.tree(store)).isEqualTo(before);
        assertThat(Files.isRegularFile(store.resolve(Run.PEG + "/Lavori Pubblici"))).isTrue();
    }
}

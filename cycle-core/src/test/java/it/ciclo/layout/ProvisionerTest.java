package it.ciclo.layout;

import static it.ciclo.testing.Fixtures.file;
import static it.ciclo.testing.Fixtures.nfd;
import static org.assertj.core.api.Assertions.assertThat;

import it.ciclo.store.StorePath;
import it.ciclo.store.local.LocalFolderStore;
import it.ciclo.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProvisionerTest {

    @TempDir
    Path root;

    @Test
    void createsTheSeedFoldersOnceAndThenNothing() throws Exception {
        Provisioner provisioner = new Provisioner(Layout.of(Fixtures.seed()));
        LocalFolderStore store = LocalFolderStore.open(root);
        FolderPlan plan = provisioner.plan(store);
        assertThat(plan.toCreate()).hasSize(2 + 4 * 5).startsWith(StorePath.of("ATTIVITA' TRASVERSALI"));
        assertThat(plan.toCreate()).contains(StorePath.of((Fixtures.PIAO + "/Servizi alla Persona").split("/")));
        List<StorePath> created = new ArrayList<>();
        provisioner.apply(plan, store, created::add);
        assertThat(created).isEqualTo(plan.toCreate());
        assertThat(root.resolve(Fixtures.PEG + "/Servizi alla Persona")).isDirectory();

        List<String> before = Fixtures.listing(root);
        FolderPlan again = provisioner.plan(store);
        assertThat(again.isComplete()).isTrue();
        assertThat(again.existing()).hasSize(4 * 5);
        provisioner.apply(again, store, created::add);
        assertThat(Fixtures.listing(root)).isEqualTo(before);
    }

    @Test
    void planningWritesNothing() throws Exception {
        file(root, "ATTIVITA' TRASVERSALI/altro.docx", LocalDate.of(2023, 1, 1));
        List<String> before = Fixtures.listing(root);
        new Provisioner(Layout.of(Fixtures.seed())).plan(LocalFolderStore.open(root));
        assertThat(Fixtures.listing(root)).isEqualTo(before);
    }

    @Test
    void takesFoldersSpelledInAnotherCaseOrUnicodeFormAsThereAndLeavesFilesAlone() throws Exception {
        String json = Fixtures.seedJson().replace("\"folder\": \"Servizi alla Persona\"", "\"folder\": \"Attività alla Persona\"");
        Path existing = file(root, Fixtures.PEG.toLowerCase() + "/" + nfd("Attività alla Persona") + "/relazione.docx",
                LocalDate.of(2023, 10, 1));
        List<String> before = Fixtures.listing(root);
        Provisioner provisioner = new Provisioner(Layout.of(Fixtures.directive(json)));
        LocalFolderStore store = LocalFolderStore.open(root);
        FolderPlan plan = provisioner.plan(store);
        assertThat(plan.existing()).contains(StorePath.of((Fixtures.PEG.toLowerCase() + "/" + nfd("Attività alla Persona")).split("/")));
        String peg = Fixtures.PEG.toLowerCase();
        assertThat(plan.toCreate()).contains(StorePath.of((peg + "/Lavori Pubblici").split("/")))
                .noneMatch(p -> NameMatch.IGNORE_CASE.matches(p.toString(), Fixtures.PEG))
                .noneMatch(p -> NameMatch.IGNORE_CASE.matches(p.toString(), peg + "/Attività alla Persona"))
                .noneMatch(p -> p.toString().startsWith("ATTIVITA'"));
        provisioner.apply(plan, store, p -> { });
        // Folders gain children (and so a new modification time); the files are as they were.
        assertThat(Fixtures.listing(root)).containsAll(before.stream().filter(line -> !line.contains("/ ")).toList());
        assertThat(Files.readString(existing)).startsWith("contenuto di");
        try (var names = Files.list(root.resolve(Fixtures.BASE.toLowerCase()))) {
            assertThat(names.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("e_peg 2024_2026", "D_DUP 2024_2026", "F_PIAO 2024_2026", "C_Aggiornamento PEG 2022-2024");
        }
    }

    @Test
    void aFileWithAFolderNameBlocksThatFolder() throws Exception {
        file(root, Fixtures.PEG + "/Lavori Pubblici", LocalDate.of(2023, 1, 1));
        FolderPlan plan = new Provisioner(Layout.of(Fixtures.seed())).plan(LocalFolderStore.open(root));
        assertThat(plan.blocked()).containsExactly(StorePath.of((Fixtures.PEG + "/Lavori Pubblici").split("/")));
        assertThat(plan.isComplete()).isFalse();
    }
}

package it.ciclo.store.local;

import static it.ciclo.testing.Fixtures.file;
import static it.ciclo.testing.Fixtures.nfd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import it.ciclo.store.EntryKind;
import it.ciclo.store.StoreEntry;
import it.ciclo.store.StoreException;
import it.ciclo.store.StorePath;
import it.ciclo.testing.Fixtures;
import it.ciclo.testing.RecordingVisitor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalFolderStoreTest {

    private static final String SECTOR = Fixtures.PEG + "/Servizi alla Persona";

    @TempDir
    Path root;

    @Test
    void walksTheSeedFoldersWithApostrophesSpacesAndDecomposedNamesAsTheDiskSpellsThem() throws Exception {
        file(root, SECTOR + "/" + nfd("Relazione attività.docx"), LocalDate.of(2023, 10, 2));
        file(root, Fixtures.PEG + "/Scheda azioni.xlsx", LocalDate.of(2023, 9, 20));
        RecordingVisitor visitor = new RecordingVisitor();
        LocalFolderStore.open(root).walk(StorePath.ROOT, visitor);

        assertThat(visitor.failures).isEmpty();
        assertThat(visitor.documents).extracting(d -> d.path().toString()).containsExactlyInAnyOrder(
                SECTOR + "/" + nfd("Relazione attività.docx"), Fixtures.PEG + "/Scheda azioni.xlsx");
        StoreEntry report = visitor.documents.stream().filter(d -> d.name().startsWith("Relazione")).findFirst().orElseThrow();
        assertThat(report.kind()).isEqualTo(EntryKind.DOCUMENT);
        assertThat(report.size()).isEqualTo(Files.size(root.resolve(SECTOR).resolve(nfd("Relazione attività.docx"))));
        assertThat(report.modified()).isEqualTo(LocalDate.of(2023, 10, 2).atTime(12, 0).toInstant(ZoneOffset.UTC));
        assertThat(report.creator()).isEmpty();
        assertThat(report.review()).isEmpty();
        assertThat(visitor.seen.get(0)).isEqualTo("folder ");
        assertThat(visitor.seen).contains("folder " + SECTOR);
    }

    @Test
    void listsChildrenAndLooksUpEntries() throws Exception {
        file(root, "a/uno.txt", LocalDate.of(2023, 1, 1));
        Files.createDirectories(root.resolve("a/sub"));
        LocalFolderStore store = LocalFolderStore.open(root);
        try (Stream<StoreEntry> children = store.children(StorePath.of("a"))) {
            assertThat(children.map(e -> e.name() + ":" + e.kind()).sorted().toList())
                    .containsExactly("sub:FOLDER", "uno.txt:DOCUMENT");
        }
        assertThat(store.entry(StorePath.of("a", "uno.txt"))).get().extracting(StoreEntry::isFolder).isEqualTo(false);
        assertThat(store.entry(StorePath.of("a", "nessuno"))).isEmpty();
        assertThatThrownBy(() -> store.children(StorePath.of("a", "uno.txt")))
                .isInstanceOf(StoreException.class).hasMessage("a/uno.txt: non è una cartella");
        assertThatThrownBy(() -> store.children(StorePath.of("b")))
                .isInstanceOf(StoreException.class).hasMessage("b: non esiste");
    }

    @Test
    void refusesARootThatIsMissingOrAFile() throws Exception {
        assertThatThrownBy(() -> LocalFolderStore.open(root.resolve("manca")))
                .isInstanceOf(StoreException.class).hasMessageContaining("non esiste");
        Path file = file(root, "file.txt", LocalDate.of(2023, 1, 1));
        assertThatThrownBy(() -> LocalFolderStore.open(file))
                .isInstanceOf(StoreException.class).hasMessageContaining("non è una cartella");
    }

    @Test
    void createsAFolderButNeverReplacesWhatIsThere() throws Exception {
        LocalFolderStore store = LocalFolderStore.open(root);
        StoreEntry created = store.createFolder(StorePath.of("Nuova"));
        assertThat(created.isFolder()).isTrue();
        assertThat(root.resolve("Nuova")).isDirectory();

        Path existing = file(root, "Occupato", LocalDate.of(2023, 1, 1));
        List<String> before = Fixtures.listing(root);
        assertThatThrownBy(() -> store.createFolder(StorePath.of("Occupato")))
                .isInstanceOf(StoreException.class).hasMessage("Occupato: esiste già");
        assertThatThrownBy(() -> store.createFolder(StorePath.of("Nuova")))
                .isInstanceOf(StoreException.class).hasMessage("Nuova: esiste già");
        assertThatThrownBy(() -> store.createFolder(StorePath.of("Manca", "Figlia")))
                .isInstanceOf(StoreException.class).hasMessageContaining("manca la cartella");
        assertThat(Fixtures.listing(root)).isEqualTo(before);
        assertThat(Files.readString(existing)).isEqualTo("contenuto di Occupato");
    }

    @Test
    void refusesToCreateAFolderOutsideTheRootThroughALink(@TempDir Path elsewhere) throws Exception {
        Files.createSymbolicLink(root.resolve("fuori"), elsewhere);
        LocalFolderStore store = LocalFolderStore.open(root);
        assertThatThrownBy(() -> store.createFolder(StorePath.of("fuori", "Affari Generali")))
                .isInstanceOf(StoreException.class).hasMessageContaining("fuori da " + root);
        assertThat(elsewhere).isEmptyDirectory();
    }

    @Test
    void aLinkLoopDoesNotMakeTheWalkGoRoundForEver() throws Exception {
        file(root, "Atto/Settore/relazione.docx", LocalDate.of(2023, 10, 1));
        Files.createSymbolicLink(root.resolve("Atto/Settore/indietro"), root.resolve("Atto"));
        Files.createSymbolicLink(root.resolve("Atto/giro-a"), root.resolve("Atto/giro-b"));
        Files.createSymbolicLink(root.resolve("Atto/giro-b"), root.resolve("Atto/giro-a"));
        RecordingVisitor visitor = new RecordingVisitor();

        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> LocalFolderStore.open(root).walk(StorePath.of("Atto"), visitor));

        assertThat(visitor.documents).extracting(d -> d.path().toString()).containsExactly("Atto/Settore/relazione.docx");
        assertThat(visitor.failures).extracting(f -> f.path().toString())
                .containsExactlyInAnyOrder("Atto/Settore/indietro", "Atto/giro-a", "Atto/giro-b");
        assertThat(visitor.seen).contains("failed Atto/Settore/indietro: Atto/Settore/indietro: collegamento a una cartella, non seguito");
    }

    @Test
    void aLinkToADocumentIsThatDocument() throws Exception {
        Path target = file(root, "altrove/vero.docx", LocalDate.of(2023, 10, 3));
        Files.createDirectories(root.resolve("Atto"));
        Files.createSymbolicLink(root.resolve("Atto/collegato.docx"), target);
        RecordingVisitor visitor = new RecordingVisitor();
        LocalFolderStore.open(root).walk(StorePath.of("Atto"), visitor);
        assertThat(visitor.documents).singleElement().satisfies(d -> {
            assertThat(d.path()).isEqualTo(StorePath.of("Atto", "collegato.docx"));
            assertThat(d.size()).isEqualTo(Files.size(target));
        });
    }

    /**
     * An unreadable folder, made the way an administrator would (permissions removed). Tests often
     * run as root, which reads regardless: then this test is skipped, and the same path of the walk
     * is shown by {@link #aFolderReplacedByADanglingLinkIsReportedAndTheWalkGoesOn} and, for the
     * SPI's own walk, by {@code DefaultWalkTest}.
     */
    @Test
    void anUnreadableFolderIsReportedAndTheWalkGoesOn() throws Exception {
        assumeFalse(Fixtures.permissionsAreBypassed(root), "running as root, which reads a folder without read "
                + "permission; the same path is shown by aFolderReplacedByADanglingLinkIsReportedAndTheWalkGoesOn and DefaultWalkTest");
        file(root, "Atto/Chiuso/segreto.docx", LocalDate.of(2023, 10, 1));
        file(root, "Atto/Aperto/relazione.docx", LocalDate.of(2023, 10, 1));
        Path closed = root.resolve("Atto/Chiuso");
        closed.toFile().setReadable(false, false);
        try {
            RecordingVisitor visitor = new RecordingVisitor();
            LocalFolderStore.open(root).walk(StorePath.of("Atto"), visitor);
            assertThat(visitor.documents).extracting(d -> d.path().toString()).containsExactly("Atto/Aperto/relazione.docx");
            assertThat(visitor.seen).contains("failed Atto/Chiuso: Atto/Chiuso: impossibile leggere (permesso negato)");
        } finally {
            closed.toFile().setReadable(true, false);
        }
    }

    /** What root cannot be kept from reading: a folder whose place is taken by a link to nothing. */
    @Test
    void aFolderReplacedByADanglingLinkIsReportedAndTheWalkGoesOn() throws Exception {
        file(root, "Atto/Aperto/relazione.docx", LocalDate.of(2023, 10, 1));
        Files.createSymbolicLink(root.resolve("Atto/Sparito"), root.resolve("Atto/non-esiste"));
        RecordingVisitor visitor = new RecordingVisitor();
        LocalFolderStore.open(root).walk(StorePath.of("Atto"), visitor);
        assertThat(visitor.documents).extracting(d -> d.path().toString()).containsExactly("Atto/Aperto/relazione.docx");
        assertThat(visitor.seen).contains("failed Atto/Sparito: Atto/Sparito: collegamento che non porta a un file leggibile (non esiste più)");
    }

    @Test
    void aLinkThatLeadsNowhereIsListedAsSuchNotAFailureOfTheFolder() throws Exception {
        file(root, "a/uno.txt", LocalDate.of(2023, 1, 1));
        Files.createSymbolicLink(root.resolve("a/rotto"), root.resolve("a/manca"));
        Files.createSymbolicLink(root.resolve("a/anello"), root.resolve("a/anello"));
        LocalFolderStore store = LocalFolderStore.open(root);

        try (Stream<StoreEntry> children = store.children(StorePath.of("a"))) {
            assertThat(children.map(e -> e.name() + ":" + e.kind()).sorted().toList())
                    .containsExactly("anello:BROKEN_LINK", "rotto:BROKEN_LINK", "uno.txt:DOCUMENT");
        }
    }

    @Test
    void saysBeforeCreatingThatAFolderReachedThroughALinkLeadsOutside(@TempDir Path elsewhere) throws Exception {
        Files.createSymbolicLink(root.resolve("fuori"), elsewhere);
        Files.createDirectories(root.resolve("dentro"));
        LocalFolderStore store = LocalFolderStore.open(root);

        store.checkCanCreateIn(StorePath.of("dentro"));
        assertThatThrownBy(() -> store.checkCanCreateIn(StorePath.of("fuori")))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.reason().key()).isEqualTo("store.outside.folder"));
    }

    @Test
    void fileNamesAreReadFaithfullyOnlyWithAUtf8LocaleOutsideWindowsAndMac() {
        assertThat(LocalFolderStore.namesAreFaithful("Linux", "UTF-8")).isTrue();
        assertThat(LocalFolderStore.namesAreFaithful("Linux", "ANSI_X3.4-1968")).isFalse();
        assertThat(LocalFolderStore.namesAreFaithful("Linux", "ISO-8859-1")).isFalse();
        assertThat(LocalFolderStore.namesAreFaithful("Windows 11", "Cp1252")).isTrue();
        assertThat(LocalFolderStore.namesAreFaithful("Mac OS X", "US-ASCII")).isTrue();
    }

    @Test
    void aMissingStartIsReportedNotThrown() throws Exception {
        RecordingVisitor visitor = new RecordingVisitor();
        LocalFolderStore.open(root).walk(StorePath.of("manca"), visitor);
        assertThat(visitor.seen).containsExactly("failed manca: manca: impossibile leggere (non esiste più)");
    }
}

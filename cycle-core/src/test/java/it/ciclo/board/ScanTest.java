package it.ciclo.board;

import static it.ciclo.testing.Fixtures.file;
import static it.ciclo.testing.Fixtures.nfd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import it.ciclo.deadline.EventDates;
import it.ciclo.deadline.Schedule;
import it.ciclo.directive.Directive;
import it.ciclo.layout.Layout;
import it.ciclo.layout.NameMatch;
import it.ciclo.layout.Provisioner;
import it.ciclo.store.DocumentStore;
import it.ciclo.store.EntryKind;
import it.ciclo.store.StoreEntry;
import it.ciclo.store.StorePath;
import it.ciclo.store.local.LocalFolderStore;
import it.ciclo.submission.SubmissionStatus;
import it.ciclo.testing.Fixtures;
import it.ciclo.testing.MemoryStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scans of real folder trees laid out for the seed directive, on 10 October 2023 (PEG and DUP due 5 October). */
class ScanTest {

    private static final LocalDate AS_OF = LocalDate.of(2023, 10, 10);

    @TempDir
    Path root;

    @Test
    void eachSectorGetsItsStatusDaysAndFiles() throws Exception {
        provision(Fixtures.seed());
        file(root, Fixtures.PEG + "/Affari Generali/Azioni PEG.docx", LocalDate.of(2023, 10, 3));
        file(root, Fixtures.PEG + "/Lavori Pubblici/Azioni LP.xlsx", LocalDate.of(2023, 10, 8));
        file(root, Fixtures.PEG + "/Servizi alla Persona/" + nfd("Relazione attività.docx"), LocalDate.of(2023, 10, 4));
        file(root, Fixtures.PEG + "/Servizi alla Persona/bozze/vecchia.docx", LocalDate.of(2023, 10, 9));
        file(root, Fixtures.PEG + "/Scheda PEG vuota.xlsx", LocalDate.of(2023, 9, 20));

        Board board = scan(Fixtures.seed(), NameMatch.EXACT);
        ActStanding peg = act(board, "peg");
        assertThat(peg.found()).hasSize(1);
        assertThat(status(peg, "affari-generali")).isEqualTo(SubmissionStatus.SUBMITTED);
        assertThat(standing(peg, "lavori-pubblici").status()).isEqualTo(SubmissionStatus.SUBMITTED_LATE);
        assertThat(standing(peg, "lavori-pubblici").daysLate()).contains(3L);
        assertThat(standing(peg, "servizi-finanziari").status()).isEqualTo(SubmissionStatus.OVERDUE);
        assertThat(standing(peg, "servizi-finanziari").daysLate()).contains(5L);
        Standing persona = standing(peg, "servizi-persona");
        assertThat(persona.status()).as("arrival is the earliest file, not the draft saved later").isEqualTo(SubmissionStatus.SUBMITTED);
        assertThat(persona.files()).extracting(f -> f.path().toString()).containsExactly(
                Fixtures.PEG + "/Servizi alla Persona/" + nfd("Relazione attività.docx"),
                Fixtures.PEG + "/Servizi alla Persona/bozze/vecchia.docx");
        ActStanding piao = act(board, "piao");
        assertThat(status(piao, "affari-generali")).isEqualTo(SubmissionStatus.MISSING);
        assertThat(standing(piao, "affari-generali").daysLeft()).contains(97L);
        assertThat(board.unclassified()).as("templates directly in the act folder are not out of place").isEmpty();
        assertThat(board.anyOverdue()).isTrue();
        assertThat(board.acts()).extracting(a -> a.act().id()).containsExactly("nota-dup", "peg", "piao",
                "report-intermedio-piao", "report-finale-piao");
    }

    @Test
    void decomposedFolderNamesMatchTheDirective() throws Exception {
        Directive directive = Fixtures.directive(Fixtures.seedJson()
                .replace("\"folder\": \"Servizi alla Persona\"", "\"folder\": \"Attività alla Persona\"")
                .replace("E_PEG 2024_2026", "E_PEG Attività 2024_2026"));
        String peg = Fixtures.BASE + "/" + nfd("E_PEG Attività 2024_2026");
        file(root, peg + "/" + nfd("Attività alla Persona") + "/" + nfd("Relazione attività.docx"), LocalDate.of(2023, 10, 2));

        Board board = scan(directive, NameMatch.EXACT);
        assertThat(status(act(board, "peg"), "servizi-persona")).isEqualTo(SubmissionStatus.SUBMITTED);
        assertThat(board.unclassified()).isEmpty();
    }

    @Test
    void aSectorFolderInAnotherCaseCountsOnlyWhenCaseIsIgnored() throws Exception {
        file(root, Fixtures.PEG + "/affari generali/Azioni.docx", LocalDate.of(2023, 10, 3));

        Board exact = scan(Fixtures.seed(), NameMatch.EXACT);
        assertThat(status(act(exact, "peg"), "affari-generali")).isEqualTo(SubmissionStatus.OVERDUE);
        assertThat(exact.unclassified()).singleElement().satisfies(u -> {
            assertThat(u.reason()).isEqualTo(UnclassifiedReason.UNKNOWN_SECTOR_FOLDER);
            assertThat(u.detail().toString()).isEqualTo(
                    "«affari generali» differisce solo per maiuscole e minuscole dalla cartella «Affari Generali»: "
                            + "rinominarla, o confrontare i nomi ignorando maiuscole e minuscole");
        });

        Board ignoringCase = scan(Fixtures.seed(), NameMatch.IGNORE_CASE);
        assertThat(status(act(ignoringCase, "peg"), "affari-generali")).isEqualTo(SubmissionStatus.SUBMITTED);
        assertThat(ignoringCase.unclassified()).isEmpty();
    }

    @Test
    void filesInTheWrongPlaceAreListedWithTheReason() throws Exception {
        provision(Fixtures.seed());
        file(root, Fixtures.BASE + "/PEG Lavori Pubblici.docx", LocalDate.of(2023, 10, 4));
        file(root, Fixtures.PEG + "/Urbanistica/Azioni.docx", LocalDate.of(2023, 10, 4));
        file(root, "ATTIVITA' TRASVERSALI/altro/non guardato.docx", LocalDate.of(2023, 10, 4));

        Board board = scan(Fixtures.seed(), NameMatch.EXACT);
        assertThat(board.unclassified()).extracting(u -> u.path() + " " + u.reason().jsonName()).containsExactly(
                Fixtures.PEG + "/Urbanistica/Azioni.docx unknown-sector-folder",
                Fixtures.BASE + "/PEG Lavori Pubblici.docx outside-act-folders");
        assertThat(board.unclassified().get(0).detail().toString())
                .isEqualTo("«Urbanistica» non è la cartella di alcun settore della direttiva");
    }

    @Test
    void actsSharingAFolderCountTheSameFilesEach() throws Exception {
        file(root, Fixtures.PIAO + "/Lavori Pubblici/Schede PIAO.xlsx", LocalDate.of(2023, 12, 1));
        Board board = scan(Fixtures.seed(), NameMatch.EXACT);
        assertThat(status(act(board, "piao"), "lavori-pubblici")).isEqualTo(SubmissionStatus.SUBMITTED);
        assertThat(status(act(board, "report-intermedio-piao"), "lavori-pubblici")).isEqualTo(SubmissionStatus.SUBMITTED);
        assertThat(act(board, "piao").sharesFolderWith()).containsExactly("report-intermedio-piao");
        assertThat(act(board, "report-intermedio-piao").sharesFolderWith()).containsExactly("piao");
    }

    @Test
    void aSharedActCountsTheFilesChangedAfterTheDirective() throws Exception {
        Directive directive = Fixtures.directive(Fixtures.seedJson()
                .replace("D_DUP 2024_2026\",", "D_DUP 2024_2026\", \"shared\": true,"));
        file(root, Fixtures.DUP + "/Indirizzo 1.docx", LocalDate.of(2023, 9, 15));
        file(root, Fixtures.DUP + "/Indirizzo 2.docx", LocalDate.of(2023, 9, 20));
        Board untouched = scan(directive, NameMatch.EXACT);
        ActStanding dup = act(untouched, "nota-dup");
        assertThat(dup.isShared()).isTrue();
        assertThat(dup.sectors()).isEmpty();
        assertThat(dup.shared().orElseThrow().status()).isEqualTo(SubmissionStatus.OVERDUE);
        assertThat(dup.shared().orElseThrow().files()).hasSize(2);

        file(root, Fixtures.DUP + "/Indirizzo 3.docx", LocalDate.of(2023, 10, 4));
        file(root, Fixtures.DUP + "/Affari Generali/proposta.docx", LocalDate.of(2023, 10, 4));
        Board edited = scan(directive, NameMatch.EXACT);
        assertThat(act(edited, "nota-dup").shared().orElseThrow().status()).isEqualTo(SubmissionStatus.SUBMITTED);
        assertThat(edited.unclassified()).singleElement().extracting(Unclassified::reason)
                .isEqualTo(UnclassifiedReason.SHARED_ACT_SUBFOLDER);
    }

    @Test
    void aDeadlineWaitingForAnEventIsNeitherOverdueNorLate() throws Exception {
        Directive directive = Fixtures.directive(Fixtures.seedJson().replaceFirst(
                "\"due\": \\{\"on\": \"2023-10-05\"},\n        \"folder\": \"ATTIVITA' TRASVERSALI\\\\\\\\11_Programmazione e controllo\\\\\\\\E_PEG",
                "\"due\": {\"days\": 5, \"after\": \"bilancio-approvato\"},\n        \"folder\": \"ATTIVITA' TRASVERSALI\\\\\\\\11_Programmazione e controllo\\\\\\\\E_PEG"));
        assertThat(Schedule.of(directive, EventDates.none()).submission("peg").orElseThrow().isDue()).isFalse();
        file(root, Fixtures.PEG + "/Lavori Pubblici/Azioni.docx", LocalDate.of(2025, 1, 1));
        Board board = new Scan(Schedule.of(directive, EventDates.none()), Layout.of(directive), NameMatch.EXACT, ZoneOffset.UTC)
                .run(LocalFolderStore.open(root), LocalDate.of(2026, 1, 1), ScanListener.NONE);
        assertThat(standing(act(board, "peg"), "affari-generali")).satisfies(s -> {
            assertThat(s.status()).isEqualTo(SubmissionStatus.MISSING);
            assertThat(s.daysLate()).isEmpty();
        });
        assertThat(status(act(board, "peg"), "lavori-pubblici")).isEqualTo(SubmissionStatus.SUBMITTED);
    }

    @Test
    void aMissingActFolderLeavesEverySectorMissingOrOverdue() throws Exception {
        Board board = scan(Fixtures.seed(), NameMatch.EXACT);
        assertThat(act(board, "peg").found()).isEmpty();
        assertThat(act(board, "peg").standings()).extracting(Standing::status).containsOnly(SubmissionStatus.OVERDUE);
        assertThat(act(board, "piao").standings()).extracting(Standing::status).containsOnly(SubmissionStatus.MISSING);
        assertThat(board.unclassified()).isEmpty();
    }

    @Test
    void aFolderThatCannotBeReadIsListedAndTheScanGoesOn() throws Exception {
        file(root, Fixtures.PEG + "/Affari Generali/Azioni.docx", LocalDate.of(2023, 10, 3));
        // A sector folder replaced by a link to nothing: unreadable even for root (see LocalFolderStoreTest).
        Files.createSymbolicLink(root.resolve(Fixtures.PEG + "/Lavori Pubblici"), root.resolve("sparita"));
        Board board = scan(Fixtures.seed(), NameMatch.EXACT);
        assertThat(status(act(board, "peg"), "affari-generali")).isEqualTo(SubmissionStatus.SUBMITTED);
        assertThat(board.unclassified()).singleElement().satisfies(u -> {
            assertThat(u.path().toString()).isEqualTo(Fixtures.PEG + "/Lavori Pubblici");
            assertThat(u.reason()).isEqualTo(UnclassifiedReason.NOT_READ);
        });
    }

    @Test
    void anUnreadableFolderInARepositoryIsListedAndTheScanGoesOn() {
        StorePath peg = StorePath.of(Fixtures.PEG.split("/"));
        MemoryStore store = new MemoryStore()
                .with(document(peg.resolve("Affari Generali").resolve("a.docx"), Optional.empty()))
                .with(document(peg.resolve("Lavori Pubblici").resolve("b.docx"), Optional.empty()))
                .failing(peg.resolve("Lavori Pubblici"));
        Board board = scan(Fixtures.seed(), store);
        assertThat(status(act(board, "peg"), "affari-generali")).isEqualTo(SubmissionStatus.SUBMITTED);
        assertThat(board.unclassified()).extracting(u -> u.reason().jsonName() + " " + u.detail())
                .containsExactly("not-read " + Fixtures.PEG + "/Lavori Pubblici: impossibile leggere (permesso negato)");
    }

    @Test
    void aLinkLoopInAnActFolderDoesNotHangTheScan() throws Exception {
        file(root, Fixtures.PEG + "/Affari Generali/Azioni.docx", LocalDate.of(2023, 10, 3));
        Files.createSymbolicLink(root.resolve(Fixtures.PEG + "/Affari Generali/ancora"), root.resolve(Fixtures.PEG));
        Board board = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> scan(Fixtures.seed(), NameMatch.EXACT));
        assertThat(status(act(board, "peg"), "affari-generali")).isEqualTo(SubmissionStatus.SUBMITTED);
        assertThat(board.unclassified()).extracting(u -> u.reason()).containsExactly(UnclassifiedReason.NOT_READ);
    }

    @Test
    void reviewStatesFromTheStoreShowOnTheBoard() {
        StorePath peg = StorePath.of(Fixtures.PEG.split("/"));
        MemoryStore store = new MemoryStore()
                .with(document(peg.resolve("Affari Generali").resolve("a.docx"), Optional.of(SubmissionStatus.APPROVED)))
                .with(document(peg.resolve("Lavori Pubblici").resolve("b.docx"), Optional.of(SubmissionStatus.IN_REVIEW)))
                .with(document(peg.resolve("Servizi Finanziari").resolve("c.docx"), Optional.of(SubmissionStatus.CHANGES_REQUESTED)));
        ActStanding act = act(scan(Fixtures.seed(), store), "peg");
        assertThat(status(act, "affari-generali")).isEqualTo(SubmissionStatus.APPROVED);
        assertThat(status(act, "lavori-pubblici")).isEqualTo(SubmissionStatus.IN_REVIEW);
        assertThat(status(act, "servizi-finanziari")).isEqualTo(SubmissionStatus.CHANGES_REQUESTED);
        assertThat(status(act, "servizi-persona")).isEqualTo(SubmissionStatus.OVERDUE);
    }

    @Test
    void reportsProgressAndCountsWhatItSaw() throws Exception {
        for (int i = 0; i < 1500; i++) {
            file(root, Fixtures.PEG + "/Affari Generali/f" + i + ".docx", LocalDate.of(2023, 10, 1));
        }
        List<Long> reports = new ArrayList<>();
        Board board = new Scan(Schedule.of(Fixtures.seed(), EventDates.none()), Layout.of(Fixtures.seed()), NameMatch.EXACT,
                ZoneOffset.UTC).run(LocalFolderStore.open(root), AS_OF, reports::add);
        assertThat(reports).isNotEmpty().isSorted();
        assertThat(reports.get(reports.size() - 1)).isEqualTo(board.entriesSeen()).isGreaterThanOrEqualTo(1500);
    }

    private void provision(Directive directive) throws Exception {
        Provisioner provisioner = new Provisioner(Layout.of(directive));
        LocalFolderStore store = LocalFolderStore.open(root);
        provisioner.apply(provisioner.plan(store), store, p -> { });
    }

    private Board scan(Directive directive, NameMatch match) throws Exception {
        return new Scan(Schedule.of(directive, EventDates.none()), Layout.of(directive), match, ZoneOffset.UTC)
                .run(LocalFolderStore.open(root), AS_OF, ScanListener.NONE);
    }

    private static Board scan(Directive directive, DocumentStore store) {
        try {
            return new Scan(Schedule.of(directive, EventDates.none()), Layout.of(directive), NameMatch.EXACT, ZoneOffset.UTC)
                    .run(store, AS_OF, ScanListener.NONE);
        } catch (it.ciclo.layout.LayoutException e) {
            throw new AssertionError(e);
        }
    }

    private static StoreEntry document(StorePath path, Optional<SubmissionStatus> review) {
        return new StoreEntry(path, EntryKind.DOCUMENT, 100, LocalDate.of(2023, 10, 2).atStartOfDay().toInstant(ZoneOffset.UTC),
                Optional.of("mario.rossi"), review);
    }

    private static ActStanding act(Board board, String id) {
        return board.acts().stream().filter(a -> a.act().id().equals(id)).findFirst().orElseThrow();
    }

    private static Standing standing(ActStanding act, String sectorId) {
        return act.sectors().stream().filter(s -> s.sector().id().equals(sectorId)).findFirst().orElseThrow().standing();
    }

    private static SubmissionStatus status(ActStanding act, String sectorId) {
        return standing(act, sectorId).status();
    }
}

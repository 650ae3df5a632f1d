package it.ciclo.board;

import static it.ciclo.testing.Fixtures.file;
import static it.ciclo.testing.Fixtures.nfd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import it.ciclo.deadline.EventDates;
import it.ciclo.deadline.Schedule;
import it.ciclo.directive.Directive;
import it.ciclo.directive.FileRules;
import it.ciclo.layout.Layout;
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
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
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

        Board board = scan(Fixtures.seed());
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

        Board board = scan(directive);
        assertThat(status(act(board, "peg"), "servizi-persona")).isEqualTo(SubmissionStatus.SUBMITTED);
        assertThat(board.unclassified()).isEmpty();
    }

    @Test
    void aSectorFolderInAnotherCaseCountsUnlessTheDirectiveAsksForCaseToCount() throws Exception {
        file(root, Fixtures.PEG + "/affari generali/Azioni.docx", LocalDate.of(2023, 10, 3));

        Board exact = scan(Fixtures.matchingCase(Fixtures.seed()));
        assertThat(status(act(exact, "peg"), "affari-generali")).isEqualTo(SubmissionStatus.OVERDUE);
        assertThat(exact.unclassified()).singleElement().satisfies(u -> {
            assertThat(u.reason()).isEqualTo(UnclassifiedReason.UNKNOWN_SECTOR_FOLDER);
            assertThat(u.detail().toString()).isEqualTo(
                    "«affari generali» differisce solo per maiuscole e minuscole dalla cartella «Affari Generali»: "
                            + "rinominarla, o confrontare i nomi ignorando maiuscole e minuscole");
        });

        Board ignoringCase = scan(Fixtures.seed());
        assertThat(status(act(ignoringCase, "peg"), "affari-generali")).isEqualTo(SubmissionStatus.SUBMITTED);
        assertThat(ignoringCase.unclassified()).isEmpty();
    }

    @Test
    void filesInTheWrongPlaceAreListedWithTheReason() throws Exception {
        provision(Fixtures.seed());
        file(root, Fixtures.BASE + "/PEG Lavori Pubblici.docx", LocalDate.of(2023, 10, 4));
        file(root, Fixtures.PEG + "/Urbanistica/Azioni.docx", LocalDate.of(2023, 10, 4));
        file(root, "ATTIVITA' TRASVERSALI/altro/non guardato.docx", LocalDate.of(2023, 10, 4));

        Board board = scan(Fixtures.seed());
        assertThat(board.unclassified()).extracting(u -> u.path() + " " + u.reason().jsonName()).containsExactly(
                Fixtures.PEG + "/Urbanistica/Azioni.docx unknown-sector-folder",
                Fixtures.BASE + "/PEG Lavori Pubblici.docx outside-act-folders");
        assertThat(board.unclassified().get(0).detail().toString())
                .isEqualTo("«Urbanistica» non è la cartella di alcun settore della direttiva");
    }

    @Test
    void actsSharingAFolderCountTheSameFilesEach() throws Exception {
        file(root, Fixtures.PIAO + "/Lavori Pubblici/Schede PIAO.xlsx", LocalDate.of(2023, 12, 1));
        Board board = scan(Fixtures.seed());
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
        Board untouched = scan(directive);
        ActStanding dup = act(untouched, "nota-dup");
        assertThat(dup.isShared()).isTrue();
        assertThat(dup.sectors()).isEmpty();
        assertThat(dup.shared().orElseThrow().status()).isEqualTo(SubmissionStatus.OVERDUE);
        assertThat(dup.shared().orElseThrow().files()).isEmpty();
        assertThat(dup.shared().orElseThrow().old()).as("the office's templates, untouched since the directive").hasSize(2);

        file(root, Fixtures.DUP + "/Indirizzo 3.docx", LocalDate.of(2023, 10, 4));
        file(root, Fixtures.DUP + "/Affari Generali/proposta.docx", LocalDate.of(2023, 10, 4));
        Board edited = scan(directive);
        assertThat(act(edited, "nota-dup").shared().orElseThrow().status()).isEqualTo(SubmissionStatus.SUBMITTED);
        assertThat(edited.unclassified()).singleElement().extracting(Unclassified::reason)
                .isEqualTo(UnclassifiedReason.SHARED_ACT_SUBFOLDER);

        // Issue 10, item 11: a subfolder named after no sector is as out of place in a shared act.
        file(root, Fixtures.DUP + "/bozze/proposta.docx", LocalDate.of(2023, 10, 4));
        assertThat(scan(directive).unclassified()).extracting(Unclassified::reason)
                .containsOnly(UnclassifiedReason.SHARED_ACT_SUBFOLDER).hasSize(2);
    }

    @Test
    void aDeadlineWaitingForAnEventIsNeitherOverdueNorLate() throws Exception {
        Directive directive = Fixtures.directive(Fixtures.seedJson().replaceFirst(
                "\"due\": \\{\"on\": \"2023-10-05\"},\n        \"folder\": \"ATTIVITA' TRASVERSALI\\\\\\\\11_Programmazione e controllo\\\\\\\\E_PEG",
                "\"due\": {\"days\": 5, \"after\": \"bilancio-approvato\"},\n        \"folder\": \"ATTIVITA' TRASVERSALI\\\\\\\\11_Programmazione e controllo\\\\\\\\E_PEG"));
        assertThat(Schedule.of(directive, EventDates.none()).submission("peg").orElseThrow().isDue()).isFalse();
        file(root, Fixtures.PEG + "/Lavori Pubblici/Azioni.docx", LocalDate.of(2025, 1, 1));
        Board board = new Scan(Schedule.of(directive, EventDates.none()), Layout.of(directive))
                .run(LocalFolderStore.open(root), LocalDate.of(2026, 1, 1), ScanListener.NONE);
        assertThat(standing(act(board, "peg"), "affari-generali")).satisfies(s -> {
            assertThat(s.status()).isEqualTo(SubmissionStatus.MISSING);
            assertThat(s.daysLate()).isEmpty();
        });
        assertThat(status(act(board, "peg"), "lavori-pubblici")).isEqualTo(SubmissionStatus.SUBMITTED);
    }

    @Test
    void aMissingActFolderLeavesEverySectorMissingOrOverdue() throws Exception {
        Board board = scan(Fixtures.seed());
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
        Board board = scan(Fixtures.seed());
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
        Board board = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> scan(Fixtures.seed()));
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
        Board board = new Scan(Schedule.of(Fixtures.seed(), EventDates.none()), Layout.of(Fixtures.seed()))
                .run(LocalFolderStore.open(root), AS_OF, reports::add);
        assertThat(reports).isNotEmpty().isSorted();
        assertThat(reports.get(reports.size() - 1)).isEqualTo(board.entriesSeen()).isGreaterThanOrEqualTo(1500);
    }

    /** Issue 9, items 1, 2 and 3 on one tree: junk is nothing, old files are counted apart, loose ones listed. */
    @Test
    void junkOldAndLooseFilesAreToldApart() throws Exception {
        provision(Fixtures.seed());
        file(root, Fixtures.PEG + "/Servizi Finanziari/Thumbs.db", LocalDate.of(2023, 10, 2));
        file(root, Fixtures.PEG + "/Servizi Finanziari/Azioni - collegamento.lnk", LocalDate.of(2023, 10, 2));
        file(root, Fixtures.PEG + "/Servizi Finanziari/.git/HEAD", LocalDate.of(2023, 10, 2));
        file(root, Fixtures.PEG + "/Affari Generali/PEG 2023.docx", LocalDate.of(2023, 3, 1));
        file(root, Fixtures.PEG + "/Scheda PEG.xlsx", LocalDate.of(2023, 9, 15));
        file(root, Fixtures.PEG + "/PEG Lavori Pubblici.docx", LocalDate.of(2023, 10, 4));
        file(root, Fixtures.PEG + "/~$G Lavori Pubblici.docx", LocalDate.of(2023, 10, 4));
        file(root, Fixtures.PEG + "/Urbanistica/Azioni 2022.docx", LocalDate.of(2023, 2, 1));
        file(root, Fixtures.BASE + "/Direttiva 4-2023.pdf", LocalDate.of(2023, 9, 20));
        file(root, Fixtures.BASE + "/PEG Servizi alla Persona.docx", LocalDate.of(2023, 10, 4));
        file(root, Fixtures.BASE + "/desktop.ini", LocalDate.of(2023, 10, 4));

        Board board = scan(Fixtures.seed());
        ActStanding peg = act(board, "peg");
        assertThat(standing(peg, "servizi-finanziari").status()).isEqualTo(SubmissionStatus.OVERDUE);
        assertThat(standing(peg, "servizi-finanziari").files()).isEmpty();
        assertThat(standing(peg, "affari-generali").status()).isEqualTo(SubmissionStatus.OVERDUE);
        assertThat(standing(peg, "affari-generali").old()).extracting(f -> f.name()).containsExactly("PEG 2023.docx");
        assertThat(peg.opens()).isEqualTo(LocalDate.of(2023, 9, 21));
        assertThat(board.unclassified()).extracting(u -> u.path() + " " + u.reason().jsonName()).containsExactly(
                Fixtures.PEG + "/PEG Lavori Pubblici.docx loose-in-act-folder",
                Fixtures.BASE + "/PEG Servizi alla Persona.docx outside-act-folders");
        assertThat(board.unclassified().get(0).modified()).isPresent();
    }

    /** Issue 9, item 3: the office's templates folder, matched by the directive's rule. */
    @Test
    void theDeclaredTemplatesFolderHoldsTheOfficesFiles() throws Exception {
        Directive directive = Fixtures.withFiles(Fixtures.seed(), new FileRules(false, List.of("*.bak"), Optional.of("Modelli")));
        file(root, Fixtures.PEG + "/modelli/Scheda PEG.xlsx", LocalDate.of(2023, 10, 2));
        file(root, Fixtures.PEG + "/Lavori Pubblici/Azioni.bak", LocalDate.of(2023, 10, 2));
        Board board = scan(directive);
        assertThat(board.unclassified()).isEmpty();
        assertThat(status(act(board, "peg"), "lavori-pubblici")).as("ignored by the directive's own pattern")
                .isEqualTo(SubmissionStatus.OVERDUE);
    }

    /** Issue 9, item 5: the days of the directive's zone, not the machine's. */
    @Test
    void daysAreTheDirectivesZones() throws Exception {
        Path late = file(root, Fixtures.PEG + "/Affari Generali/Azioni.docx", LocalDate.of(2023, 10, 5));
        Files.setLastModifiedTime(late, FileTime.from(Instant.parse("2023-10-05T22:30:00Z")));
        assertThat(status(act(scan(Fixtures.seed()), "peg"), "affari-generali")).isEqualTo(SubmissionStatus.SUBMITTED_LATE);
        Directive utc = Fixtures.directive(Fixtures.seedJson().replace("\"calendar\": {\"country\": \"IT\"}",
                "\"calendar\": {\"country\": \"IT\", \"zone\": \"UTC\"}"));
        assertThat(status(act(scan(utc), "peg"), "affari-generali")).isEqualTo(SubmissionStatus.SUBMITTED);
    }

    /** Issue 9, item 9: an act owed by some sectors only. */
    @Test
    void onlyTheSectorsAnActNamesOweIt() throws Exception {
        Directive directive = Fixtures.directive(Fixtures.seedJson().replace("E_PEG 2024_2026\",",
                "E_PEG 2024_2026\", \"sectors\": [\"lavori-pubblici\"],"));
        provision(directive);
        assertThat(root.resolve(Fixtures.PEG + "/Affari Generali")).doesNotExist();
        assertThat(root.resolve(Fixtures.PIAO + "/Affari Generali")).isDirectory();
        file(root, Fixtures.PEG + "/Affari Generali/Azioni.docx", LocalDate.of(2023, 10, 2));
        file(root, Fixtures.PEG + "/Lavori Pubblici/Azioni.docx", LocalDate.of(2023, 10, 2));
        Board board = scan(directive);
        assertThat(act(board, "peg").sectors()).extracting(s -> s.sector().id() + "=" + s.standing().status())
                .containsExactly("lavori-pubblici=SUBMITTED");
        assertThat(board.unclassified()).singleElement().satisfies(u -> {
            assertThat(u.reason()).isEqualTo(UnclassifiedReason.SECTOR_NOT_ASKED);
            assertThat(u.detail().toString()).contains("Settore Affari Generali");
        });
    }

    /** Issue 12, item 9: reading act folders at the same time gives the very same board as one at a time. */
    @Test
    void readingActFoldersAtOnceGivesTheSameBoard() throws Exception {
        provision(Fixtures.seed());
        file(root, Fixtures.PEG + "/Affari Generali/Azioni PEG.docx", LocalDate.of(2023, 10, 3));
        file(root, Fixtures.PEG + "/Lavori Pubblici/bozze/Azioni LP.xlsx", LocalDate.of(2023, 10, 8));
        file(root, Fixtures.PEG + "/Altro/perso.docx", LocalDate.of(2023, 10, 8));
        file(root, Fixtures.PEG + "/Affari Generali/~$Azioni PEG.docx", LocalDate.of(2023, 10, 3));
        file(root, Fixtures.PEG + "/.git/config", LocalDate.of(2023, 10, 3));
        file(root, Fixtures.DUP + "/Servizi Finanziari/nota.docx", LocalDate.of(2023, 10, 1));
        file(root, Fixtures.BASE + "/fuori posto.docx", LocalDate.of(2023, 10, 1));
        Files.createSymbolicLink(root.resolve(Fixtures.PEG + "/Lavori Pubblici/anello"), root.resolve(Fixtures.PEG));
        Directive directive = Fixtures.seed();
        Scan scan = new Scan(Schedule.of(directive, EventDates.none()), Layout.of(directive));
        LocalFolderStore store = LocalFolderStore.open(root);
        List<Long> progress = new ArrayList<>();

        Board one = scan.withThreads(1).run(store, AS_OF, ScanListener.NONE);
        Board many = scan.withThreads(8).run(store, AS_OF, progress::add);

        assertThat(store.supportsConcurrentReads()).isTrue();
        assertThat(many).isEqualTo(one);
        assertThat(many.unclassified()).isNotEmpty();
        assertThat(progress).isNotEmpty().last().isEqualTo(one.entriesSeen());
    }

    private void provision(Directive directive) throws Exception {
        Provisioner provisioner = new Provisioner(Layout.of(directive));
        LocalFolderStore store = LocalFolderStore.open(root);
        provisioner.apply(provisioner.plan(store), store, p -> { });
    }

    private Board scan(Directive directive) throws Exception {
        return new Scan(Schedule.of(directive, EventDates.none()), Layout.of(directive))
                .run(LocalFolderStore.open(root), AS_OF, ScanListener.NONE);
    }

    private static Board scan(Directive directive, DocumentStore store) {
        try {
            return new Scan(Schedule.of(directive, EventDates.none()), Layout.of(directive))
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

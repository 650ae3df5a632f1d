package it.ciclo.cmis;

import static org.assertj.core.api.Assertions.assertThat;

import it.ciclo.board.ActStanding;
import it.ciclo.board.Board;
import it.ciclo.board.UnclassifiedReason;
import it.ciclo.cmis.board.CmisBoard;
import it.ciclo.cmis.provision.CmisProvisioner;
import it.ciclo.deadline.EventDates;
import it.ciclo.deadline.Schedule;
import it.ciclo.directive.Directive;
import it.ciclo.layout.Layout;
import it.ciclo.layout.NameMatch;
import it.ciclo.store.StorePath;
import it.ciclo.submission.SubmissionStatus;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.chemistry.opencmis.client.api.QueryResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The board over CMIS, by queries, against a real CMIS server. */
class BoardTest {

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private static final String PEG = "/ATTIVITA' TRASVERSALI/11_Programmazione e controllo/E_PEG 2024_2026";
    @RegisterExtension
    static final RunningServer SERVER = new RunningServer();

    private static Board board(String root, Directive directive, long[] trips) throws Exception {
        try (CmisDocumentStore store = CmisDocumentStore.open(Servers.settings(SERVER.get()).withRoot(root))) {
            long before = store.roundTrips().count();
            Board board = new CmisBoard(Schedule.of(directive, EventDates.none()), Layout.of(directive), NameMatch.EXACT, ROME)
                    .run(store, LocalDate.now(ROME));
            trips[0] = store.roundTrips().count() - before;
            return board;
        }
    }

    private static void provision(String root, Directive directive) throws Exception {
        try (CmisDocumentStore store = CmisDocumentStore.open(Servers.settings(SERVER.get()).withRoot(root))) {
            new CmisProvisioner(Layout.of(directive), Schedule.of(directive, EventDates.none()), ROME)
                    .run(store, Optional.empty(), false, p -> { });
        }
    }

    @Test
    void readsReviewStatesFromTheSubmissionAspectAndPlacesUnmarkedFilesByFolder() throws Exception {
        String root = Repositories.freshRoot(SERVER.get());
        Directive seed = Directives.seed();
        provision(root, seed);
        try (CmisDocumentStore store = CmisDocumentStore.open(Servers.settings(SERVER.get()))) {
            var s = store.session();
            Repositories.upload(s, root + PEG + "/Lavori Pubblici", "azioni LP.docx",
                    Repositories.submission("peg", "lavori-pubblici", "approved"));
            Repositories.upload(s, root + PEG + "/Servizi Finanziari", "azioni SF.docx",
                    Repositories.submission("peg", "servizi-finanziari", "in-review"));
            Repositories.upload(s, root + PEG + "/Affari Generali", "azioni AG.docx", Map.of());
            Repositories.upload(s, root + PEG, "modello PEG.docx", Map.of());
            s.createFolder(Map.of("cmis:objectTypeId", "cmis:folder", "cmis:name", "Altro"), s.createObjectId(
                    s.getObjectByPath(root + PEG).getId()));
            Repositories.upload(s, root + PEG + "/Altro", "perso.docx", Map.of());
            Repositories.upload(s, root + "/ATTIVITA' TRASVERSALI/11_Programmazione e controllo", "sciolto.txt", Map.of());
        }
        long[] trips = new long[1];
        Board board = board(root, seed, trips);

        ActStanding peg = board.acts().stream().filter(a -> a.act().id().equals("peg")).findFirst().orElseThrow();
        assertThat(peg.found()).hasSize(1);
        assertThat(peg.sectors()).extracting(s -> s.sector().id() + "=" + s.standing().status()).containsExactly(
                "affari-generali=SUBMITTED_LATE", "servizi-finanziari=IN_REVIEW", "lavori-pubblici=APPROVED",
                "servizi-persona=OVERDUE");
        assertThat(peg.sectors().get(2).standing().files()).extracting(f -> f.path().toString())
                .containsExactly("ATTIVITA' TRASVERSALI/11_Programmazione e controllo/E_PEG 2024_2026/Lavori Pubblici/azioni LP.docx");
        assertThat(board.unclassified()).extracting(u -> u.path().name() + ":" + u.reason()).containsExactlyInAnyOrder(
                "perso.docx:" + UnclassifiedReason.UNKNOWN_SECTOR_FOLDER,
                "sciolto.txt:" + UnclassifiedReason.OUTSIDE_ACT_FOLDERS);
        // The submission type, and once per session cmis:document's (OpenCMIS caches types); per act
        // folder (4): its path, the JOIN, IN_FOLDER, IN_TREE; the folder of loose files: path, IN_FOLDER;
        // and the parents of the 2 files without the aspect.
        assertThat(trips[0]).isEqualTo(2 + 4 * 4 + 2 + 2);
    }

    /**
     * InMemory returns documents without the aspect from a JOIN with it, with null aspect columns;
     * Alfresco does not. Both cases: with an unmarked file (the rows come back and are discarded) and
     * with every file marked (the JOIN returns only marked rows, as Alfresco's always does).
     */
    @Test
    void ignoresTheRowsInMemoryReturnsForDocumentsWithoutTheAspect() throws Exception {
        String root = Repositories.freshRoot(SERVER.get());
        Directive seed = Directives.seed();
        provision(root, seed);
        String sector = root + PEG + "/Lavori Pubblici";
        try (CmisDocumentStore store = CmisDocumentStore.open(Servers.settings(SERVER.get()))) {
            Repositories.upload(store.session(), sector, "marcato.docx",
                    Repositories.submission("peg", "lavori-pubblici", "changes-requested"));
        }
        long[] trips = new long[1];
        SubmissionStatus allMarked = lavoriPubblici(board(root, seed, trips));
        String unmarkedId;
        try (CmisDocumentStore store = CmisDocumentStore.open(Servers.settings(SERVER.get()))) {
            unmarkedId = Repositories.upload(store.session(), sector, "non marcato.docx", Map.of()).getId();
            var q = store.session().createQueryStatement("SELECT D.cmis:objectId, S.cyc:sector FROM cmis:document AS D"
                    + " JOIN cyc:submission AS S ON D.cmis:objectId = S.cmis:objectId WHERE IN_TREE(D, ?)");
            q.setId(1, store.session().getObjectByPath(sector));
            List<QueryResult> rows = store.query(StorePath.ROOT, q);
            assertThat(rows).as("the InMemory JOIN does not filter").anyMatch(r ->
                    unmarkedId.equals(r.getPropertyValueById("cmis:objectId")) && r.getPropertyValueById(CycModel.SECTOR) == null);
        }
        SubmissionStatus oneUnmarked = lavoriPubblici(board(root, seed, trips));
        assertThat(allMarked).isEqualTo(SubmissionStatus.CHANGES_REQUESTED);
        assertThat(oneUnmarked).as("the unmarked file counts by its folder, with no review state of its own")
                .isEqualTo(SubmissionStatus.CHANGES_REQUESTED);
    }

    private static SubmissionStatus lavoriPubblici(Board board) {
        return board.acts().stream().filter(a -> a.act().id().equals("peg")).findFirst().orElseThrow()
                .sectors().stream().filter(s -> s.sector().id().equals("lavori-pubblici")).findFirst().orElseThrow()
                .standing().status();
    }

    @Test
    void roundTripsDoNotGrowWithSectors() throws Exception {
        long[] few = roundTrips(3);
        long[] many = roundTrips(30);
        assertThat(many[0]).isEqualTo(few[0]);
    }

    /** Board round trips for 4 acts and {@code sectors} sectors, each with one marked file per act. */
    private static long[] roundTrips(int sectors) throws Exception {
        String root = Repositories.freshRoot(SERVER.get());
        Directive directive = Directives.synthetic(sectors, 4);
        provision(root, directive);
        try (CmisDocumentStore store = CmisDocumentStore.open(Servers.settings(SERVER.get()))) {
            for (int a = 1; a <= 4; a++) {
                for (int s = 1; s <= sectors; s++) {
                    Repositories.upload(store.session(), root + "/Programmazione/Atto " + a + "/Settore " + s, "proposta.docx",
                            Repositories.submission("atto-" + a, "settore-" + s, "submitted"));
                }
            }
        }
        long[] trips = new long[1];
        Board board = board(root, directive, trips);
        assertThat(board.acts()).allMatch(a -> a.sectors().stream().allMatch(s -> s.standing().status() == SubmissionStatus.SUBMITTED_LATE
                || s.standing().status() == SubmissionStatus.SUBMITTED));
        return trips;
    }
}

package it.ciclo.cmis;

import static org.assertj.core.api.Assertions.assertThat;

import it.ciclo.board.ActStanding;
import it.ciclo.board.Board;
import it.ciclo.board.Scan;
import it.ciclo.board.ScanListener;
import it.ciclo.board.Standing;
import it.ciclo.board.UnclassifiedReason;
import it.ciclo.cmis.provision.CmisProvisioner;
import it.ciclo.deadline.EventDates;
import it.ciclo.deadline.Schedule;
import it.ciclo.directive.Directive;
import it.ciclo.layout.Layout;
import it.ciclo.store.StoreEntry;
import it.ciclo.submission.SubmissionStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.chemistry.opencmis.client.api.Folder;
import org.apache.chemistry.opencmis.client.api.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The board of a repository, against a real CMIS server: cycle-core's scan on the CMIS store, by
 * listings only (the InMemory server answers {@code IN_TREE} queries, an Alfresco without Solr does
 * not; the board runs none).
 */
class BoardTest {

    private static final String BASE = "/ATTIVITA' TRASVERSALI/11_Programmazione e controllo";
    private static final String PEG = BASE + "/E_PEG 2024_2026";
    private static final LocalDate AS_OF = LocalDate.of(2023, 10, 10);
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    @RegisterExtension
    static final RunningServer SERVER = new RunningServer();

    private static Board board(String root, Directive directive, long[] trips) throws Exception {
        try (CmisDocumentStore store = CmisDocumentStore.open(Servers.settings(SERVER.get()).withRoot(root))) {
            long before = store.roundTrips().count();
            Board board = new Scan(Schedule.of(directive, EventDates.none()), Layout.of(directive))
                    .run(store, AS_OF, ScanListener.NONE);
            trips[0] = store.roundTrips().count() - before;
            return board;
        }
    }

    private static Board board(String root, Directive directive) throws Exception {
        return board(root, directive, new long[1]);
    }

    private static void provision(String root, Directive directive) throws Exception {
        try (CmisDocumentStore store = CmisDocumentStore.open(Servers.settings(SERVER.get()).withRoot(root))) {
            new CmisProvisioner(Layout.of(directive), Schedule.of(directive, EventDates.none()))
                    .run(store, Optional.empty(), false, p -> { });
        }
    }

    private static Session session() throws Exception {
        return CmisDocumentStore.open(Servers.settings(SERVER.get())).session();
    }

    /** Uploads a file and dates it as the repository would have, had it arrived on {@code day} at 10:00 in Rome. */
    private static String upload(Session s, String folder, String name, LocalDate day, Map<String, Object> properties) {
        String id = Repositories.upload(s, folder, name, properties).getId();
        Instant at = day.atTime(10, 0).atZone(ROME).toInstant();
        SERVER.get().backdate(id, at, at);
        return id;
    }

    @Test
    void readsReviewStatesAndCountsEveryFileForTheSectorWhoseFolderHoldsIt() throws Exception {
        String root = Repositories.freshRoot(SERVER.get());
        Directive seed = Directives.seed();
        provision(root, seed);
        Session s = session();
        upload(s, root + PEG + "/Lavori Pubblici", "azioni LP.docx", LocalDate.of(2023, 10, 2),
                Repositories.submission("peg", "lavori-pubblici", "approved"));
        upload(s, root + PEG + "/Servizi Finanziari", "azioni SF.docx", LocalDate.of(2023, 10, 2),
                Repositories.submission("peg", "servizi-finanziari", "in-review"));
        upload(s, root + PEG + "/Affari Generali", "azioni AG.docx", LocalDate.of(2023, 10, 7), Map.of());
        upload(s, root + PEG, "modello PEG.docx", LocalDate.of(2023, 9, 15), Map.of());
        ((Folder) s.getObjectByPath(root + PEG)).createFolder(Map.of("cmis:objectTypeId", "cmis:folder", "cmis:name", "Altro"));
        upload(s, root + PEG + "/Altro", "perso.docx", LocalDate.of(2023, 10, 2), Map.of());
        upload(s, root + BASE, "sciolto.txt", LocalDate.of(2023, 10, 2), Map.of());

        Board board;
        long trips;
        try (CmisDocumentStore store = CmisDocumentStore.open(Servers.settings(SERVER.get()).withRoot(root))) {
            Scan scan = new Scan(Schedule.of(seed, EventDates.none()), Layout.of(seed));
            long first = store.roundTrips().count();
            scan.run(store, AS_OF, ScanListener.NONE);
            long second = store.roundTrips().count();
            board = scan.run(store, AS_OF, ScanListener.NONE);
            trips = store.roundTrips().count() - second;
            assertThat(second - first).as("the first run also fetches the type definitions the session keeps")
                    .isBetween(trips, trips + 5);
        }

        ActStanding peg = act(board, "peg");
        assertThat(peg.found()).hasSize(1);
        assertThat(peg.sectors()).extracting(x -> x.sector().id() + "=" + x.standing().status()).containsExactly(
                "affari-generali=SUBMITTED_LATE", "servizi-finanziari=IN_REVIEW", "lavori-pubblici=APPROVED",
                "servizi-persona=OVERDUE");
        assertThat(peg.sectors().get(2).standing().files()).extracting(f -> f.path().toString())
                .containsExactly("ATTIVITA' TRASVERSALI/11_Programmazione e controllo/E_PEG 2024_2026/Lavori Pubblici/azioni LP.docx");
        assertThat(board.unclassified()).extracting(u -> u.path().name() + ":" + u.reason()).containsExactlyInAnyOrder(
                "perso.docx:" + UnclassifiedReason.UNKNOWN_SECTOR_FOLDER,
                "sciolto.txt:" + UnclassifiedReason.OUTSIDE_ACT_FOLDERS);
        // Listings of the folders on the way (the root's children; each other folder's object and
        // children), then per act folder (4) its object and getDescendants, then the loose files'
        // folder's object and children. No query.
        assertThat(trips).isEqualTo(1 + 2 * 2 + 4 * 2 + 2);
    }

    /** Issue 9, item 4: on a server where case counts, a folder the office wrote in lower case is the act's. */
    @Test
    void findsFoldersByTheDirectivesRuleOnAServerWhereCaseCounts() throws Exception {
        String root = Repositories.freshRoot(SERVER.get());
        Session s = session();
        Folder parent = (Folder) s.getObjectByPath(root);
        for (String name : new String[] {"ATTIVITA' TRASVERSALI", "11_Programmazione e controllo", "d_dup 2024_2026",
                "SERVIZI FINANZIARI"}) {
            parent = parent.createFolder(Map.of("cmis:objectTypeId", "cmis:folder", "cmis:name", name));
        }
        upload(s, root + BASE + "/d_dup 2024_2026/SERVIZI FINANZIARI", "Nota SF.docx", LocalDate.of(2023, 10, 2), Map.of());

        Board board = board(root, Directives.seed());
        ActStanding dup = act(board, "nota-dup");
        assertThat(dup.found()).extracting(Object::toString)
                .containsExactly("ATTIVITA' TRASVERSALI/11_Programmazione e controllo/d_dup 2024_2026");
        assertThat(sector(dup, "servizi-finanziari").status()).isEqualTo(SubmissionStatus.SUBMITTED);
    }

    /** Issue 9, item 8: a file in a sector's subfolder is listed where it is, marked or not. */
    @Test
    void listsFilesWhereTheyAreWithTheirSubfolders() throws Exception {
        String root = Repositories.freshRoot(SERVER.get());
        provision(root, Directives.seed());
        Session s = session();
        ((Folder) s.getObjectByPath(root + PEG + "/Affari Generali"))
                .createFolder(Map.of("cmis:objectTypeId", "cmis:folder", "cmis:name", "bozze"));
        upload(s, root + PEG + "/Affari Generali/bozze", "x.docx", LocalDate.of(2023, 10, 2),
                Repositories.submission("peg", "affari-generali", "submitted"));

        Standing affari = sector(act(board(root, Directives.seed()), "peg"), "affari-generali");
        assertThat(affari.files()).extracting(f -> f.path().toString())
                .containsExactly("ATTIVITA' TRASVERSALI/11_Programmazione e controllo/E_PEG 2024_2026/Affari Generali/bozze/x.docx");
    }

    /** Issue 9, items 1, 2, 3 and 5 in a repository: junk, old files, loose files, the Comune's day. */
    @Test
    void junkOldAndLooseFilesAndTheComunesDay() throws Exception {
        String root = Repositories.freshRoot(SERVER.get());
        provision(root, Directives.seed());
        Session s = session();
        upload(s, root + PEG + "/Servizi Finanziari", "Thumbs.db", LocalDate.of(2023, 10, 2), Map.of());
        upload(s, root + PEG + "/Servizi Finanziari", "~$ioni SF.docx", LocalDate.of(2023, 10, 2), Map.of());
        upload(s, root + PEG + "/Servizi alla Persona", "PEG 2023.docx", LocalDate.of(2023, 3, 1), Map.of());
        upload(s, root + PEG, "PEG Lavori Pubblici.docx", LocalDate.of(2023, 10, 4), Map.of());
        Map<String, Object> marked = new HashMap<>(Repositories.submission("peg", "affari-generali", "submitted"));
        // Marked on arrival at 00:30 in Rome on 6 October, the day after the deadline (22:30 on the 5th in UTC).
        marked.put(CycModel.SUBMITTED_ON, GregorianCalendar.from(Instant.parse("2023-10-05T22:30:00Z").atZone(ROME)));
        String id = Repositories.upload(s, root + PEG + "/Affari Generali", "Azioni AG.docx", marked).getId();
        SERVER.get().backdate(id, Instant.parse("2023-10-05T22:30:00Z"), Instant.parse("2023-10-09T08:00:00Z"));

        Board board = board(root, Directives.seed());
        ActStanding peg = act(board, "peg");
        assertThat(sector(peg, "servizi-finanziari").status()).isEqualTo(SubmissionStatus.OVERDUE);
        assertThat(sector(peg, "servizi-finanziari").files()).isEmpty();
        assertThat(sector(peg, "servizi-persona").status()).isEqualTo(SubmissionStatus.OVERDUE);
        assertThat(sector(peg, "servizi-persona").old()).extracting(StoreEntry::name).containsExactly("PEG 2023.docx");
        assertThat(sector(peg, "affari-generali").status()).isEqualTo(SubmissionStatus.SUBMITTED_LATE);
        assertThat(sector(peg, "affari-generali").daysLate()).contains(1L);
        assertThat(board.unclassified()).singleElement().satisfies(u -> {
            assertThat(u.reason()).isEqualTo(UnclassifiedReason.LOOSE_IN_ACT_FOLDER);
            assertThat(u.path().name()).isEqualTo("PEG Lavori Pubblici.docx");
        });
    }

    /** Issue 9, item 9: an act names the sectors that owe it; the repository gets only their folders. */
    @Test
    void onlyTheSectorsAnActNamesGetAFolderAndACell() throws Exception {
        String root = Repositories.freshRoot(SERVER.get());
        Directive directive = Directives.withSectors(Directives.synthetic(3, 2), "atto-1", "settore-2");
        provision(root, directive);
        Session s = session();
        assertThat(((Folder) s.getObjectByPath(root + "/Programmazione/Atto 1")).getChildren())
                .extracting(o -> o.getName()).containsExactly("Settore 2");
        assertThat(((Folder) s.getObjectByPath(root + "/Programmazione/Atto 2")).getChildren()).hasSize(3);
        Board board = board(root, directive);
        assertThat(act(board, "atto-1").sectors()).extracting(x -> x.sector().id()).containsExactly("settore-2");
        assertThat(act(board, "atto-2").sectors()).hasSize(3);
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
        assertThat(board.acts()).allMatch(a -> a.sectors().stream().allMatch(x -> x.standing().status() == SubmissionStatus.SUBMITTED_LATE));
        return trips;
    }

    private static ActStanding act(Board board, String id) {
        return board.acts().stream().filter(a -> a.act().id().equals(id)).findFirst().orElseThrow();
    }

    private static Standing sector(ActStanding act, String id) {
        return act.sectors().stream().filter(x -> x.sector().id().equals(id)).findFirst().orElseThrow().standing();
    }
}

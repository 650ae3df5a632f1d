package it.ciclo.cmis;

import static org.assertj.core.api.Assertions.assertThat;

import it.ciclo.board.ActStanding;
import it.ciclo.board.Board;
import it.ciclo.board.Scan;
import it.ciclo.board.ScanListener;
import it.ciclo.board.Standing;
import it.ciclo.cmis.server.CmisTestServer;
import it.ciclo.deadline.EventDates;
import it.ciclo.deadline.Schedule;
import it.ciclo.directive.Directive;
import it.ciclo.format.DirectiveReader;
import it.ciclo.layout.Layout;
import it.ciclo.store.StoreEntry;
import it.ciclo.store.local.LocalFolderStore;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.apache.chemistry.opencmis.client.api.Folder;
import org.apache.chemistry.opencmis.client.api.Session;

/**
 * Issue 9: the shared-folder board and the repository board tell the same story. On a generated
 * tree, laid once on disk and once in a real CMIS server, with junk, files from before the
 * collection, loose files, folders in mixed case, acts owed by some sectors only and the time-zone
 * edge (a file at 00:30 in Rome on the day after the deadline, still the deadline day in UTC), both
 * boards give every cell the same status, days, arrival and files, and list the same files out of place.
 */
class BoardsAgreeProperties {

    private static final LocalDate AS_OF = LocalDate.of(2024, 3, 1);
    private static final List<String> SECTOR_FOLDERS = List.of("Settore Uno", "Settore Due", "Settore Tre");
    /**
     * Kinds of moment: an earlier cycle; 00:30 in Rome on the opening day (still the day before in
     * UTC); the opening day; on time; 00:30 in Rome on the day after the deadline (still the
     * deadline in UTC); late.
     */
    private static final List<Instant> MOMENTS = List.of(Instant.parse("2023-03-01T10:00:00Z"),
            Instant.parse("2023-09-20T22:30:00Z"), Instant.parse("2023-09-21T08:00:00Z"), Instant.parse("2024-01-10T10:00:00Z"),
            Instant.parse("2024-01-15T23:30:00Z"), Instant.parse("2024-02-01T10:00:00Z"));
    private static final List<String> NAMES = List.of("Azioni.docx", "Scheda PEG.xlsx", "Relazione attività.docx",
            "Thumbs.db", "~$ioni.docx", ".DS_Store", "Azioni - collegamento.lnk", "desktop.ini");

    private static CmisTestServer server;

    @BeforeContainer
    static void start() {
        server = CmisTestServer.start();
    }

    @AfterContainer
    static void stop() {
        server.close();
    }

    /** Where a generated file lies. */
    enum Place { SECTOR, SECTOR_SUBFOLDER, ACT_FOLDER, UNKNOWN_FOLDER, NEXT_TO_ACT_FOLDERS }

    /** A file of the generated tree. */
    record Spec(int act, Place place, int sector, int letterCase, String name, Instant modified) {

        /** Its path from the root, in the folder names the office used. */
        List<String> path() {
            List<String> names = new ArrayList<>(List.of("Programmazione"));
            if (place != Place.NEXT_TO_ACT_FOLDERS) {
                names.add("Atto " + act);
            }
            switch (place) {
                case SECTOR -> names.add(sectorFolder());
                case SECTOR_SUBFOLDER -> names.addAll(List.of(sectorFolder(), "bozze"));
                case UNKNOWN_FOLDER -> names.add("Urbanistica");
                default -> { }
            }
            names.add(name);
            return names;
        }

        private String sectorFolder() {
            String folder = SECTOR_FOLDERS.get(sector);
            return switch (letterCase) {
                case 1 -> folder.toUpperCase(java.util.Locale.ROOT);
                case 2 -> folder.toLowerCase(java.util.Locale.ROOT);
                default -> folder;
            };
        }
    }

    @Provide
    Arbitrary<List<Spec>> trees() {
        Arbitrary<Spec> file = Combinators.combine(Arbitraries.integers().between(1, 2), Arbitraries.of(Place.class),
                Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 2), Arbitraries.of(NAMES),
                Arbitraries.of(MOMENTS)).as(Spec::new);
        return file.list().ofMinSize(1).ofMaxSize(12).map(BoardsAgreeProperties::distinctPaths);
    }

    @Property(tries = 25)
    void theSharedFolderAndTheRepositoryBoardsAgree(@ForAll("trees") List<Spec> tree) throws Exception {
        Directive directive = directive();
        Path disk = Files.createTempDirectory("ciclo-board");
        String root = Repositories.freshRoot(server);
        try {
            layOnDisk(disk, tree);
            layInRepository(root, tree);
            Scan scan = new Scan(Schedule.of(directive, EventDates.none()), Layout.of(directive));
            Board local = scan.run(LocalFolderStore.open(disk), AS_OF, ScanListener.NONE);
            Board cmis;
            try (CmisDocumentStore store = CmisDocumentStore.open(Servers.settings(server).withRoot(root))) {
                cmis = scan.run(store, AS_OF, ScanListener.NONE);
            }
            assertThat(story(cmis)).as("tree %s", tree).isEqualTo(story(local));
            assertThat(local.unclassified()).extracting(u -> u.reason().jsonName() + " " + u.path())
                    .isEqualTo(cmis.unclassified().stream().map(u -> u.reason().jsonName() + " " + u.path()).toList());
        } finally {
            delete(disk);
        }
    }

    /** Everything a board says about each cell, as text. */
    private static List<String> story(Board board) {
        List<String> lines = new ArrayList<>();
        for (ActStanding act : board.acts()) {
            for (var s : act.sectors()) {
                Standing st = s.standing();
                lines.add(act.act().id() + "/" + s.sector().id() + " " + st.status() + " late=" + st.daysLate()
                        + " left=" + st.daysLeft() + " arrived=" + st.arrived() + " files=" + paths(st.files())
                        + " old=" + paths(st.old()));
            }
        }
        return lines;
    }

    private static List<String> paths(List<StoreEntry> files) {
        return files.stream().map(f -> f.path().toString()).toList();
    }

    private static Directive directive() throws Exception {
        String json = """
                {"id": "prova", "title": "Ciclo di prova 2024-2026",
                 "issued": {"on": "2023-09-20", "by": "Il Segretario Generale"},
                 "cycle": {"firstYear": 2024, "lastYear": 2026},
                 "sectors": [{"id": "uno", "name": "Settore Uno", "folder": "Settore Uno"},
                             {"id": "due", "name": "Settore Due", "folder": "Settore Due"},
                             {"id": "tre", "name": "Settore Tre", "folder": "Settore Tre"}],
                 "acts": [
                   {"id": "atto-1", "title": "Atto 1", "approval": {"on": "2024-03-29"},
                    "submission": {"due": {"on": "2024-01-15"}, "folder": "Programmazione\\\\Atto 1"}},
                   {"id": "atto-2", "title": "Atto 2", "approval": {"on": "2024-03-29"},
                    "submission": {"due": {"on": "2024-01-15"}, "folder": "Programmazione\\\\Atto 2", "sectors": ["uno", "due"]}}
                 ]}""";
        return new DirectiveReader().read(new StringReader(json), "prova.json").directive();
    }

    private static List<Spec> distinctPaths(List<Spec> specs) {
        Set<String> seen = new HashSet<>();
        return specs.stream().filter(s -> seen.add(String.join("/", s.path()))).toList();
    }

    private static void layOnDisk(Path disk, List<Spec> tree) throws IOException {
        for (Spec spec : tree) {
            Path file = disk;
            for (String name : spec.path()) {
                file = file.resolve(name);
            }
            Files.createDirectories(file.getParent());
            Files.writeString(file, spec.name());
            Files.setLastModifiedTime(file, FileTime.from(spec.modified()));
        }
    }

    private static void layInRepository(String root, List<Spec> tree) throws Exception {
        try (CmisDocumentStore store = CmisDocumentStore.open(Servers.settings(server))) {
            Session session = store.session();
            Map<String, Folder> folders = new HashMap<>();
            folders.put(root, (Folder) session.getObjectByPath(root));
            for (Spec spec : tree) {
                List<String> path = spec.path();
                String at = root;
                for (String name : path.subList(0, path.size() - 1)) {
                    Folder parent = folders.get(at);
                    at = at + "/" + name;
                    folders.computeIfAbsent(at, p -> parent.createFolder(Map.of("cmis:objectTypeId", "cmis:folder", "cmis:name", name)));
                }
                String id = Repositories.upload(session, at, spec.name(), Map.of()).getId();
                server.backdate(id, spec.modified(), spec.modified());
            }
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package it.ciclo.cmis;

import it.ciclo.board.Scan;
import it.ciclo.board.ScanListener;
import it.ciclo.cmis.classify.ClassifyReport;
import it.ciclo.cmis.classify.Classifier;
import it.ciclo.cmis.provision.CmisProvisioner;
import it.ciclo.cmis.server.CmisTestServer;
import it.ciclo.deadline.EventDates;
import it.ciclo.deadline.Schedule;
import it.ciclo.directive.Directive;
import it.ciclo.layout.Layout;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.chemistry.opencmis.client.api.Session;

/**
 * One run against the embedded InMemory server, printing: the board's round trips and time at 10,
 * 50 and 200 sectors (5 acts, one submitted file per sector and act), and classification throughput
 * against plain CMIS document creation on the same server. Run with {@code benchmarks/cmis-board.sh}.
 */
public final class CmisBoardBenchmark {

    private static final int ACTS = 5;

    private CmisBoardBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        try (CmisTestServer server = CmisTestServer.start()) {
            System.out.printf("Board over CMIS (%d acts, one submitted file per sector and act)%n", ACTS);
            System.out.printf("%8s %8s %12s %12s%n", "sectors", "files", "round trips", "median ms");
            for (int sectors : new int[] {10, 50, 200}) {
                board(server, sectors);
            }
            classification(server, 400);
        }
    }

    private static void board(CmisTestServer server, int sectors) throws Exception {
        String root = Repositories.freshRoot(server);
        Directive directive = Directives.synthetic(sectors, ACTS);
        try (CmisDocumentStore store = CmisDocumentStore.open(Servers.settings(server).withRoot(root))) {
            new CmisProvisioner(Layout.of(directive), Schedule.of(directive, EventDates.none()))
                    .run(store, Optional.empty(), false, p -> { });
            Session session = store.session();
            for (int a = 1; a <= ACTS; a++) {
                for (int s = 1; s <= sectors; s++) {
                    Repositories.upload(session, root + "/Programmazione/Atto " + a + "/Settore " + s, "proposta.docx",
                            Repositories.submission("atto-" + a, "settore-" + s, "submitted"));
                }
            }
        }
        Scan board = new Scan(Schedule.of(directive, EventDates.none()), Layout.of(directive));
        List<Long> millis = new ArrayList<>();
        long trips = 0;
        for (int run = 0; run < 5; run++) {
            try (CmisDocumentStore store = CmisDocumentStore.open(Servers.settings(server).withRoot(root))) {
                long before = store.roundTrips().count();
                long start = System.nanoTime();
                board.run(store, LocalDate.of(2024, 1, 10), ScanListener.NONE);
                millis.add((System.nanoTime() - start) / 1_000_000);
                trips = store.roundTrips().count() - before;
            }
        }
        Collections.sort(millis);
        System.out.printf("%8d %8d %12d %12d%n", sectors, sectors * ACTS, trips, millis.get(millis.size() / 2));
    }

    /** Creates {@code files} plain documents in sector folders, timed; then classifies them, timed. */
    private static void classification(CmisTestServer server, int files) throws Exception {
        String root = Repositories.freshRoot(server);
        int sectors = 20;
        Directive directive = Directives.synthetic(sectors, 1);
        Schedule schedule = Schedule.of(directive, EventDates.none());
        long createNanos;
        try (CmisDocumentStore store = CmisDocumentStore.open(Servers.settings(server).withRoot(root))) {
            new CmisProvisioner(Layout.of(directive), schedule).run(store, Optional.empty(), false, p -> { });
            Session session = store.session();
            long start = System.nanoTime();
            for (int i = 0; i < files; i++) {
                Repositories.upload(session, root + "/Programmazione/Atto 1/Settore " + (i % sectors + 1), "file-" + i + ".docx",
                        Map.of());
            }
            createNanos = System.nanoTime() - start;
        }
        long classifyNanos;
        ClassifyReport report;
        try (CmisDocumentStore store = CmisDocumentStore.open(Servers.settings(server).withRoot(root))) {
            long start = System.nanoTime();
            report = new Classifier(Layout.of(directive), schedule).run(store, false, p -> { });
            classifyNanos = System.nanoTime() - start;
        }
        double createRate = files / (createNanos / 1e9);
        double classifyRate = report.classified().size() / (classifyNanos / 1e9);
        System.out.printf("%nClassification of %d files in %d sector folders%n", report.classified().size(), sectors);
        System.out.printf("  plain CMIS creation: %.0f files/s%n", createRate);
        System.out.printf("  classification:      %.0f files/s (%.2f x creation)%n", classifyRate, classifyRate / createRate);
        System.out.printf("  overhead of classifying a file, relative to creating it: %.0f%% (target < 25%%)%n",
                100.0 * (classifyNanos / (double) report.classified().size()) / (createNanos / (double) files));
    }
}

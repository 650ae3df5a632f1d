package it.ciclo.bench;

import it.ciclo.board.Board;
import it.ciclo.board.Scan;
import it.ciclo.board.ScanListener;
import it.ciclo.deadline.EventDates;
import it.ciclo.deadline.Schedule;
import it.ciclo.format.DirectiveDocument;
import it.ciclo.format.DirectiveReader;
import it.ciclo.layout.Layout;
import it.ciclo.store.local.LocalFolderStore;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Issue 12, item 9: a scan of a shared folder when every listing waits like a round trip to an SMB
 * server ({@link ListingLatency}), reading the act folders one at a time and several at once. Run
 * by {@code benchmarks/scan-vs-find.sh}, one process per measure so that JVM start is included:
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar it.ciclo.bench.ScanLatency DIRECTIVE STORE LATENCY_MS THREADS
 * </pre>
 *
 * Prints the entries seen, the listings made and the scan's own time in milliseconds.
 */
public final class ScanLatency {

    private ScanLatency() {
    }

    public static void main(String[] args) throws Exception {
        DirectiveDocument document = new DirectiveReader().read(Path.of(args[0]));
        Schedule schedule = Schedule.of(document.directive(), EventDates.none());
        Scan scan = new Scan(schedule, Layout.of(document.directive())).withThreads(Integer.parseInt(args[3]));
        ListingLatency store = new ListingLatency(LocalFolderStore.open(Path.of(args[1])), Long.parseLong(args[2]));
        long start = System.nanoTime();
        Board board = scan.run(store, LocalDate.of(2024, 2, 1), ScanListener.NONE);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf(Locale.ROOT, "entries %d listings %d scan_ms %d%n", board.entriesSeen(), store.listings(), millis);
    }
}

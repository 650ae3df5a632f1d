package it.ciclo.bench;

import it.ciclo.collect.Collection;
import it.ciclo.collect.CollectListener;
import it.ciclo.collect.Collector;
import it.ciclo.format.DirectiveDocument;
import it.ciclo.format.DirectiveReader;
import it.ciclo.layout.Layout;
import it.ciclo.layout.NameMatch;
import it.ciclo.office.OfficeReaders;
import it.ciclo.reader.ReadLimits;
import it.ciclo.store.local.LocalFolderStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The in-process half of {@code raccogli.sh}: in one warm JVM, alternately, (a) simply unzips every
 * .docx and .xlsx of the store (every part inflated and thrown away, {@code java.util.zip}) and (b)
 * runs the collector of {@code cycle raccogli} on the same store; prints the median of each, their
 * ratio, and the peak heap of each (the heap pools' peak, reset after a full GC before each run).
 *
 * <p>Usage: {@code java -cp benchmarks.jar it.ciclo.bench.CollectBenchmark DIRECTIVE STORE [REPS]}
 */
public final class CollectBenchmark {

    private CollectBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path directive = Path.of(args[0]);
        Path root = Path.of(args[1]);
        int reps = args.length > 2 ? Integer.parseInt(args[2]) : 7;
        DirectiveDocument doc = new DirectiveReader().read(directive);
        Collector collector = new Collector(Layout.of(doc.directive()), doc.collect(), OfficeReaders.standard(ReadLimits.STANDARD),
                NameMatch.EXACT);
        List<Path> files;
        try (Stream<Path> all = Files.walk(root)) {
            files = all.filter(f -> f.toString().endsWith(".docx") || f.toString().endsWith(".xlsx")).sorted().toList();
        }
        long bytes = 0;
        for (Path f : files) {
            bytes += Files.size(f);
        }

        Collection result = collect(collector, root);
        unzip(files);
        System.out.printf("store: %d files, %.1f MB; gathered %d proposals, %d scheda rows, %d findings, %d files not read%n",
                files.size(), bytes / 1048576.0, result.proposals().size(), result.rows().size(), result.findings().size(),
                result.skipped().size());

        List<Long> unzipMs = new ArrayList<>();
        List<Long> collectMs = new ArrayList<>();
        List<Long> unzipPeak = new ArrayList<>();
        List<Long> collectPeak = new ArrayList<>();
        for (int i = 0; i < reps; i++) {
            resetPeaks();
            long t = System.nanoTime();
            unzip(files);
            unzipMs.add((System.nanoTime() - t) / 1_000_000);
            unzipPeak.add(peakHeap());
            resetPeaks();
            t = System.nanoTime();
            collect(collector, root);
            collectMs.add((System.nanoTime() - t) / 1_000_000);
            collectPeak.add(peakHeap());
        }
        long u = median(unzipMs);
        long c = median(collectMs);
        System.out.printf("unzip every part (java.util.zip):  median %d ms  runs %s  peak heap median %.1f MB%n", u, unzipMs,
                median(unzipPeak) / 1048576.0);
        System.out.printf("collect (cycle raccogli, warm):    median %d ms  runs %s  peak heap median %.1f MB%n", c, collectMs,
                median(collectPeak) / 1048576.0);
        System.out.printf("ratio collect / unzip:             %.1f%n", (double) c / Math.max(1, u));
    }

    private static Collection collect(Collector collector, Path root) throws IOException {
        try (LocalFolderStore store = LocalFolderStore.open(root)) {
            return collector.run(store, CollectListener.NONE);
        }
    }

    private static void unzip(List<Path> files) throws IOException {
        for (Path f : files) {
            try (ZipFile zip = new ZipFile(f.toFile())) {
                for (ZipEntry e : Collections.list(zip.entries())) {
                    try (InputStream in = zip.getInputStream(e)) {
                        in.transferTo(OutputStream.nullOutputStream());
                    }
                }
            }
        }
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** The sum of the heap pools' peak use since the last reset. */
    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}

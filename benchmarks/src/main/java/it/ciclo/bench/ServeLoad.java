package it.ciclo.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two halves of {@code benchmarks/serve-load.sh}:
 * <ul>
 *   <li>{@code tree DIR ACTS SECTORS FILES}: a directive of ACTS acts and SECTORS sectors in
 *       {@code DIR/directive.json}, and its shared folder in {@code DIR/store} with FILES files in
 *       every sector folder (20 × 100 × 50 = 100,000 files in 2,000 folders);</li>
 *   <li>{@code load URL SECONDS CLIENTS}: CLIENTS clients that each, for SECONDS seconds, ask for the
 *       board and then the calendar feed, again and again, as browsers left open and calendar programs
 *       would; prints the latency of each (median, 95th and 99th percentile), the requests served,
 *       the failures, the bytes on the wire (compressed, as browsers ask), and how many scans the
 *       server made meanwhile (its {@code /stato.json}).</li>
 * </ul>
 */
public final class ServeLoad {

    private ServeLoad() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 5 && args[0].equals("tree")) {
            tree(Path.of(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]));
        } else if (args.length == 4 && args[0].equals("load")) {
            load(URI.create(args[1]), Duration.ofSeconds(Long.parseLong(args[2])), Integer.parseInt(args[3]));
        } else {
            System.err.println("usage: tree DIR ACTS SECTORS FILES | load URL SECONDS CLIENTS");
            System.exit(2);
        }
    }

    static void tree(Path dir, int acts, int sectors, int files) throws IOException {
        StringBuilder json = new StringBuilder("{\"id\": \"benchmark\", \"title\": \"Benchmark del server\", "
                + "\"issued\": {\"on\": \"2023-09-20\", \"by\": \"bench\", \"number\": \"1\"}, \"cycle\": {\"firstYear\": 2024, \"lastYear\": 2026},\n"
                + " \"events\": {\"bilancio-approvato\": {\"label\": \"l'approvazione del bilancio\", \"kind\": \"approvazione-bilancio\"}},\n"
                + " \"sectors\": [");
        for (int s = 1; s <= sectors; s++) {
            json.append(s > 1 ? ", " : "").append(String.format(Locale.ROOT,
                    "{\"id\": \"s-%03d\", \"name\": \"Settore %03d\", \"folder\": \"Settore %03d\"}", s, s, s));
        }
        json.append("],\n \"acts\": [");
        for (int a = 1; a <= acts; a++) {
            String approval = a % 5 == 0 ? "{\"days\": 20, \"after\": \"bilancio-approvato\"}" : "{\"on\": \"2024-06-28\"}";
            json.append(a > 1 ? ",\n  " : "").append(String.format(Locale.ROOT, "{\"id\": \"act-%02d\", \"title\": \"Atto %02d\", "
                    + "\"approval\": %s, \"submission\": {\"due\": {\"on\": \"2024-03-01\"}, "
                    + "\"folder\": \"R:\\\\ATTIVITA' TRASVERSALI\\\\Bench\\\\Atto %02d\"}}", a, a, approval, a));
        }
        json.append("]}\n");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("directive.json"), json, StandardCharsets.UTF_8);
        byte[] content = "bozza".getBytes(StandardCharsets.UTF_8);
        for (int a = 1; a <= acts; a++) {
            for (int s = 1; s <= sectors; s++) {
                Path folder = Files.createDirectories(dir.resolve("store").resolve("ATTIVITA' TRASVERSALI").resolve("Bench")
                        .resolve(String.format(Locale.ROOT, "Atto %02d", a)).resolve(String.format(Locale.ROOT, "Settore %03d", s)));
                for (int f = 1; f <= files; f++) {
                    Files.write(folder.resolve(String.format(Locale.ROOT, "Relazione %02d.docx", f)), content);
                }
            }
        }
    }

    static void load(URI site, Duration length, int clients) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        long scansBefore = scans(http, site);
        List<String> paths = List.of("/", "/calendario.ics");
        List<ConcurrentLinkedQueue<Long>> times = List.of(new ConcurrentLinkedQueue<>(), new ConcurrentLinkedQueue<>());
        AtomicLong failures = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        CountDownLatch done = new CountDownLatch(clients);
        long end = System.nanoTime() + length.toNanos();
        for (int c = 0; c < clients; c++) {
            Thread t = new Thread(() -> {
                try {
                    int i = 0;
                    while (System.nanoTime() < end) {
                        int which = i++ % 2;
                        long start = System.nanoTime();
                        try {
                            // As browsers and calendar programs ask: compressed if the server can.
                            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(site.resolve(paths.get(which)))
                                    .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
                            if (r.statusCode() != 200) {
                                failures.incrementAndGet();
                            }
                            bytes.addAndGet(r.body().length);
                        } catch (IOException e) {
                            failures.incrementAndGet();
                        }
                        times.get(which).add(System.nanoTime() - start);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            }, "client-" + c);
            t.start();
        }
        done.await();
        long scansAfter = scans(http, site);
        long requests = times.get(0).size() + times.get(1).size();
        System.out.printf(Locale.ROOT, "clients: %d for %d s; requests: %d (%.0f/s), failures: %d, %.1f MB sent (gzip)%n", clients,
                length.toSeconds(), requests, requests / (double) length.toSeconds(), failures.get(), bytes.get() / 1e6);
        for (int i = 0; i < paths.size(); i++) {
            List<Long> sorted = new ArrayList<>(times.get(i));
            Collections.sort(sorted);
            System.out.printf(Locale.ROOT, "%-16s %7d requests  p50 %7.1f ms  p95 %7.1f ms  p99 %7.1f ms  max %7.1f ms%n", paths.get(i),
                    sorted.size(), ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99), sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1e6);
        }
        System.out.printf(Locale.ROOT, "scans made by the server during the run: %d (from scan %d to %d)%n", scansAfter - scansBefore,
                scansBefore, scansAfter);
    }

    private static double ms(List<Long> sorted, double quantile) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.min(sorted.size() - 1, Math.ceil(quantile * sorted.size()) - 1);
        return sorted.get(Math.max(0, index)) / 1e6;
    }

    private static long scans(HttpClient http, URI site) throws Exception {
        String state = http.send(HttpRequest.newBuilder(site.resolve("/stato.json")).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = Pattern.compile("\"scans\":(\\d+)").matcher(state);
        if (!m.find()) {
            throw new IllegalStateException("not cycle serve's state: " + state);
        }
        return Long.parseLong(m.group(1));
    }
}

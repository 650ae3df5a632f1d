package it.ciclo.bench;

import it.ciclo.check.DirectiveChecker;
import it.ciclo.check.Finding;
import it.ciclo.deadline.EventDates;
import it.ciclo.deadline.Schedule;
import it.ciclo.format.DirectiveDocument;
import it.ciclo.format.DirectiveReader;
import it.ciclo.format.InvalidDirectiveException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Issue 10, item 6, measured rather than asserted: how {@code check} grows with the number of acts,
 * and how long the far-future case takes. Prints its figures; run by {@code benchmarks/check-at-scale.sh}.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar it.ciclo.bench.CheckAtScale measure      # the table, in process
 * java -cp benchmarks/target/benchmarks.jar it.ciclo.bench.CheckAtScale write N FILE # a directive of N acts
 * java -cp benchmarks/target/benchmarks.jar it.ciclo.bench.CheckAtScale far FILE     # the far-future directive
 * </pre>
 *
 * <p>The directive of N acts ({@link #acts}): four sectors; act {@code i} approved on a fixed day spread
 * over the cycle; half the acts hand in files 10 working days before their approval, the other half
 * all on one day (15 January 2024), which is what the shared-deadline check compares; each act its
 * own folder, and a title with the triennium for the year check. The far-future directive
 * ({@link #farFuture}): 100 acts approved on 31 December 2999 with the internal deadline on 5 October
 * 2023, which makes the lead-time check count the working days of almost a thousand years per act.
 */
public final class CheckAtScale {

    private CheckAtScale() {
    }

    public static void main(String[] args) throws Exception {
        String what = args.length == 0 ? "measure" : args[0];
        switch (what) {
            case "write" -> Files.writeString(Path.of(args[2]), acts(Integer.parseInt(args[1])), StandardCharsets.UTF_8);
            case "far" -> Files.writeString(Path.of(args[1]), farFuture(), StandardCharsets.UTF_8);
            default -> measure();
        }
    }

    /** Reads, evaluates and checks each size in process, a cold run then the best of three, and prints a table. */
    private static void measure() throws InvalidDirectiveException {
        System.out.println("acts     read ms   schedule ms   check ms   total ms   findings   (best of 3 after a cold run)");
        double previous = 0;
        int previousN = 0;
        for (int n : new int[] {2_500, 5_000, 10_000, 20_000}) {
            String text = acts(n);
            double[] best = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
            int findings = 0;
            for (int run = 0; run < 4; run++) {
                long t0 = System.nanoTime();
                DirectiveDocument doc = new DirectiveReader().read(new StringReader(text), "scale.json");
                long t1 = System.nanoTime();
                Schedule schedule = Schedule.of(doc.directive(), EventDates.none());
                long t2 = System.nanoTime();
                List<Finding> found = new DirectiveChecker().check(schedule);
                long t3 = System.nanoTime();
                findings = found.size();
                if (run > 0) {
                    best[0] = Math.min(best[0], (t1 - t0) / 1e6);
                    best[1] = Math.min(best[1], (t2 - t1) / 1e6);
                    best[2] = Math.min(best[2], (t3 - t2) / 1e6);
                }
            }
            double total = best[0] + best[1] + best[2];
            System.out.printf(Locale.ROOT, "%6d  %8.1f  %12.1f  %9.1f  %9.1f  %9d%s%n", n, best[0], best[1], best[2], total, findings,
                    previousN == 0 ? "" : String.format(Locale.ROOT, "   x%.2f for x%.0f acts", total / previous, (double) n / previousN));
            previous = total;
            previousN = n;
        }
        String far = farFuture();
        long t0 = System.nanoTime();
        DirectiveDocument doc = new DirectiveReader().read(new StringReader(far), "far.json");
        List<Finding> found = new DirectiveChecker().check(Schedule.of(doc.directive(), EventDates.none()));
        System.out.printf(Locale.ROOT, "far future (100 acts approved 2999-12-31, due 2023-10-05), cold: %.1f ms, %d findings%n",
                (System.nanoTime() - t0) / 1e6, found.size());
        long t1 = System.nanoTime();
        new DirectiveChecker().check(Schedule.of(doc.directive(), EventDates.none()));
        System.out.printf(Locale.ROOT, "far future, again (holidays of 976 years cached): %.1f ms%n", (System.nanoTime() - t1) / 1e6);
    }

    /** The directive of {@code n} acts described in the class comment. */
    public static String acts(int n) {
        StringBuilder json = new StringBuilder(n * 260);
        json.append("{\"id\": \"scala\", \"title\": \"Ciclo di programmazione 2024-2026\",\n")
                .append(" \"issued\": {\"on\": \"2023-09-20\", \"by\": \"Il Segretario Generale\", \"number\": \"1\"},\n")
                .append(" \"cycle\": {\"firstYear\": 2024, \"lastYear\": 2026},\n")
                .append(" \"sectors\": [{\"id\": \"s1\", \"name\": \"Settore 1\", \"folder\": \"Settore 1\"},")
                .append(" {\"id\": \"s2\", \"name\": \"Settore 2\", \"folder\": \"Settore 2\"},")
                .append(" {\"id\": \"s3\", \"name\": \"Settore 3\", \"folder\": \"Settore 3\"},")
                .append(" {\"id\": \"s4\", \"name\": \"Settore 4\", \"folder\": \"Settore 4\"}],\n")
                .append(" \"acts\": [\n");
        for (int i = 0; i < n; i++) {
            String approval = java.time.LocalDate.of(2024, 1, 1).plusDays(i % 1000).toString();
            String due = i % 2 == 0 ? "{\"workingDays\": 10, \"before\": \"atto-" + i + ".approval\"}" : "{\"on\": \"2024-01-15\"}";
            json.append(i == 0 ? "  " : ",\n  ")
                    .append("{\"id\": \"atto-").append(i).append("\", \"title\": \"Atto ").append(i).append(" 2024-2026\",")
                    .append(" \"approval\": {\"on\": \"").append(approval).append("\"},")
                    .append(" \"submission\": {\"due\": ").append(due).append(", \"folder\": \"R:\\\\Atti 2024_2026\\\\Atto ")
                    .append(i).append("\"}}");
        }
        return json.append("\n ]\n}\n").toString();
    }

    /** The far-future directive described in the class comment. */
    public static String farFuture() {
        StringBuilder json = new StringBuilder();
        json.append("{\"id\": \"lontano\", \"title\": \"Ciclo 2024-2026\",")
                .append(" \"issued\": {\"on\": \"2023-09-20\", \"by\": \"SG\"}, \"cycle\": {\"firstYear\": 2024, \"lastYear\": 2026},")
                .append(" \"acts\": [");
        for (int i = 0; i < 100; i++) {
            json.append(i == 0 ? "" : ", ").append("{\"id\": \"atto-").append(i).append("\", \"title\": \"Atto ").append(i)
                    .append("\", \"approval\": {\"on\": \"2999-12-31\"}, \"submission\": {\"due\": {\"on\": \"2023-10-05\"},")
                    .append(" \"folder\": \"Atti/Atto ").append(i).append("\"}}");
        }
        return json.append("]}\n").toString();
    }
}

package it.ciclo.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10: mutated directives never crash, hang or mislead. Each case mutates the example directive
 * (its text: characters, numbers, dates; and its structure: keys, types, acts chained or multiplied,
 * hostile names) and runs {@code check}, {@code calendar --format ics}, {@code init --dry-run} and
 * {@code status --format json} on it, in process. Asserted for every run:
 * <ul>
 *   <li>the exit code is one the command documents (0, 1 for {@code check}'s errors, 2 for unusable
 *       input), never a Java stack trace or an exception's name;</li>
 *   <li>a refusal (2) writes nothing on stdout and says where: the directive's line ({@code riga N}),
 *       or the option or store path concerned;</li>
 *   <li>the whole case (four runs) ends within a bound (a hang or a blow-up detector, generous on a
 *       shared machine; speed itself is measured in {@code benchmarks/}).</li>
 * </ul>
 * Seeded and reproducible: {@code -Dciclo.fuzz.seed=N} (default 20240131), {@code -Dciclo.fuzz.count=N}
 * (default 300, e.g. 10000 on demand), {@code -Dciclo.fuzz.bound=SECONDS} (default 10). A failing case
 * is saved under {@code target/fuzz/} with its seed and index in its name.
 */
class DirectiveFuzzTest {

    private static final long SEED = Long.getLong("ciclo.fuzz.seed", 20240131L);
    private static final int COUNT = Integer.getInteger("ciclo.fuzz.count", 300);
    private static final Duration BOUND = Duration.ofSeconds(Long.getLong("ciclo.fuzz.bound", 10L));

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern NUMBER = Pattern.compile("(?<=[:\\[,]\\s?)-?\\d+(?=[,\\]}\\s])");
    private static final String[] ODD_DATES = {"0000-01-01", "0001-01-01", "9999-12-31", "2999-12-31", "1900-01-01",
        "1899-12-31", "3000-01-01", "2025-02-29", "2024-02-29", "2023-02-30", "2024-13-01", "2024-00-10", "2024-01-00",
        "2024-1-5", "20240105", "31/01/2024", ""};
    private static final String[] ODD_NUMBERS = {"0", "-1", "1", "2000", "2001", "3660", "3661", "2147483647", "2147483648",
        "-2147483649", "99999999999999999999999", "1e99999", "1.5", "01", "-0", "1" + "0".repeat(2000)};
    private static final String[] HOSTILE = {"\u0000", "\t", "\n", "\r", "\u001b[2J", "\u0007", "\u202E", ":", "CON", "NUL.txt",
        " ", ".", "..", "\\..\\..\\..", "/", "\\", "|", "?", "*", "\"", "'", "«", "\uFEFF", "\uD800", "à", "A\u0300",
        "x".repeat(10_000), "R:\\", "\\\\server", "//", "C:\\Windows"};
    private static final String[] JUNK = {",", ":", "{", "}", "[", "]", "\"", "\\", "\u201C", "\u201D", "'", "/", "#", "\u0000",
        "\n", "\u00A0", "\uFEFF", "null", "true", "0"};

    @TempDir
    Path dir;

    @Test
    void mutatedDirectivesGetALocatedAnswerQuickly() throws Exception {
        String seedText = Files.readString(Run.SEED, StandardCharsets.UTF_8);
        ObjectMapper mapper = new ObjectMapper();
        JsonNode seedTree = mapper.readTree(seedText);
        Random random = new Random(SEED);
        Map<Integer, Integer> exitCodes = new java.util.TreeMap<>();
        for (int i = 0; i < COUNT; i++) {
            String text = mutate(seedText, seedTree, mapper, random);
            Path directive = dir.resolve("case-" + i + ".json");
            Files.write(directive, text.getBytes(StandardCharsets.UTF_8)); // a lone surrogate becomes ?
            Path store = Files.createDirectories(dir.resolve("store-" + i));
            int index = i;
            try {
                List<Integer> codes = assertTimeoutPreemptively(BOUND, () -> runAll(directive, store),
                        () -> "case " + index + " (seed " + SEED + ") took longer than " + BOUND);
                codes.forEach(c -> exitCodes.merge(c, 1, Integer::sum));
            } catch (AssertionError e) {
                Path kept = Path.of("target", "fuzz", "seed-" + SEED + "-case-" + i + ".json");
                Files.createDirectories(kept.getParent());
                Files.write(kept, text.getBytes(StandardCharsets.UTF_8));
                throw new AssertionError("case " + i + " of seed " + SEED + " (kept in " + kept.toAbsolutePath() + "): "
                        + e.getMessage(), e);
            }
            Files.delete(directive);
        }
        // The mix the fuzzing reached: refusals, findings and clean runs all occur (else the mutations are too tame or too wild).
        assertThat(exitCodes).containsKeys(0, 1, 2);
    }

    /** Runs the four commands on {@code directive}; their exit codes. */
    private static List<Integer> runAll(Path directive, Path store) {
        List<Integer> codes = new ArrayList<>();
        for (String[] args : new String[][] {
            {"check", directive.toString()},
            {"calendar", directive.toString(), "--format", "ics"},
            {"init", directive.toString(), "--store", store.toString(), "--dry-run"},
            {"status", directive.toString(), "--store", store.toString(), "--today", "2024-02-01", "--format", "json"}}) {
            Run run = Run.of(args);
            String what = String.join(" ", args);
            assertThat(run.code()).as(what + "\n" + run.err()).isIn(0, 1, 2);
            if (run.code() == 1) {
                assertThat(args[0]).as(what + ": exit 1 is check's (errors found), never a crash\n" + run.err()).isEqualTo("check");
            }
            assertThat(run.err()).as(what).doesNotContain("Exception", "\tat ", "java.", "Error:");
            if (run.code() == 2) {
                assertThat(run.out()).as(what).isEmpty();
                assertThat(run.err()).as(what + ": a refusal says where").isNotBlank()
                        .containsAnyOf(directive + ", riga ", store.toString(), "--");
            }
            codes.add(run.code());
        }
        return codes;
    }

    /** One to three mutations of the example directive, of its text or of its structure. */
    private static String mutate(String text, JsonNode tree, ObjectMapper mapper, Random random) {
        if (random.nextInt(3) == 0) {
            JsonNode copy = tree.deepCopy();
            int n = 1 + random.nextInt(3);
            for (int k = 0; k < n; k++) {
                copy = structural(copy, random);
            }
            try {
                text = mapper.writerWithDefaultPrettyPrinter().writeValueAsString(copy);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        int n = random.nextInt(3);
        for (int k = 0; k < n; k++) {
            text = textual(text, random);
        }
        return text;
    }

    private static String textual(String text, Random random) {
        switch (random.nextInt(7)) {
            case 0:
                return replaceOne(text, DATE, ODD_DATES[random.nextInt(ODD_DATES.length)], random);
            case 1:
                return replaceOne(text, NUMBER, ODD_NUMBERS[random.nextInt(ODD_NUMBERS.length)], random);
            case 2: {
                // Something hostile inside a string value, JSON-escaped so that it reaches the reader as such.
                int quote = quoteAt(text, random);
                return quote < 0 ? text : text.substring(0, quote + 1) + escape(HOSTILE[random.nextInt(HOSTILE.length)])
                        + text.substring(quote + 1);
            }
            case 3: {
                int at = random.nextInt(text.length());
                return text.substring(0, at) + JUNK[random.nextInt(JUNK.length)] + text.substring(at);
            }
            case 4: {
                int at = random.nextInt(text.length());
                return text.substring(0, at) + text.substring(Math.min(text.length(), at + 1 + random.nextInt(3)));
            }
            case 5: {
                List<String> lines = new ArrayList<>(text.lines().toList());
                int at = random.nextInt(lines.size());
                if (random.nextBoolean()) {
                    lines.add(at, lines.get(at));
                } else {
                    lines.remove(at);
                }
                return String.join("\n", lines);
            }
            default:
                // The same text with every date pushed to an edge of the calendar.
                return DATE.matcher(text).replaceAll(random.nextBoolean() ? "2999-12-31" : "1900-01-01");
        }
    }

    private static JsonNode structural(JsonNode tree, Random random) {
        if (!(tree instanceof ObjectNode root) || !(root.get("acts") instanceof ArrayNode acts) || acts.isEmpty()) {
            return tree;
        }
        JsonNodeFactory f = JsonNodeFactory.instance;
        switch (random.nextInt(9)) {
            case 0: { // drop a key somewhere
                ObjectNode target = randomObject(root, random);
                List<String> names = new ArrayList<>();
                target.fieldNames().forEachRemaining(names::add);
                if (!names.isEmpty()) {
                    target.remove(names.get(random.nextInt(names.size())));
                }
                return root;
            }
            case 1: { // a value of another type
                ObjectNode target = randomObject(root, random);
                List<String> names = new ArrayList<>();
                target.fieldNames().forEachRemaining(names::add);
                if (!names.isEmpty()) {
                    JsonNode[] others = {f.nullNode(), f.numberNode(7), f.textNode("x"), f.arrayNode(), f.objectNode(), f.booleanNode(true)};
                    target.set(names.get(random.nextInt(names.size())), others[random.nextInt(others.length)]);
                }
                return root;
            }
            case 2: { // many acts, each its own folder (ids unique), some chained to the one before
                int copies = 10 + random.nextInt(300);
                JsonNode model = acts.get(random.nextInt(acts.size()));
                for (int i = 0; i < copies; i++) {
                    ObjectNode act = model.deepCopy();
                    act.put("id", "copia-" + i);
                    if (act.get("submission") instanceof ObjectNode sub) {
                        sub.put("folder", "Copie/Atto " + i);
                        if (i > 0 && random.nextBoolean()) {
                            sub.set("due", f.objectNode().put("workingDays", 1 + random.nextInt(2000))
                                    .put("before", "copia-" + (i - 1) + ".approval"));
                        }
                    }
                    acts.add(act);
                }
                return root;
            }
            case 3: { // an act repeated as it is (its id twice)
                acts.add(acts.get(random.nextInt(acts.size())).deepCopy());
                return root;
            }
            case 4: { // a hostile sector folder or act folder
                String hostile = HOSTILE[random.nextInt(HOSTILE.length)];
                if (random.nextBoolean() && root.get("sectors") instanceof ArrayNode sectors && !sectors.isEmpty()) {
                    ((ObjectNode) sectors.get(random.nextInt(sectors.size()))).put("folder", "Servizi" + hostile);
                } else if (acts.get(random.nextInt(acts.size())).get("submission") instanceof ObjectNode sub) {
                    sub.put("folder", "R:\\Programmazione" + hostile + "\\PEG");
                }
                return root;
            }
            case 5: { // the far future: approvals at the edge, internal deadlines now
                for (JsonNode act : acts) {
                    ((ObjectNode) act).set("approval", f.objectNode().put("on", "2999-12-31"));
                }
                return root;
            }
            case 6: { // deadlines counted from each other in a long chain, or in a circle
                for (int i = 1; i < acts.size(); i++) {
                    ((ObjectNode) acts.get(i)).set("approval", f.objectNode().put("days", random.nextInt(3661))
                            .put("after", acts.get(i - 1).path("id").asText() + ".approval"));
                }
                if (random.nextBoolean()) {
                    ((ObjectNode) acts.get(0)).set("approval", f.objectNode().put("days", 1)
                            .put("after", acts.get(acts.size() - 1).path("id").asText() + ".approval"));
                }
                return root;
            }
            case 7: { // rules nested deep
                JsonNode rule = f.objectNode().put("on", "2024-01-31");
                for (int i = 0, depth = 1 + random.nextInt(400); i < depth; i++) {
                    ArrayNode list = f.arrayNode().add(rule);
                    rule = f.objectNode().set(random.nextBoolean() ? "latest" : "earliest", list);
                }
                ((ObjectNode) acts.get(random.nextInt(acts.size()))).set("approval", rule);
                return root;
            }
            default: { // a long text value
                ((ObjectNode) acts.get(random.nextInt(acts.size()))).set("title",
                        TextNode.valueOf("T".repeat(1 + random.nextInt(200_000))));
                return root;
            }
        }
    }

    /** An object node of the tree, chosen at random by walking down. */
    private static ObjectNode randomObject(ObjectNode root, Random random) {
        ObjectNode at = root;
        for (int depth = 0; depth < 4; depth++) {
            List<ObjectNode> children = new ArrayList<>();
            Iterator<JsonNode> it = at.elements();
            while (it.hasNext()) {
                JsonNode child = it.next();
                if (child instanceof ObjectNode o) {
                    children.add(o);
                } else if (child instanceof ArrayNode a) {
                    a.forEach(item -> {
                        if (item instanceof ObjectNode o) {
                            children.add(o);
                        }
                    });
                }
            }
            if (children.isEmpty() || random.nextInt(4) == 0) {
                return at;
            }
            at = children.get(random.nextInt(children.size()));
        }
        return at;
    }

    private static String replaceOne(String text, Pattern pattern, String replacement, Random random) {
        List<int[]> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(new int[] {m.start(), m.end()});
        }
        if (found.isEmpty()) {
            return text;
        }
        int[] at = found.get(random.nextInt(found.size()));
        return text.substring(0, at[0]) + replacement + text.substring(at[1]);
    }

    /** The position of a quote that opens a string value (after {@code ": "}), or -1. */
    private static int quoteAt(String text, Random random) {
        List<Integer> quotes = new ArrayList<>();
        for (int i = text.indexOf(": \""); i >= 0; i = text.indexOf(": \"", i + 1)) {
            quotes.add(i + 2);
        }
        return quotes.isEmpty() ? -1 : quotes.get(random.nextInt(quotes.size()));
    }

    /** {@code s} as it is written inside a JSON string. */
    private static String escape(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || (c >= 0xD800 && c <= 0xDFFF)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}

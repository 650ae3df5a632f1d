package it.ciclo.proposal;

import it.ciclo.objective.ObjectiveKey;
import it.ciclo.objective.ObjectiveLevel;
import it.ciclo.objective.ObjectivePath;
import it.ciclo.reader.MarkedTextHandler;
import it.ciclo.reader.Revision;
import it.ciclo.reader.TextRun;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Hears one word-processing file and finds its proposals: runs in red ({@link RedRule}), tracked
 * insertions and tracked deletions. Consecutive marked runs of one kind and one author in one place
 * are merged into one {@link Passage}, across run boundaries and across consecutive paragraphs
 * (joined by a line break); white space left uncoloured between two red runs does not split them;
 * any other text, a heading or a new table cell does.
 *
 * <p>Context: the heading path comes from the headings' outline levels; levels 1 to 3 are the
 * strategic direction, the strategic objective and the operational objective. In a table, a column
 * whose header (first row) starts with the name of an objective level (e.g. "Obiettivo operativo")
 * gives that level's title for the passages of its row; an empty cell there repeats the one above,
 * as a merged cell does.
 *
 * <p>It also keeps every objective the file names ({@link #objectives()}), to build the objective
 * tree. One instance per file; not thread-safe.
 */
public final class ProposalExtractor implements MarkedTextHandler {

    private static final int MAX_LEVEL = 9;

    private final RedRule red;
    private final List<String> levelNames;
    private final List<Passage> passages = new ArrayList<>();
    private final Set<ObjectivePath> objectives = new LinkedHashSet<>();

    private final String[] headings = new String[MAX_LEVEL + 1];
    private int headingLevel;
    private final StringBuilder paragraph = new StringBuilder();

    private Open open;
    private final StringBuilder gap = new StringBuilder();

    private final Deque<Table> tables = new ArrayDeque<>();
    private int tablesSeen;

    /**
     * @param red        which colours are red
     * @param levelNames the names of the objective levels, from the strategic direction down, as
     *                   table headers may write them ("Indirizzo strategico", "Obiettivo strategico",
     *                   "Obiettivo operativo")
     */
    public ProposalExtractor(RedRule red, List<String> levelNames) {
        this.red = Objects.requireNonNull(red, "red");
        this.levelNames = Objects.requireNonNull(levelNames, "levelNames").stream().map(ObjectiveKey::reduce).toList();
        if (levelNames.size() > ObjectiveLevel.values().length) {
            throw new IllegalArgumentException("at most " + ObjectiveLevel.values().length + " objective levels: " + levelNames);
        }
    }

    /** {@return the passages found so far, in reading order} */
    public List<Passage> passages() {
        close();
        return List.copyOf(passages);
    }

    /** {@return every objective the file names by its headings or its objective columns, in reading order} */
    public Set<ObjectivePath> objectives() {
        return new LinkedHashSet<>(objectives);
    }

    @Override
    public void paragraphStart(int headingLevel) {
        this.headingLevel = Math.min(Math.max(headingLevel, 0), MAX_LEVEL);
        paragraph.setLength(0);
        if (this.headingLevel > 0) {
            close();
        }
    }

    @Override
    public void run(TextRun run) {
        String text = run.text();
        if (text.isEmpty()) {
            return;
        }
        boolean deleted = run.revision().kind() == Revision.Kind.DELETED;
        if (!deleted) {
            paragraph.append(text);
            if (!tables.isEmpty()) {
                tables.peek().cellText.append(text);
            }
        }
        ProposalKind kind = switch (run.revision().kind()) {
            case DELETED -> ProposalKind.DELETION;
            case INSERTED -> ProposalKind.INSERTION;
            case NONE -> red.isRed(run.colour()) ? ProposalKind.RED_TEXT : null;
        };
        if (kind == null) {
            if (text.isBlank() && open != null) {
                gap.append(text);
            } else {
                close();
            }
            return;
        }
        Optional<String> author;
        Attribution source;
        if (run.revision().author().isPresent()) {
            author = run.revision().author();
            source = Attribution.REVISION_AUTHOR;
        } else if (run.formatAuthor().isPresent()) {
            author = run.formatAuthor();
            source = Attribution.FORMAT_AUTHOR;
        } else if (!run.commentAuthors().isEmpty()) {
            author = Optional.of(run.commentAuthors().get(0));
            source = Attribution.COMMENT_AUTHOR;
        } else {
            author = Optional.empty();
            source = Attribution.NONE;
        }
        Open here = new Open(kind, author, source, headingsNow(), headingLevel > 0, tables.peek());
        if (open != null && open.continuedBy(here)) {
            open.text.append(gap);
        } else {
            close();
            open = here;
        }
        gap.setLength(0);
        open.text.append(text);
    }

    @Override
    public void paragraphEnd() {
        if (headingLevel > 0) {
            close();
            String title = normalise(paragraph.toString());
            if (!title.isEmpty()) {
                headings[headingLevel] = title;
                Arrays.fill(headings, headingLevel + 1, headings.length, null);
                if (headingLevel <= levelNames.size()) {
                    objectives.add(objectivePath(headings));
                }
            }
        } else if (open != null) {
            gap.append('\n');
        }
        if (!tables.isEmpty()) {
            tables.peek().cellText.append('\n');
        }
        headingLevel = 0;
    }

    @Override
    public void tableStart() {
        close();
        tables.push(new Table(++tablesSeen));
    }

    @Override
    public void rowStart() {
        close();
        Table t = tables.peek();
        if (t != null) {
            t.row++;
            t.cells.clear();
            t.continued.clear();
            t.pending.clear();
        }
    }

    @Override
    public void cellStart(int column, boolean continued) {
        close();
        Table t = tables.peek();
        if (t != null) {
            t.column = Math.max(column, 1);
            t.cellText.setLength(0);
            if (continued) {
                t.continued.add(t.column);
            }
        }
    }

    @Override
    public void cellEnd() {
        close();
        Table t = tables.peek();
        if (t != null) {
            t.cells.put(t.column, normalise(t.cellText.toString()));
        }
    }

    @Override
    public void rowEnd() {
        close();
        Table t = tables.peek();
        if (t != null) {
            t.endRow();
        }
    }

    @Override
    public void tableEnd() {
        close();
        tables.poll();
    }

    /**
     * The headings open now, by outline level (index 0 unused); in a heading, those above it, since
     * the heading being written replaces the one of its level.
     */
    private String[] headingsNow() {
        String[] now = headings.clone();
        if (headingLevel > 0) {
            Arrays.fill(now, headingLevel, now.length, null);
        }
        return now;
    }

    private static List<String> headingList(String[] byLevel) {
        return Arrays.stream(byLevel).filter(Objects::nonNull).toList();
    }

    /** The objective path the headings {@code byLevel} give: outline levels 1 to 3 name the objective levels. */
    private ObjectivePath objectivePath(String[] byLevel) {
        List<String> titles = new ArrayList<>();
        for (int level = 1; level <= levelNames.size(); level++) {
            if (byLevel[level] != null) {
                titles.add(byLevel[level]);
            }
        }
        return new ObjectivePath(titles);
    }

    private void close() {
        gap.setLength(0);
        if (open == null) {
            return;
        }
        Open done = open;
        open = null;
        String text = normalise(done.text.toString());
        if (text.isEmpty()) {
            return;
        }
        if (done.table != null) {
            done.table.pending.add(new Pending(done, text));
        } else {
            passages.add(new Passage(done.kind, text, done.author, done.source, new ProposalContext(
                    headingList(done.headings), objectivePath(done.headings), Optional.empty(), done.inHeading)));
        }
    }

    private static final Pattern BLANKS = Pattern.compile("[ \\t\\x0B\\f\\r]+");
    private static final Pattern LINE_BREAKS = Pattern.compile(" ?\\n\\s*");

    /** Spaces collapsed (no-break spaces too), line breaks kept single, trimmed. */
    static String normalise(String text) {
        String spaced = BLANKS.matcher(text.replace('\u00A0', ' ')).replaceAll(" ");
        return LINE_BREAKS.matcher(spaced).replaceAll("\n").strip();
    }

    /** A passage being gathered. */
    private static final class Open {
        final ProposalKind kind;
        final Optional<String> author;
        final Attribution source;
        final String[] headings;
        final boolean inHeading;
        final Table table;
        final int row;
        final int column;
        final StringBuilder text = new StringBuilder();

        Open(ProposalKind kind, Optional<String> author, Attribution source, String[] headings, boolean inHeading,
                Table table) {
            this.kind = kind;
            this.author = author;
            this.source = source;
            this.headings = headings;
            this.inHeading = inHeading;
            this.table = table;
            this.row = table == null ? 0 : table.row;
            this.column = table == null ? 0 : table.column;
        }

        boolean continuedBy(Open next) {
            return kind == next.kind && author.equals(next.author) && source == next.source
                    && Arrays.equals(headings, next.headings) && inHeading == next.inHeading
                    && table == next.table && row == next.row && column == next.column;
        }
    }

    /** A passage in a table cell, whose context waits for the end of its row. */
    private record Pending(Open open, String text) {
    }

    /** One table being read. */
    private final class Table {
        final int index;
        int row;
        int column = 1;
        final StringBuilder cellText = new StringBuilder();
        final Map<Integer, String> cells = new HashMap<>();
        final Set<Integer> continued = new HashSet<>();
        final List<Pending> pending = new ArrayList<>();
        final Map<Integer, String> header = new HashMap<>();
        /** Column → objective level index, from the header. */
        final Map<Integer, Integer> levelColumns = new HashMap<>();
        /** The last non-empty text of each column, for cells left empty under it. */
        final Map<Integer, String> above = new HashMap<>();

        Table(int index) {
            this.index = index;
        }

        void endRow() {
            if (row == 1) {
                header.putAll(cells);
                cells.forEach((col, text) -> {
                    String reduced = ObjectiveKey.reduce(text);
                    for (int level = 0; level < levelNames.size(); level++) {
                        if (!levelNames.get(level).isEmpty() && reduced.startsWith(levelNames.get(level))) {
                            levelColumns.put(col, level);
                        }
                    }
                });
            }
            Map<Integer, String> fromRow = new HashMap<>();
            if (row > 1) {
                levelColumns.forEach((col, level) -> {
                    String value = valueOf(col);
                    if (!value.isEmpty()) {
                        fromRow.put(level, value);
                    }
                });
                if (!fromRow.isEmpty()) {
                    objectives.add(rowPath(fromRow));
                }
            }
            String rowLabel = valueOf(1);
            for (Pending p : pending) {
                Open o = p.open;
                TableCell cell = new TableCell(index, o.row, o.column, header.getOrDefault(o.column, ""), rowLabel);
                ObjectivePath objective = fromRow.isEmpty() ? objectivePath(o.headings) : rowPath(fromRow);
                passages.add(new Passage(o.kind, p.text, o.author, o.source,
                        new ProposalContext(headingList(o.headings), objective, Optional.of(cell), o.inHeading)));
            }
            pending.clear();
            if (row > 1) {
                cells.forEach((col, text) -> {
                    if (!text.isEmpty()) {
                        above.put(col, text);
                    }
                });
            }
        }

        /** The cell's text, or the one above it when it is empty and merged or left blank below a value. */
        private String valueOf(int col) {
            String text = cells.getOrDefault(col, "");
            if (text.isEmpty() && row > 1 && (continued.contains(col) || levelColumns.containsKey(col) || col == 1)) {
                return above.getOrDefault(col, "");
            }
            return text;
        }

        /** The headings' objective path, with the levels this row's objective columns give. */
        private ObjectivePath rowPath(Map<Integer, String> fromRow) {
            int deepest = fromRow.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1);
            List<String> titles = new ArrayList<>();
            List<String> byHeading = objectivePath(headings).titles();
            for (int level = 0; level <= deepest; level++) {
                String title = fromRow.get(level);
                if (title == null && level < byHeading.size()) {
                    title = byHeading.get(level);
                }
                if (title != null) {
                    titles.add(title);
                }
            }
            return new ObjectivePath(titles);
        }
    }
}

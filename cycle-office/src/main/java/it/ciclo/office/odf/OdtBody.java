package it.ciclo.office.odf;

import it.ciclo.office.intake.Xml;
import it.ciclo.reader.MarkedTextHandler;
import it.ciclo.reader.Revision;
import it.ciclo.reader.TextRun;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Walks {@code office:text} of an OpenDocument text, streaming, and tells a {@link MarkedTextHandler}
 * what it holds. Tracked changes come first, in {@code text:tracked-changes}: their authors, and the
 * text of deletions, which the body marks with a {@code text:change} point. Notes, comment texts,
 * frames and generated indexes (the table of contents repeats the headings) are skipped.
 */
final class OdtBody {

    static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";

    private static final Set<String> SKIPPED = Set.of("note", "frame", "table-of-content", "alphabetical-index",
            "illustration-index", "table-index", "object-index", "user-index", "bibliography", "sequence-decls",
            "table-column", "table-columns", "table-header-columns", "soft-page-break", "bookmark", "bookmark-start",
            "bookmark-end", "reference-mark", "reference-mark-start", "reference-mark-end", "forms", "variable-decls",
            "user-field-decls");

    /** A tracked change: what it did, who, and for a deletion the text deleted. */
    private record Change(Revision revision, String deleted) {
    }

    private final XMLStreamReader r;
    private final OdfStyles styles;
    private final MarkedTextHandler handler;
    private final Map<String, Change> changes = new HashMap<>();
    private final Deque<Revision> revisions = new ArrayDeque<>();
    private final Map<String, String> openComments = new LinkedHashMap<>();
    private final Deque<Optional<String>> spans = new ArrayDeque<>();
    /** Per open row: the next column, and the last column a cell spanning columns covers. */
    private final Deque<int[]> rows = new ArrayDeque<>();
    /** Per open cell element: whether it was announced (a covered cell beside a spanning one is not). */
    private final Deque<Boolean> announced = new ArrayDeque<>();
    private Optional<String> paragraphColour = Optional.empty();
    private boolean inParagraph;

    OdtBody(XMLStreamReader r, OdfStyles styles, MarkedTextHandler handler) {
        this.r = r;
        this.styles = styles;
        this.handler = handler;
    }

    /** Reads up to the end of {@code office:text}. */
    void walk() throws XMLStreamException {
        for (int depth = 1; depth > 0; ) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (start(r.getLocalName())) {
                    depth++;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                end(r.getLocalName());
            } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) && inParagraph) {
                text(r.getText());
            }
        }
    }

    /** Handles the start of an element; false if it was consumed to its end. */
    private boolean start(String name) throws XMLStreamException {
        if (SKIPPED.contains(name)) {
            Xml.skip(r);
            return false;
        }
        switch (name) {
            case "tracked-changes" -> {
                trackedChanges();
                return false;
            }
            case "p", "h" -> {
                int level = name.equals("h") ? Xml.integer(r, "outline-level", 1) : 0;
                paragraphColour = Xml.attribute(r, "style-name").flatMap(styles::paragraphColour);
                spans.clear();
                inParagraph = true;
                handler.paragraphStart(Math.max(level, 0));
            }
            case "span" -> spans.push(Xml.attribute(r, "style-name").flatMap(styles::textColour));
            case "s" -> text(" ".repeat(Math.max(1, Math.min(1000, Xml.integer(r, "c", 1)))));
            case "tab" -> text("\t");
            case "line-break" -> text("\n");
            case "annotation" -> {
                annotation();
                return false;
            }
            case "annotation-end" -> Xml.attribute(r, "name").ifPresent(openComments::remove);
            case "change-start" -> Xml.attribute(r, "change-id").map(changes::get)
                    .ifPresent(c -> revisions.push(c.revision()));
            case "change-end" -> Xml.attribute(r, "change-id").map(changes::get).ifPresent(c -> revisions.poll());
            case "change" -> Xml.attribute(r, "change-id").map(changes::get).filter(c -> !c.deleted().isEmpty())
                    .ifPresent(c -> handler.run(new TextRun(c.deleted(), Optional.empty(), c.revision(), comments(),
                            Optional.empty())));
            case "table" -> handler.tableStart();
            case "table-row" -> {
                rows.push(new int[] {1, 0});
                handler.rowStart();
            }
            case "table-cell" -> cell(false);
            case "covered-table-cell" -> cell(true);
            default -> { }
        }
        return true;
    }

    private void end(String name) {
        switch (name) {
            case "p", "h" -> {
                inParagraph = false;
                handler.paragraphEnd();
            }
            case "span" -> spans.poll();
            case "table-cell", "covered-table-cell" -> {
                if (Boolean.TRUE.equals(announced.poll())) {
                    handler.cellEnd();
                }
            }
            case "table-row" -> {
                rows.poll();
                handler.rowEnd();
            }
            case "table" -> handler.tableEnd();
            default -> { }
        }
    }

    /**
     * A cell: columns are counted by cell elements, covered ones included; a covered cell under a
     * cell that spans rows continues it; one beside a cell that spans columns is that cell, and is
     * not announced.
     */
    private void cell(boolean covered) {
        int[] row = rows.isEmpty() ? new int[] {1, 0} : rows.peek();
        int column = row[0];
        int repeated = Math.max(1, Math.min(1024, Xml.integer(r, "number-columns-repeated", 1)));
        int spanned = Math.max(1, Xml.integer(r, "number-columns-spanned", 1));
        row[0] += repeated;
        if (covered && column <= row[1]) {
            announced.push(false);
            return;
        }
        announced.push(true);
        handler.cellStart(column, covered);
        if (!covered && spanned > 1) {
            row[1] = column + spanned - 1;
        }
    }

    private void text(String text) {
        Optional<String> colour = Optional.empty();
        for (Optional<String> span : spans) {
            if (span.isPresent()) {
                colour = span;
                break;
            }
        }
        Optional<String> resolved = colour.or(() -> paragraphColour).filter(c -> !c.isEmpty());
        handler.run(new TextRun(text, resolved, revisions.isEmpty() ? Revision.NONE : revisions.peek(), comments(),
                Optional.empty()));
    }

    private List<String> comments() {
        return new ArrayList<>(openComments.values());
    }

    /** A comment: its author, and if it spans text ({@code office:name}), opened until its end marker. */
    private void annotation() throws XMLStreamException {
        Optional<String> name = Xml.attribute(r, "name");
        String author = "";
        for (int depth = 1; depth > 0; ) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (r.getLocalName().equals("creator")) {
                    author = Xml.text(r).strip();
                    depth--;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        if (name.isPresent() && !author.isEmpty()) {
            openComments.put(name.get(), author);
        }
    }

    /** {@code text:tracked-changes}: each region's kind, author and deleted text. */
    private void trackedChanges() throws XMLStreamException {
        String id = null;
        Revision.Kind kind = null;
        String author = null;
        StringBuilder deleted = new StringBuilder();
        boolean inDeletion = false;
        for (int depth = 1; depth > 0; ) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                switch (r.getLocalName()) {
                    case "changed-region" -> {
                        id = Xml.attribute(r, "id").orElse(null);
                        kind = null;
                        author = null;
                        deleted.setLength(0);
                    }
                    case "insertion" -> kind = Revision.Kind.INSERTED;
                    case "deletion" -> {
                        kind = Revision.Kind.DELETED;
                        inDeletion = true;
                    }
                    case "creator" -> {
                        author = Xml.text(r).strip();
                        depth--;
                    }
                    case "change-info" -> { }
                    case "p", "h" -> {
                        if (inDeletion) {
                            String paragraph = Xml.text(r);
                            depth--;
                            deleted.append(deleted.isEmpty() ? "" : "\n").append(paragraph);
                        }
                    }
                    default -> { }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                switch (r.getLocalName()) {
                    case "deletion" -> inDeletion = false;
                    case "changed-region" -> {
                        if (id != null && kind != null) {
                            Optional<String> who = Optional.ofNullable(author).filter(a -> !a.isEmpty());
                            changes.put(id, new Change(kind == Revision.Kind.INSERTED ? Revision.inserted(who)
                                    : Revision.deleted(who), kind == Revision.Kind.DELETED ? deleted.toString() : ""));
                        }
                    }
                    default -> { }
                }
            }
        }
    }
}

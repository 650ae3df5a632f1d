package it.ciclo.office.docx;

import it.ciclo.office.intake.Xml;
import it.ciclo.reader.MarkedTextHandler;
import it.ciclo.reader.Revision;
import it.ciclo.reader.TextRun;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Walks the body of {@code word/document.xml} once, streaming, and tells a {@link MarkedTextHandler}
 * what it holds. Paragraph and cell properties come first in their element, so a paragraph or a
 * cell is announced once its properties have been read. Drawings, text boxes and embedded objects
 * are skipped (their text is not part of the body's flow, and Word writes text boxes twice, once
 * for older readers); field instructions are skipped, field results kept; hidden text is skipped.
 */
final class WordBody {

    /** Elements whose content is not part of the body's text. */
    private static final Set<String> SKIPPED = Set.of("drawing", "pict", "object", "AlternateContent", "instrText",
            "delInstrText", "sdtPr", "footnoteReference", "endnoteReference", "bookmarkStart", "bookmarkEnd",
            "proofErr", "sectPr", "tblPr", "tblGrid", "tblPrEx", "fldChar", "commentReference");

    private final XMLStreamReader r;
    private final WordStyles styles;
    private final Map<String, String> commentAuthors;
    private final MarkedTextHandler handler;

    private final Deque<Revision> revisions = new ArrayDeque<>();
    private final Set<String> openComments = new LinkedHashSet<>();
    private final Deque<int[]> rows = new ArrayDeque<>();

    private Optional<String> paragraphStyle = Optional.empty();
    private int outline = -1;
    private boolean paragraphAnnounced = true;

    private boolean cellPending;
    private int cellSpan = 1;
    private boolean cellContinued;

    WordBody(XMLStreamReader r, WordStyles styles, Map<String, String> commentAuthors, MarkedTextHandler handler) {
        this.r = r;
        this.styles = styles;
        this.commentAuthors = commentAuthors;
        this.handler = handler;
    }

    /** Reads to the end of the part. */
    void walk() throws XMLStreamException {
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                start(r.getLocalName());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                end(r.getLocalName());
            }
        }
    }

    private void start(String name) throws XMLStreamException {
        if (SKIPPED.contains(name)) {
            Xml.skip(r);
            return;
        }
        switch (name) {
            case "p" -> {
                announceCell();
                paragraphStyle = Optional.empty();
                outline = -1;
                paragraphAnnounced = false;
            }
            case "pPr" -> paragraphProperties();
            case "r" -> {
                announceParagraph();
                run();
            }
            case "ins", "moveTo" -> revisions.push(Revision.inserted(Xml.attribute(r, "author")));
            case "del", "moveFrom" -> revisions.push(Revision.deleted(Xml.attribute(r, "author")));
            case "commentRangeStart" -> Xml.attribute(r, "id").ifPresent(openComments::add);
            case "commentRangeEnd" -> Xml.attribute(r, "id").ifPresent(openComments::remove);
            case "tbl" -> {
                announceCell();
                announceParagraph();
                handler.tableStart();
            }
            case "tr" -> {
                rows.push(new int[] {1});
                handler.rowStart();
            }
            case "trPr" -> rowProperties();
            case "tc" -> {
                cellPending = true;
                cellSpan = 1;
                cellContinued = false;
            }
            case "tcPr" -> cellProperties();
            default -> { }
        }
    }

    private void end(String name) {
        switch (name) {
            case "p" -> {
                announceParagraph();
                handler.paragraphEnd();
                paragraphAnnounced = true;
            }
            case "ins", "moveTo", "del", "moveFrom" -> revisions.poll();
            case "tc" -> {
                announceCell();
                handler.cellEnd();
            }
            case "tr" -> {
                rows.poll();
                handler.rowEnd();
            }
            case "tbl" -> handler.tableEnd();
            default -> { }
        }
    }

    private void announceParagraph() {
        if (!paragraphAnnounced) {
            paragraphAnnounced = true;
            int level = outline >= 0 && outline < 9 ? outline + 1 : styles.headingLevel(paragraphStyle);
            handler.paragraphStart(level);
        }
    }

    private void announceCell() {
        if (cellPending) {
            cellPending = false;
            int[] column = rows.isEmpty() ? new int[] {1} : rows.peek();
            handler.cellStart(column[0], cellContinued);
            column[0] += Math.max(1, cellSpan);
        }
    }

    private void paragraphProperties() throws XMLStreamException {
        for (int depth = 1; depth > 0; ) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                switch (r.getLocalName()) {
                    case "pStyle" -> paragraphStyle = Xml.attribute(r, "val");
                    case "outlineLvl" -> outline = Xml.integer(r, "val", -1);
                    case "rPr", "pPrChange", "sectPr", "numPr" -> {
                        Xml.skip(r);
                        depth--;
                    }
                    default -> { }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /** A row may start some grid columns in ({@code gridBefore}): its first cell is then not column 1. */
    private void rowProperties() throws XMLStreamException {
        for (int depth = 1; depth > 0; ) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (r.getLocalName().equals("gridBefore") && !rows.isEmpty()) {
                    rows.peek()[0] += Math.max(0, Xml.integer(r, "val", 0));
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private void cellProperties() throws XMLStreamException {
        for (int depth = 1; depth > 0; ) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                switch (r.getLocalName()) {
                    case "gridSpan" -> cellSpan = Xml.integer(r, "val", 1);
                    case "vMerge" -> cellContinued = !Xml.attribute(r, "val").map("restart"::equals).orElse(false);
                    case "hMerge" -> cellContinued = !Xml.attribute(r, "val").map("restart"::equals).orElse(false);
                    default -> { }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /** One {@code w:r}: its properties, then its text, as one {@link TextRun}. */
    private void run() throws XMLStreamException {
        Optional<String> colour = Optional.empty();
        Optional<String> runStyle = Optional.empty();
        Optional<String> formatAuthor = Optional.empty();
        boolean hidden = false;
        StringBuilder text = new StringBuilder();
        for (int depth = 1; depth > 0; ) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                String name = r.getLocalName();
                switch (name) {
                    case "color" -> colour = WordStyles.colour(r);
                    case "rStyle" -> runStyle = Xml.attribute(r, "val");
                    case "vanish", "specVanish" -> hidden = !Xml.attribute(r, "val").map(v -> v.equals("0") || v.equals("false")).orElse(false);
                    case "rPrChange" -> {
                        formatAuthor = Xml.attribute(r, "author");
                        Xml.skip(r);
                        depth--;
                    }
                    case "t", "delText" -> {
                        text.append(Xml.text(r));
                        depth--;
                    }
                    case "tab", "ptab" -> text.append('\t');
                    case "br", "cr" -> text.append('\n');
                    case "noBreakHyphen" -> text.append('-');
                    default -> {
                        if (SKIPPED.contains(name)) {
                            Xml.skip(r);
                            depth--;
                        }
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        if (hidden || text.isEmpty()) {
            return;
        }
        Optional<String> style = runStyle;
        Optional<String> resolved = colour.or(() -> styles.colourOf(style)).or(() -> styles.colourOf(paragraphStyle))
                .or(styles::defaultColour).filter(c -> !c.isEmpty());
        Revision revision = revisions.isEmpty() ? Revision.NONE : revisions.peek();
        List<String> authors = new ArrayList<>();
        for (String id : openComments) {
            String author = commentAuthors.get(id);
            if (author != null && !author.isBlank()) {
                authors.add(author);
            }
        }
        handler.run(new TextRun(text.toString(), resolved, revision, authors,
                formatAuthor.filter(a -> !a.isBlank())));
    }
}

package it.ciclo.office.doc;

import it.ciclo.reader.MarkedTextHandler;
import it.ciclo.reader.Revision;
import it.ciclo.reader.TextRun;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.model.CHPX;
import org.apache.poi.hwpf.model.RevisionMarkAuthorTable;
import org.apache.poi.hwpf.model.StyleDescription;
import org.apache.poi.hwpf.model.StyleSheet;
import org.apache.poi.hwpf.usermodel.CharacterProperties;
import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;

/**
 * The body of a Word 97-2003 document, paragraph by paragraph. Word marks the end of a table cell
 * with character 7 and ends each row with a paragraph of its own; field codes (between characters
 * 19 and 20) are skipped, field results (between 20 and 21) kept.
 */
final class WordBinaryBody {

    private static final Pattern HEADING = Pattern.compile("(?i)(?:heading|titolo)\\s*(\\d)");
    private static final char CELL_MARK = 7;
    private static final char FIELD_BEGIN = 19;
    private static final char FIELD_SEPARATOR = 20;
    private static final char FIELD_END = 21;
    /** Word's 16 classic colours (ico), for runs that carry no 24-bit colour. */
    private static final String[] ICO = {null, "000000", "0000FF", "00FFFF", "00FF00", "FF00FF", "FF0000", "FFFF00",
            "FFFFFF", "000080", "008080", "008000", "800080", "800000", "808000", "808080", "C0C0C0"};

    private final HWPFDocument doc;
    private final MarkedTextHandler handler;
    private final StyleSheet styles;
    private final RevisionMarkAuthorTable authors;
    private final List<CHPX> runs;
    private int fieldCodeDepth;

    private boolean inTable;
    private boolean cellOpen;
    private boolean rowOpen;
    private int column;

    WordBinaryBody(HWPFDocument doc, MarkedTextHandler handler) {
        this.doc = doc;
        this.handler = handler;
        this.styles = doc.getStyleSheet();
        this.authors = doc.getRevisionMarkAuthorTable();
        this.runs = doc.getCharacterTable().getTextRuns();
    }

    void walk() {
        Range range = doc.getRange();
        for (int i = 0; i < range.numParagraphs(); i++) {
            Paragraph p = range.getParagraph(i);
            boolean tabled = p.isInTable();
            if (tabled && !inTable) {
                handler.tableStart();
                inTable = true;
            } else if (!tabled && inTable) {
                endTable();
            }
            if (tabled && p.isTableRowEnd()) {
                endRow();
                continue;
            }
            if (tabled) {
                if (!rowOpen) {
                    handler.rowStart();
                    rowOpen = true;
                    column = 1;
                }
                if (!cellOpen) {
                    handler.cellStart(column++, false);
                    cellOpen = true;
                }
            }
            handler.paragraphStart(headingLevel(p));
            boolean endsCell = runs(p);
            handler.paragraphEnd();
            if (tabled && endsCell && cellOpen) {
                handler.cellEnd();
                cellOpen = false;
            }
        }
        if (inTable) {
            endTable();
        }
    }

    private void endTable() {
        endRow();
        handler.tableEnd();
        inTable = false;
    }

    /** Ends the open cell and row, if any: Word's row mark, or the end of the table. */
    private void endRow() {
        if (cellOpen) {
            handler.cellEnd();
            cellOpen = false;
        }
        if (rowOpen) {
            handler.rowEnd();
            rowOpen = false;
        }
    }

    private int headingLevel(Paragraph p) {
        int outline = p.getLvl();
        if (outline >= 0 && outline < 9) {
            return outline + 1;
        }
        StyleDescription style = p.getStyleIndex() < styles.numStyles() ? styles.getStyleDescription(p.getStyleIndex()) : null;
        if (style != null && style.getName() != null) {
            Matcher m = HEADING.matcher(style.getName());
            if (m.matches()) {
                return Integer.parseInt(m.group(1));
            }
        }
        return 0;
    }

    /** Tells the paragraph's runs; whether it ends a table cell. */
    private boolean runs(Paragraph p) {
        boolean endsCell = false;
        for (int j = 0; j < p.numCharacterRuns(); j++) {
            CharacterRun run = p.getCharacterRun(j);
            String raw = run.text();
            if (raw.indexOf(CELL_MARK) >= 0) {
                endsCell = true;
            }
            String text = visible(raw);
            if (text.isEmpty() || run.isVanished() || run.isFldVanished()) {
                continue;
            }
            handler.run(new TextRun(text, colour(run), revision(run, p), List.of(), Optional.empty()));
        }
        return endsCell;
    }

    /** The characters a reader sees: no paragraph, cell or field marks, no field codes. */
    private String visible(String raw) {
        StringBuilder text = new StringBuilder(raw.length());
        for (int k = 0; k < raw.length(); k++) {
            char c = raw.charAt(k);
            switch (c) {
                case FIELD_BEGIN -> fieldCodeDepth++;
                case FIELD_SEPARATOR, FIELD_END -> fieldCodeDepth = Math.max(0, fieldCodeDepth - 1);
                case 11, 12 -> text.append(fieldCodeDepth == 0 ? "\n" : "");
                case 30 -> text.append(fieldCodeDepth == 0 ? "-" : "");
                default -> {
                    // Other control characters mark cells, paragraphs, pictures, notes and comments.
                    if (fieldCodeDepth == 0 && (c >= ' ' || c == '\t')) {
                        text.append(c);
                    }
                }
            }
        }
        return text.toString();
    }

    /** The run's colour: its 24-bit colour (stored blue, green, red), else its classic colour index. */
    private static Optional<String> colour(CharacterRun run) {
        int cv = run.getIco24();
        if (cv != -1 && (cv & 0xFF000000) == 0) {
            int rgb = (cv & 0xFF) << 16 | (cv & 0xFF00) | (cv >> 16 & 0xFF);
            return Optional.of(String.format(Locale.ROOT, "%06X", rgb));
        }
        int ico = run.getColor();
        return ico > 0 && ico < ICO.length ? Optional.of(ICO[ico]) : Optional.empty();
    }

    private Revision revision(CharacterRun run, Paragraph p) {
        if (!run.isMarkedInserted() && !run.isMarkedDeleted()) {
            return Revision.NONE;
        }
        Optional<CharacterProperties> props = propertiesAt(run.getStartOffset(), p.getStyleIndex());
        if (run.isMarkedDeleted()) {
            return Revision.deleted(props.flatMap(c -> author(c.getIbstRMarkDel())));
        }
        return Revision.inserted(props.flatMap(c -> author(c.getIbstRMark())));
    }

    private Optional<String> author(int index) {
        if (authors == null || index < 0 || index >= authors.getSize()) {
            return Optional.empty();
        }
        return Optional.ofNullable(authors.getAuthor(index)).filter(a -> !a.isBlank());
    }

    /** The character properties in force at {@code offset}: HWPF's run gives no author, its CHPX does. */
    private Optional<CharacterProperties> propertiesAt(int offset, short paragraphStyle) {
        int low = 0;
        int high = runs.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            CHPX chpx = runs.get(mid);
            if (chpx.getEnd() <= offset) {
                low = mid + 1;
            } else if (chpx.getStart() > offset) {
                high = mid - 1;
            } else {
                return Optional.of(chpx.getCharacterProperties(styles, paragraphStyle));
            }
        }
        return Optional.empty();
    }
}

package it.ciclo.office.workbook;

import it.ciclo.collect.Collection;
import it.ciclo.collect.Groups;
import it.ciclo.collect.SkippedFile;
import it.ciclo.directive.Sector;
import it.ciclo.proposal.Proposal;
import it.ciclo.proposal.TableCell;
import it.ciclo.scheda.SchedaColumn;
import it.ciclo.scheda.SchedaFinding;
import it.ciclo.scheda.SchedaRow;
import it.ciclo.store.StorePath;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a {@link Collection} as an .xlsx workbook: proposals by objective and by Settore, scheda
 * rows by objective and by Settore, the checks of the schede, the files not read. Every row links
 * back to its source file. Text cells only (values are kept as the Settori wrote them), so that
 * nothing is reformatted by Excel.
 */
public final class CollectionWorkbook {

    /** Excel's limit on one cell's text. */
    private static final int MAX_CELL = 32_767;

    private final Locale locale;
    private final Labels labels;
    private final Map<String, String> sectorNames;
    private final Function<StorePath, Optional<String>> links;
    private final List<Sector> sectors;

    /**
     * @param locale  the language of values that name themselves (kinds, severities)
     * @param labels  the headers and sheet names, in the same language
     * @param sectors the directive's Settori, for their names and order
     * @param links   where each file can be opened (a {@code file:} or {@code http(s):} address), if anywhere
     */
    public CollectionWorkbook(Locale locale, Labels labels, List<Sector> sectors, Function<StorePath, Optional<String>> links) {
        this.locale = Objects.requireNonNull(locale, "locale");
        this.labels = Objects.requireNonNull(labels, "labels");
        this.sectors = List.copyOf(sectors);
        this.sectorNames = sectors.stream().collect(Collectors.toMap(Sector::id, Sector::name));
        this.links = Objects.requireNonNull(links, "links");
    }

    /** Writes the workbook to {@code out} (not closed). */
    public void write(Collection c, OutputStream out) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Styles styles = new Styles(book);
            List<Proposal> byObjective = new ArrayList<>();
            List<SchedaRow> rowsByObjective = new ArrayList<>();
            for (Groups.ByObjective g : Groups.byObjective(c)) {
                byObjective.addAll(g.proposals());
                rowsByObjective.addAll(g.rows());
            }
            List<Proposal> bySector = new ArrayList<>();
            List<SchedaRow> rowsBySector = new ArrayList<>();
            for (Groups.BySector g : Groups.bySector(c, sectors)) {
                bySector.addAll(g.proposals());
                rowsBySector.addAll(g.rows());
            }
            proposals(book, styles, "collect.sheet.proposalsByObjective", byObjective);
            proposals(book, styles, "collect.sheet.proposalsBySector", bySector);
            rows(book, styles, "collect.sheet.rowsByObjective", rowsByObjective);
            rows(book, styles, "collect.sheet.rowsBySector", rowsBySector);
            findings(book, styles, c.findings());
            skipped(book, styles, c.skipped());
            book.write(out);
        }
    }

    private void proposals(XSSFWorkbook book, Styles styles, String sheetKey, List<Proposal> proposals) {
        Sheet sheet = sheet(book, styles, sheetKey, List.of("collect.col.direction", "collect.col.strategic",
                "collect.col.operational", "collect.col.sector", "collect.col.kind", "collect.col.proposal", "collect.col.author",
                "collect.col.attribution", "collect.col.place", "collect.col.act", "collect.col.file"),
                new int[] {28, 28, 32, 24, 18, 60, 18, 22, 30, 14, 50});
        int r = 1;
        for (Proposal p : proposals) {
            Row row = sheet.createRow(r++);
            List<String> titles = p.passage().context().objective().titles();
            for (int i = 0; i < 3; i++) {
                text(row, i, i < titles.size() ? titles.get(i) : "", styles.wrap);
            }
            text(row, 3, sector(p.sector()), styles.wrap);
            text(row, 4, p.passage().kind().describe(locale), styles.wrap);
            text(row, 5, p.passage().text(), styles.wrap);
            text(row, 6, p.passage().author().orElse(""), styles.wrap);
            text(row, 7, p.attribution().describe(locale), styles.wrap);
            text(row, 8, place(p), styles.wrap);
            text(row, 9, p.act(), styles.wrap);
            file(book, styles, row, 10, p.file());
        }
    }

    private String place(Proposal p) {
        List<String> parts = new ArrayList<>();
        if (p.passage().context().inHeading()) {
            parts.add(labels.get("collect.place.heading"));
        }
        p.passage().context().cell().ifPresent(cell -> parts.add(place(cell)));
        if (parts.isEmpty() && !p.passage().context().headings().isEmpty()) {
            List<String> headings = p.passage().context().headings();
            parts.add(headings.get(headings.size() - 1));
        }
        return String.join("; ", parts);
    }

    private String place(TableCell cell) {
        String where = labels.get("collect.place.table", cell.table(), cell.row(), cell.column());
        return cell.columnHeader().isEmpty() ? where : where + " («" + cell.columnHeader() + "»)";
    }

    private void rows(XSSFWorkbook book, Styles styles, String sheetKey, List<SchedaRow> rows) {
        List<SchedaColumn> columns = List.of(SchedaColumn.OBJECTIVE, SchedaColumn.ACTION, SchedaColumn.INTERNAL_PARTIES,
                SchedaColumn.EXTERNAL_PARTIES, SchedaColumn.INDICATOR, SchedaColumn.BASELINE, SchedaColumn.SOURCE,
                SchedaColumn.TARGET, SchedaColumn.RESULT, SchedaColumn.GAP);
        List<String> headers = new ArrayList<>(List.of("collect.col.sector"));
        columns.forEach(col -> headers.add("=" + col.describe(locale)));
        headers.addAll(List.of("collect.col.act", "collect.col.file", "collect.col.sheet", "collect.col.row"));
        Sheet sheet = sheet(book, styles, sheetKey, headers, new int[] {24, 24, 36, 20, 20, 30, 12, 20, 16, 16, 30, 14, 50, 12, 8});
        int r = 1;
        for (SchedaRow s : rows) {
            Row row = sheet.createRow(r++);
            text(row, 0, sector(s.sector()), styles.wrap);
            for (int i = 0; i < columns.size(); i++) {
                text(row, i + 1, s.value(columns.get(i)), styles.wrap);
            }
            text(row, columns.size() + 1, String.join(", ", s.acts()), styles.wrap);
            file(book, styles, row, columns.size() + 2, s.file());
            text(row, columns.size() + 3, s.sheet(), styles.wrap);
            row.createCell(columns.size() + 4).setCellValue(s.row());
        }
    }

    private void findings(XSSFWorkbook book, Styles styles, List<SchedaFinding> findings) {
        Sheet sheet = sheet(book, styles, "collect.sheet.findings", List.of("collect.col.severity", "collect.col.code",
                "collect.col.file", "collect.col.sheet", "collect.col.cell", "collect.col.message"), new int[] {12, 22, 50, 14, 8, 80});
        int r = 1;
        for (SchedaFinding f : findings) {
            Row row = sheet.createRow(r++);
            text(row, 0, f.severity().describe(locale), styles.wrap);
            text(row, 1, f.issue().jsonName(), styles.wrap);
            file(book, styles, row, 2, f.at().file());
            text(row, 3, f.at().sheet(), styles.wrap);
            text(row, 4, f.at().cell(), styles.wrap);
            text(row, 5, f.message().render(locale), styles.wrap);
        }
    }

    private void skipped(XSSFWorkbook book, Styles styles, List<SkippedFile> skipped) {
        Sheet sheet = sheet(book, styles, "collect.sheet.skipped", List.of("collect.col.file", "collect.col.problem",
                "collect.col.detail"), new int[] {60, 24, 80});
        int r = 1;
        for (SkippedFile s : skipped) {
            Row row = sheet.createRow(r++);
            file(book, styles, row, 0, s.path());
            text(row, 1, s.problem().describe(locale), styles.wrap);
            text(row, 2, s.detail().render(locale), styles.wrap);
        }
    }

    /** A sheet with its header row (a header starting with {@code =} is written as is), frozen and filtered. */
    private Sheet sheet(XSSFWorkbook book, Styles styles, String nameKey, List<String> headers, int[] widths) {
        Sheet sheet = book.createSheet(WorkbookUtil.createSafeSheetName(labels.get(nameKey)));
        Row header = sheet.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            String h = headers.get(i);
            text(header, i, h.startsWith("=") ? h.substring(1) : labels.get(h), styles.header);
            sheet.setColumnWidth(i, Math.min(255, i < widths.length ? widths[i] : 20) * 256);
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, 0, 0, headers.size() - 1));
        return sheet;
    }

    private String sector(Optional<String> id) {
        return id.map(s -> sectorNames.getOrDefault(s, s)).orElse(labels.get("collect.unattributed"));
    }

    private void file(XSSFWorkbook book, Styles styles, Row row, int column, StorePath path) {
        Cell cell = text(row, column, path.toString(), styles.wrap);
        links.apply(path).ifPresent(address -> {
            Hyperlink link = book.getCreationHelper().createHyperlink(HyperlinkType.URL);
            link.setAddress(address);
            cell.setHyperlink(link);
            cell.setCellStyle(styles.link);
        });
    }

    private static Cell text(Row row, int column, String text, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(text.length() > MAX_CELL ? text.substring(0, MAX_CELL - 1) + "…" : text);
        cell.setCellStyle(style);
        return cell;
    }

    /** The few cell styles the workbook uses (a workbook holds at most 64,000). */
    private static final class Styles {
        final CellStyle header;
        final CellStyle wrap;
        final CellStyle link;

        Styles(XSSFWorkbook book) {
            Font bold = book.createFont();
            bold.setBold(true);
            header = book.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND);
            header.setWrapText(true);
            header.setVerticalAlignment(VerticalAlignment.TOP);
            wrap = book.createCellStyle();
            wrap.setWrapText(true);
            wrap.setVerticalAlignment(VerticalAlignment.TOP);
            Font blue = book.createFont();
            blue.setUnderline(Font.U_SINGLE);
            blue.setColor(IndexedColors.BLUE.getIndex());
            link = book.createCellStyle();
            link.cloneStyleFrom(wrap);
            link.setFont(blue);
        }
    }
}

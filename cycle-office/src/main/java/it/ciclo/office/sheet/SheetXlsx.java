package it.ciclo.office.sheet;

import it.ciclo.i18n.Bundles;
import it.ciclo.i18n.Texts;
import it.ciclo.submission.SubmissionStatus;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A {@link Sheet} as an Excel workbook (.xlsx, Office Open XML), made with Apache POI: a bold header
 * row that stays in view and repeats on every printed page, filters on every column, dates as dates
 * ({@code dd/mm/yyyy} in Italian), numbers as numbers, file lists wrapped one a line, and each row in
 * the board's colour for its status ({@link StatusColours}). Prints landscape on A4, one page wide.
 * Text is always stored as text, so nothing in it is ever evaluated as a formula.
 */
public final class SheetXlsx {

    /** The most characters Excel keeps in one cell. */
    static final int CELL_LIMIT = 32_767;

    private final Locale locale;
    private final Texts text;

    public SheetXlsx(Locale locale) {
        this.locale = Objects.requireNonNull(locale, "locale");
        this.text = new Texts("it.ciclo.office.text", locale);
    }

    /** Writes {@code sheet} as a workbook to {@code out}; does not close it. */
    public void write(Sheet sheet, OutputStream out) throws IOException {
        Objects.requireNonNull(sheet, "sheet");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.getProperties().getCoreProperties().setTitle(sheet.name());
            workbook.getProperties().getCoreProperties().setCreator("Ciclo");
            Styles styles = new Styles(workbook);
            XSSFSheet xs = workbook.createSheet(sheet.name());
            List<Column> columns = sheet.columns();
            Row header = xs.createRow(0);
            for (int i = 0; i < columns.size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(columns.get(i).heading());
                cell.setCellStyle(styles.header);
                xs.setColumnWidth(i, Math.min(255, columns.get(i).width()) * 256);
            }
            int r = 1;
            for (SheetRow row : sheet.rows()) {
                Row xr = xs.createRow(r++);
                for (int i = 0; i < columns.size(); i++) {
                    Column.Type type = columns.get(i).type();
                    Cell cell = xr.createCell(i);
                    cell.setCellStyle(styles.of(type, row.status()));
                    set(cell, type, row.cells().get(i));
                }
            }
            int lastColumn = columns.size() - 1;
            xs.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, lastColumn));
            xs.createFreezePane(0, 1);
            xs.setRepeatingRows(new CellRangeAddress(0, 0, 0, lastColumn));
            PrintSetup print = xs.getPrintSetup();
            print.setPaperSize(PrintSetup.A4_PAPERSIZE);
            print.setLandscape(true);
            print.setFitWidth((short) 1);
            print.setFitHeight((short) 0);
            xs.setFitToPage(true);
            workbook.write(out);
        }
        out.flush();
    }

    private void set(Cell cell, Column.Type type, Object value) {
        if (value == null) {
            return;
        }
        switch (type) {
            case TEXT, LINES -> cell.setCellValue(limited((String) value));
            case DATE -> cell.setCellValue((LocalDate) value);
            case NUMBER -> cell.setCellValue((Long) value);
            case YES_NO -> cell.setCellValue(text.get((Boolean) value ? "yes" : "no"));
        }
    }

    /** Text cut to what a cell holds, saying how many lines were left out. */
    static String limited(String value) {
        if (value.length() <= CELL_LIMIT) {
            return value;
        }
        String kept = value.substring(0, value.lastIndexOf('\n', CELL_LIMIT - 32) + 1);
        long left = value.substring(kept.length()).lines().count();
        return kept + "… (+" + left + ")";
    }

    /** One style per kind of cell and status: a workbook holds a limited number of styles. */
    private final class Styles {
        final XSSFWorkbook workbook;
        final XSSFCellStyle header;
        final Map<String, XSSFCellStyle> made = new HashMap<>();

        Styles(XSSFWorkbook workbook) {
            this.workbook = workbook;
            header = workbook.createCellStyle();
            XSSFFont bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setFillForegroundColor(colour("D9D9D9"));
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            header.setWrapText(true);
            header.setVerticalAlignment(VerticalAlignment.TOP);
        }

        XSSFCellStyle of(Column.Type type, Optional<SubmissionStatus> status) {
            return made.computeIfAbsent(type + "/" + status.map(SubmissionStatus::jsonName).orElse(""), k -> {
                XSSFCellStyle style = workbook.createCellStyle();
                style.setVerticalAlignment(VerticalAlignment.TOP);
                if (type == Column.Type.LINES) {
                    style.setWrapText(true);
                }
                if (type == Column.Type.DATE) {
                    style.setDataFormat(workbook.createDataFormat()
                            .getFormat(Bundles.isEnglish(locale) ? "yyyy-mm-dd" : "dd/mm/yyyy"));
                }
                status.ifPresent(s -> {
                    style.setFillForegroundColor(colour(StatusColours.of(s)));
                    style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                });
                return style;
            });
        }

        private XSSFColor colour(String rgb) {
            int value = Integer.parseInt(rgb, 16);
            // ARGB, opaque: the form Excel itself writes.
            return new XSSFColor(new byte[] {(byte) 0xFF, (byte) (value >> 16), (byte) (value >> 8), (byte) value}, null);
        }
    }
}

package it.ciclo.office.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import it.ciclo.board.Board;
import it.ciclo.testing.SeedBoard;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The board's workbook, written with Apache POI, read back with another library (fastexcel-reader)
 * for its values and formats, and as the XML inside the .xlsx for what that library does not read
 * (filters, frozen header, fills, print setup).
 */
class SheetXlsxTest {

    @TempDir
    Path store;

    @Test
    void valuesAreTypedAndHeadedInItalian() throws IOException {
        byte[] xlsx = xlsx(SeedBoard.seedBoard(store), Locale.ITALIAN);
        assertThat(ReadableWorkbook.isOOXMLZipHeader(xlsx)).isTrue();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx), new ReadingOptions(true, false))) {
            org.dhatim.fastexcel.reader.Sheet sheet = wb.getFirstSheet();
            assertThat(sheet.getName()).isEqualTo("Tabellone");
            List<Row> rows;
            try (Stream<Row> stream = sheet.openStream()) {
                rows = stream.toList();
            }
            assertThat(rows).hasSize(21);
            assertThat(rows.get(0).getCell(0).asString()).isEqualTo("Codice atto");
            assertThat(rows.get(0).getCell(16).asString()).isEqualTo("Percorsi dei file");
            Row affari = rows.get(5);
            assertThat(affari.getCell(0).asString()).isEqualTo("peg");
            Cell due = affari.getCell(2);
            assertThat(due.getType()).isEqualTo(CellType.NUMBER);
            assertThat(due.asDate()).isEqualTo(LocalDateTime.of(2023, 10, 5, 0, 0));
            assertThat(due.getDataFormatString()).isEqualTo("dd/mm/yyyy");
            assertThat(affari.getCell(4).asString()).isEqualTo("no");
            assertThat(affari.getCell(8).asString()).isEqualTo("consegnato");
            assertThat(affari.getCell(12).getType()).isEqualTo(CellType.NUMBER);
            assertThat(affari.getCell(12).asNumber()).isEqualByComparingTo("2");
            Cell names = affari.getCell(14);
            assertThat(names.getType()).as("a name like a formula is text, never a formula").isEqualTo(CellType.STRING);
            assertThat(names.asString()).isEqualTo("=HYPERLINK(\"x\").docx\nAzioni PEG.docx");
            assertThat(rows.get(6).getCell(10).asNumber()).isEqualByComparingTo("5");
        }
    }

    @Test
    void filtersFrozenHeaderBoardColoursAndA4() throws IOException {
        Map<String, String> parts = unzip(xlsx(SeedBoard.seedBoard(store), Locale.ITALIAN));
        String sheet = parts.get("xl/worksheets/sheet1.xml");
        assertThat(sheet).contains("<autoFilter ref=\"A1:Q21\"/>").contains("state=\"frozen\"").contains("ySplit=\"1")
                .contains("paperSize=\"9\"").contains("orientation=\"landscape\"").doesNotContain("<f>");
        String styles = parts.get("xl/styles.xml");
        for (String colour : List.of("F4B6B0", "BFE3BF", "F7D9A0", "E8EEF5")) {
            assertThat(styles).as("the board's colour " + colour).contains("rgb=\"FF" + colour + "\"");
        }
        assertThat(parts.get("xl/workbook.xml")).contains("_xlnm.Print_Titles").contains("_xlnm._FilterDatabase");
    }

    @Test
    void englishDatesAreIso() throws IOException {
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx(SeedBoard.seedBoard(store), Locale.ENGLISH)),
                new ReadingOptions(true, false))) {
            try (Stream<Row> rows = wb.getFirstSheet().openStream()) {
                Row affari = rows.skip(5).findFirst().orElseThrow();
                assertThat(wb.getFirstSheet().getName()).isEqualTo("Board");
                assertThat(affari.getCell(2).getDataFormatString()).isEqualTo("yyyy-mm-dd");
                assertThat(affari.getCell(8).asString()).isEqualTo("handed in");
            }
        }
    }

    @Test
    void aCellHoldsNoMoreThanExcelKeeps() {
        String many = "x".repeat(100) + "\n";
        String value = many.repeat(400);
        String kept = SheetXlsx.limited(value);
        assertThat(kept.length()).isLessThanOrEqualTo(SheetXlsx.CELL_LIMIT);
        assertThat(kept).endsWith("… (+" + (400 - kept.lines().count() + 1) + ")");
        assertThat(SheetXlsx.limited("breve")).isEqualTo("breve");
    }

    static byte[] xlsx(Board board, Locale locale) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SheetXlsx(locale).write(BoardSheet.of(board, locale), out);
        return out.toByteArray();
    }

    private static Map<String, String> unzip(byte[] xlsx) throws IOException {
        Map<String, String> parts = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                parts.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return parts;
    }
}

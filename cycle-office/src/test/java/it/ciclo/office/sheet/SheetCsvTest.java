package it.ciclo.office.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import it.ciclo.board.Board;
import it.ciclo.testing.SeedBoard;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The board's CSV as Italian Excel needs it, read back by Commons CSV (not by the code that wrote it). */
class SheetCsvTest {

    @TempDir
    Path store;

    @Test
    void italianIsSemicolonsWithABomItalianHeadersDatesAndYesNo() throws IOException {
        byte[] bytes = csv(SeedBoard.seedBoard(store), Locale.ITALIAN);
        assertThat(Arrays.copyOf(bytes, 3)).as("UTF-8 byte order mark").containsExactly(0xEF, 0xBB, 0xBF);
        List<CSVRecord> rows = parse(bytes, ';');
        assertThat(rows.get(0).values()).containsExactly("Codice atto", "Atto", "Consegna entro", "Approvazione in Giunta",
                "Atto condiviso", "Codice settore", "Settore", "Codice stato", "Stato", "Giorni mancanti", "Giorni di ritardo",
                "Arrivo", "N. file", "N. file anteriori", "Nomi dei file", "Date dei file", "Percorsi dei file");
        assertThat(rows).hasSize(1 + 5 * 4);
        CSVRecord affari = rows.get(5);
        assertThat(affari.values()).startsWith("peg", "PEG - Piano Esecutivo di Gestione 2024-2026", "05/10/2023", "", "no",
                "affari-generali", "Settore Affari Generali", "submitted", "consegnato", "", "", "03/10/2023", "2", "0");
        assertThat(affari.get(14)).as("one file a line, in one cell").isEqualTo("'=HYPERLINK(\"x\").docx\nAzioni PEG.docx");
        assertThat(affari.get(15)).isEqualTo("03/10/2023\n03/10/2023");
        assertThat(rows.get(6).values()).contains("overdue", "in ritardo, non consegnato", "5");
        assertThat(rows.get(7).get(14)).as("a ; inside a name is quoted, not a new column").isEqualTo("Azioni; bozza.xlsx");
        assertThat(rows.get(9).get(2)).isEqualTo("15/01/2024");
        assertThat(rows.get(9).get(3)).isEqualTo("31/01/2024");
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("\r\n").doesNotContain(",true,", ";true;", ";false;");
    }

    @Test
    void englishIsCommasWithTheBomIsoDatesAndYesNo() throws IOException {
        byte[] bytes = csv(SeedBoard.seedBoard(store), Locale.ENGLISH);
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<CSVRecord> rows = parse(bytes, ',');
        assertThat(rows.get(0).values()).startsWith("Act id", "Act", "Due", "Giunta approval", "Shared act");
        assertThat(rows.get(5).values()).startsWith("peg", "PEG - Piano Esecutivo di Gestione 2024-2026", "2023-10-05", "", "no",
                "affari-generali", "Settore Affari Generali", "submitted", "handed in");
    }

    @Test
    void cellsThatASpreadsheetWouldTakeForAFormulaAreNeutralised() {
        assertThat(SheetCsv.neutralise("=1+1")).isEqualTo("'=1+1");
        assertThat(SheetCsv.neutralise("+39 06 1234")).isEqualTo("'+39 06 1234");
        assertThat(SheetCsv.neutralise("-2 bozza")).isEqualTo("'-2 bozza");
        assertThat(SheetCsv.neutralise("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SheetCsv.neutralise("\tcmd")).isEqualTo("'\tcmd");
        assertThat(SheetCsv.neutralise("PEG = piano")).isEqualTo("PEG = piano");
        assertThat(SheetCsv.neutralise("")).isEmpty();
    }

    @Test
    void aTitleThatLooksLikeAFormulaStaysText(@TempDir Path other) throws IOException {
        Board board = SeedBoard.board(SeedBoard.directive("\"title\": \"PEG - Piano Esecutivo di Gestione 2024-2026\"",
                "\"title\": \"=cmd|' /C calc'!A0\""), other);
        List<CSVRecord> rows = parse(csv(board, Locale.ITALIAN), ';');
        assertThat(rows.get(5).get(1)).isEqualTo("'=cmd|' /C calc'!A0");
    }

    private static byte[] csv(Board board, Locale locale) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStreamWriter out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            new SheetCsv(locale).write(BoardSheet.of(board, locale), out);
        }
        return bytes.toByteArray();
    }

    private static List<CSVRecord> parse(byte[] bytes, char delimiter) throws IOException {
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text.charAt(0)).isEqualTo(SheetCsv.BOM);
        try (CSVParser parser = CSVFormat.RFC4180.builder().setDelimiter(delimiter).get().parse(new StringReader(text.substring(1)))) {
            return parser.getRecords();
        }
    }
}

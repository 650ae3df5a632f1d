package it.ciclo.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import it.ciclo.objective.ObjectivePath;
import it.ciclo.proposal.Attribution;
import it.ciclo.proposal.Passage;
import it.ciclo.proposal.ProposalKind;
import it.ciclo.proposal.TableCell;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFComments;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRunTrackChange;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Documents built with the reading library itself (Apache POI), the way Word writes what
 * LibreOffice does not: Italian style ids with English built-in names ("Titolo1" named "heading 1"),
 * headings known by name only, a character style in Word's Dark Red, a run made red as a tracked
 * formatting change, hidden text, a comment, tracked insertions, merged table cells.
 */
class LibraryBuiltFilesTest {

    @TempDir
    Path dir;

    private static void style(XWPFDocument doc, String id, String name, STStyleType.Enum type, String colour, Integer outline) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(type);
        style.addNewName().setVal(name);
        if (colour != null) {
            style.addNewRPr().addNewColor().setVal(colour);
        }
        if (outline != null) {
            style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
        }
        doc.getStyles().addStyle(new org.apache.poi.xwpf.usermodel.XWPFStyle(style));
    }

    private static void heading(XWPFDocument doc, String style, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(style);
        p.createRun().setText(text);
    }

    @Test
    void aWordLikeDocumentGivesItsProposalsWithAuthorsAndCells() throws Exception {
        Path file = dir.resolve("indirizzo-3.docx");
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createStyles();
            style(doc, "Titolo1", "heading 1", STStyleType.PARAGRAPH, null, 0);
            style(doc, "Titolo2", "heading 2", STStyleType.PARAGRAPH, null, null);
            style(doc, "Proposta", "Proposta", STStyleType.CHARACTER, "C00000", null);
            heading(doc, "Titolo1", "3 Comune digitale e trasparente");
            heading(doc, "Titolo2", "3.1 Servizi online");

            XWPFParagraph p = doc.createParagraph();
            p.createRun().setText("Attivo lo sportello telematico. ");
            XWPFRun red = p.createRun();
            red.setColor("FF0000");
            red.setText("Estendere ai tributi");
            XWPFRun styled = p.createRun();
            styled.setStyle("Proposta");
            styled.setText(" entro il 2025.");
            XWPFRun hidden = p.createRun();
            hidden.setColor("FF0000");
            hidden.setVanish(true);
            hidden.setText("Nota nascosta.");

            CTP inserted = doc.createParagraph().getCTP();
            CTRunTrackChange ins = inserted.addNewIns();
            ins.setId(BigInteger.ONE);
            ins.setAuthor("Mario Rossi");
            CTR insRun = ins.addNewR();
            insRun.addNewT().setStringValue("Pagamenti con PagoPA per tutti i servizi.");

            XWPFParagraph reformatted = doc.createParagraph();
            XWPFRun becameRed = reformatted.createRun();
            becameRed.setColor("FF0000");
            becameRed.setText("Open data mensili.");
            CTRPr props = becameRed.getCTR().getRPr();
            props.addNewRPrChange().setAuthor("Anna Ferri");

            XWPFComments comments = doc.createComments();
            XWPFComment comment = comments.createComment(BigInteger.valueOf(7));
            comment.setAuthor("Giulia Verdi");
            comment.createParagraph().createRun().setText("Dato dell'ufficio");

            XWPFTable table = doc.createTable(3, 2);
            table.getRow(0).getCell(0).setText("Obiettivo operativo");
            table.getRow(0).getCell(1).setText("Stato di attuazione");
            table.getRow(1).getCell(0).setText("3.1.1 Sportello telematico");
            table.getRow(1).getCell(0).getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.RESTART);
            table.getRow(1).getCell(1).setText("Attivo.");
            table.getRow(2).getCell(0).getCTTc().addNewTcPr().addNewVMerge();
            XWPFParagraph inCell = table.getRow(2).getCell(1).getParagraphs().get(0);
            inCell.getCTP().addNewCommentRangeStart().setId(BigInteger.valueOf(7));
            XWPFRun commented = inCell.createRun();
            commented.setColor("C00000");
            commented.setText("Da collegare all'app IO.");
            inCell.getCTP().addNewCommentRangeEnd().setId(BigInteger.valueOf(7));

            try (OutputStream out = Files.newOutputStream(file)) {
                doc.write(out);
            }
        }

        List<Passage> found = Fixtures.passages(file);

        String direction = "3 Comune digitale e trasparente";
        String services = "3.1 Servizi online";
        assertThat(found).extracting(Passage::kind, Passage::text, Passage::author, Passage::authorSource).containsExactly(
                tuple(ProposalKind.RED_TEXT, "Estendere ai tributi entro il 2025.", Optional.empty(), Attribution.NONE),
                tuple(ProposalKind.INSERTION, "Pagamenti con PagoPA per tutti i servizi.", Optional.of("Mario Rossi"), Attribution.REVISION_AUTHOR),
                tuple(ProposalKind.RED_TEXT, "Open data mensili.", Optional.of("Anna Ferri"), Attribution.FORMAT_AUTHOR),
                tuple(ProposalKind.RED_TEXT, "Da collegare all'app IO.", Optional.of("Giulia Verdi"), Attribution.COMMENT_AUTHOR));
        assertThat(found.get(0).context().headings()).containsExactly(direction, services);
        assertThat(found.get(3).context().cell()).contains(new TableCell(1, 3, 2, "Stato di attuazione", "3.1.1 Sportello telematico"));
        assertThat(found.get(3).context().objective()).isEqualTo(ObjectivePath.of(direction, services, "3.1.1 Sportello telematico"));
    }

    @Test
    void aWorkbookBuiltByPoiIsReadAsExcelDisplaysIt() throws Exception {
        Path file = dir.resolve("scheda.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            XSSFSheet sheet = book.createSheet("Schede");
            CellStyle percent = book.createCellStyle();
            percent.setDataFormat(book.createDataFormat().getFormat("0%"));
            CellStyle thousands = book.createCellStyle();
            thousands.setDataFormat(book.createDataFormat().getFormat("#,##0.0"));
            Row header = sheet.createRow(0);
            String[] names = {"Azione", "Indicatore", "Baseline", "Fonte dei dati", "Risultato atteso"};
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            Row row = sheet.createRow(2);
            row.createCell(0).setCellValue("Pratiche online");
            row.createCell(1).setCellValue("Quota di pratiche digitali");
            row.createCell(2).setCellValue(0.35);
            row.getCell(2).setCellStyle(percent);
            row.createCell(3).setCellValue("Protocollo");
            row.createCell(4).setCellValue(1234.5);
            row.getCell(4).setCellStyle(thousands);
            try (OutputStream out = Files.newOutputStream(file)) {
                book.write(out);
            }
        }

        Fixtures.Sheet sheet = Fixtures.sheet(file, Optional.of("Schede"));

        assertThat(sheet.rows()).containsExactly("1: Azione | Indicatore | Baseline | Fonte dei dati | Risultato atteso",
                "3: Pratiche online | Quota di pratiche digitali | 35% | Protocollo | 1.234,5");
    }
}

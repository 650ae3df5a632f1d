package it.ciclo.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRunTrackChange;

/**
 * Generates the shared folder {@code raccogli.sh} measures, laid out as the worked example's
 * directive ({@code docs/examples/raccolta/direttiva.json}) says: in the DUP folder the office's four
 * strategic-direction files and each of the four Settori's copies (16 files of about 50 pages:
 * 23,000 words, headings for 5 strategic and 20 operational objectives, a table per strategic
 * objective), the copies with red proposals and tracked insertions; in the PIAO folder a scheda of
 * 50 rows per Settore (200 rows). Random text from a fixed seed, so every run reads the same files.
 *
 * <p>Usage: {@code java -cp benchmarks.jar it.ciclo.bench.CollectStoreGenerator DIR}
 */
public final class CollectStoreGenerator {

    static final String BASE = "ATTIVITA' TRASVERSALI/11_Programmazione e controllo/";
    static final List<String> SECTORS = List.of("Affari Generali", "Servizi Finanziari", "Lavori Pubblici", "Servizi alla Persona");
    static final List<String> DIRECTIONS = List.of("Comune sostenibile", "Comune inclusivo", "Comune digitale e trasparente",
            "Comune sicuro e curato");
    private static final String[] WORDS = ("il comune intende rafforzare servizi cittadini attraverso interventi programmati "
            + "nel triennio con risorse del bilancio e fondi europei per migliorare qualità efficienza trasparenza "
            + "dell'azione amministrativa coinvolgendo uffici settori associazioni imprese scuole quartieri della città "
            + "secondo gli indirizzi del consiglio comunale e gli obiettivi del documento unico di programmazione").split(" ");
    static final int PARAGRAPHS_PER_OBJECTIVE = 10;
    static final int WORDS_PER_PARAGRAPH = 115;

    private CollectStoreGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]);
        long words = 0;
        for (int d = 0; d < DIRECTIONS.size(); d++) {
            words += dupFile(root.resolve(BASE + "D_DUP 2024_2026/Indirizzo " + (d + 1) + ".docx"), d, -1);
            for (int s = 0; s < SECTORS.size(); s++) {
                dupFile(root.resolve(BASE + "D_DUP 2024_2026/" + SECTORS.get(s) + "/Indirizzo " + (d + 1) + ".docx"), d, s);
            }
        }
        for (int s = 0; s < SECTORS.size(); s++) {
            scheda(root.resolve(BASE + "F_PIAO 2024_2026/" + SECTORS.get(s) + "/Scheda PIAO.xlsx"), s);
        }
        System.out.printf("%d DUP files of about %d words (about %d pages) each, %d scheda rows, in %s%n",
                DIRECTIONS.size() * (SECTORS.size() + 1), words / DIRECTIONS.size(), words / DIRECTIONS.size() / 450,
                SECTORS.size() * 50, root);
    }

    /** One direction's file; {@code sector} -1 for the office's template. Returns the words written. */
    private static long dupFile(Path file, int direction, int sector) throws IOException {
        Random random = new Random(1000L * direction + 7);
        Random proposals = new Random(31L * direction + sector);
        long words = 0;
        try (XWPFDocument doc = new XWPFDocument()) {
            heading(doc, "Heading1", (direction + 1) + " " + DIRECTIONS.get(direction));
            XWPFParagraph intro = doc.createParagraph();
            intro.createRun().setText("Il documento riporta gli interventi previsti e il loro stato di attuazione. ");
            red(intro, "Inserire in rosso le proposte di variazione.");
            for (int so = 1; so <= 5; so++) {
                String strategic = (direction + 1) + "." + so;
                heading(doc, "Heading2", strategic + " Obiettivo strategico " + strategic);
                XWPFTable table = doc.createTable(5, 3);
                table.getRow(0).getCell(0).setText("Obiettivo operativo");
                table.getRow(0).getCell(1).setText("Stato di attuazione");
                table.getRow(0).getCell(2).setText("Proposte");
                for (int oo = 1; oo <= 4; oo++) {
                    table.getRow(oo).getCell(0).setText(strategic + "." + oo + " Obiettivo operativo");
                    table.getRow(oo).getCell(1).setText(text(random, 20));
                    if (sector >= 0 && proposals.nextInt(3) == 0) {
                        red(table.getRow(oo).getCell(2).getParagraphs().get(0), "Proposta del settore: " + text(proposals, 12));
                    }
                }
                for (int oo = 1; oo <= 4; oo++) {
                    heading(doc, "Heading3", strategic + "." + oo + " Obiettivo operativo " + strategic + "." + oo);
                    for (int p = 0; p < PARAGRAPHS_PER_OBJECTIVE; p++) {
                        XWPFParagraph paragraph = doc.createParagraph();
                        paragraph.createRun().setText(text(random, WORDS_PER_PARAGRAPH));
                        words += WORDS_PER_PARAGRAPH;
                        if (sector >= 0 && proposals.nextInt(4) == 0) {
                            red(paragraph, " " + text(proposals, 15));
                        }
                        if (sector >= 0 && proposals.nextInt(10) == 0) {
                            CTRunTrackChange ins = paragraph.getCTP().addNewIns();
                            ins.setId(BigInteger.valueOf(p));
                            ins.setAuthor("Settore " + SECTORS.get(sector));
                            ins.addNewR().addNewT().setStringValue(" " + text(proposals, 10));
                        }
                    }
                }
            }
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                doc.write(out);
            }
        }
        return words;
    }

    private static void heading(XWPFDocument doc, String style, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(style);
        p.getCTP().addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(Integer.parseInt(style.substring(7)) - 1));
        p.createRun().setText(text);
    }

    private static void red(XWPFParagraph p, String text) {
        XWPFRun run = p.createRun();
        run.setColor("FF0000");
        run.setText(text);
    }

    private static String text(Random random, int words) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < words; i++) {
            s.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return s.append('.').toString();
    }

    /** A scheda of 50 rows: header at row 3, as the worked example's directive says. */
    private static void scheda(Path file, int sector) throws IOException {
        Random random = new Random(77L + sector);
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            XSSFSheet sheet = book.createSheet("Schede");
            sheet.createRow(0).createCell(0).setCellValue("PIAO 2024-2026 – Scheda degli obiettivi di performance");
            sheet.createRow(1).createCell(0).setCellValue("Settore: " + SECTORS.get(sector));
            String[] headers = {"Obiettivo operativo", "Azione", "Soggetti interni", "Soggetti esterni", "Indicatore", "Baseline",
                "Fonte dei dati", "Risultato atteso", "Risultato raggiunto", "Motivazione dello scostamento"};
            Row header = sheet.createRow(2);
            for (int i = 0; i < headers.length; i++) {
                header.createCell(i).setCellValue(headers[i]);
            }
            for (int r = 0; r < 50; r++) {
                Row row = sheet.createRow(3 + r);
                row.createCell(0).setCellValue((random.nextInt(4) + 1) + "." + (random.nextInt(5) + 1) + "." + (random.nextInt(4) + 1));
                row.createCell(1).setCellValue("Azione " + (r / 2 + 1) + " del settore");
                row.createCell(2).setCellValue("Ufficio " + WORDS[random.nextInt(WORDS.length)]);
                row.createCell(3).setCellValue(random.nextBoolean() ? "Regione" : "");
                row.createCell(4).setCellValue("Indicatore " + (r + 1));
                if (random.nextInt(10) > 0) {
                    row.createCell(5).setCellValue(random.nextInt(100));
                }
                row.createCell(6).setCellValue("Banca dati interna");
                row.createCell(7).setCellValue(random.nextInt(8) == 0 ? "migliorare" : Integer.toString(random.nextInt(100) + 100));
            }
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                book.write(out);
            }
        }
    }
}

package it.ciclo.office.xlsx;

import it.ciclo.office.intake.Intake;
import it.ciclo.reader.ReadLimits;
import it.ciclo.reader.SheetHandler;
import it.ciclo.reader.SheetReader;
import it.ciclo.reader.UnreadableFileException;
import it.ciclo.office.intake.SheetRows;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipFileZipEntrySource;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/** Reads one sheet of .xlsx files, streaming, row by row. */
public final class XlsxReader implements SheetReader {

    @Override
    public Set<String> extensions() {
        return Set.of("xlsx");
    }

    @Override
    public void read(InputStream content, String fileName, Optional<String> sheet, ReadLimits limits, SheetHandler handler)
            throws UnreadableFileException {
        Intake.readPackage(content, Intake.Format.XLSX, limits, zip -> {
            OPCPackage pkg = OPCPackage.open(new ZipFileZipEntrySource(zip.zip()));
            try {
                XSSFReader reader = new XSSFReader(pkg);
                ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
                StylesTable styles = reader.getStylesTable();
                XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
                List<String> names = new ArrayList<>();
                while (sheets.hasNext()) {
                    try (InputStream in = sheets.next()) {
                        String name = sheets.getSheetName();
                        names.add(name);
                        if (SheetRows.wanted(sheet, name)) {
                            handler.sheet(name);
                            parse(in, strings, styles, new SheetRows(handler, limits));
                            return;
                        }
                    }
                }
                throw SheetRows.missing(sheet, names);
            } finally {
                pkg.revert();
            }
        });
    }

    private static void parse(InputStream in, ReadOnlySharedStringsTable strings, StylesTable styles, SheetRows rows)
            throws Exception {
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, new XSSFSheetXMLHandler.SheetContentsHandler() {
            @Override
            public void startRow(int rowNum) {
                rows.start(rowNum + 1);
            }

            @Override
            public void endRow(int rowNum) {
                rows.end();
            }

            @Override
            public void cell(String reference, String formatted, XSSFComment comment) {
                if (reference != null && formatted != null) {
                    rows.cell(new CellReference(reference).getCol(), formatted);
                }
            }
        }, new DataFormatter(Locale.ITALY), false));
        parser.parse(new InputSource(in));
    }

}

package it.ciclo.office.odf;

import it.ciclo.office.intake.Intake;
import it.ciclo.office.intake.SheetRows;
import it.ciclo.office.intake.Xml;
import it.ciclo.reader.ReadLimits;
import it.ciclo.reader.SheetHandler;
import it.ciclo.reader.SheetReader;
import it.ciclo.reader.UnreadableFileException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads one sheet of .ods files, streaming. LibreOffice writes the empty cells and rows at the end of
 * a sheet as one element repeated up to the sheet's limits ({@code number-rows-repeated="1048576"}):
 * a repeated empty row or cell only moves the count on; a repeated row that holds something is handed
 * on once per repetition, within the row limit.
 */
public final class OdsReader implements SheetReader {

    @Override
    public Set<String> extensions() {
        return Set.of("ods");
    }

    @Override
    public void read(InputStream content, String fileName, Optional<String> sheet, ReadLimits limits, SheetHandler handler)
            throws UnreadableFileException {
        Intake.readPackage(content, Intake.Format.ODS, limits, zip -> {
            List<String> names = new ArrayList<>();
            boolean[] found = {false};
            OdfPackage.read(zip, "content.xml", true, r -> {
                while (!found[0] && r.hasNext()) {
                    if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("table")) {
                        String name = Xml.attribute(r, "name").orElse("");
                        names.add(name);
                        if (SheetRows.wanted(sheet, name)) {
                            handler.sheet(name);
                            rows(r, new SheetRows(handler, limits));
                            found[0] = true;
                        } else {
                            Xml.skip(r);
                        }
                    }
                }
            });
            if (!found[0]) {
                throw SheetRows.missing(sheet, names);
            }
        });
    }

    /** The rows of the {@code table:table} {@code r} is on, to its end. */
    private static void rows(XMLStreamReader r, SheetRows rows) throws XMLStreamException {
        int row = 0;
        for (int depth = 1; depth > 0; ) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (r.getLocalName().equals("table-row")) {
                    int repeated = Math.max(1, Xml.integer(r, "number-rows-repeated", 1));
                    List<String> cells = cells(r);
                    if (cells.stream().allMatch(String::isBlank)) {
                        row += repeated;
                        continue;
                    }
                    for (int k = 0; k < repeated; k++) {
                        rows.start(++row);
                        for (int c = 0; c < cells.size(); c++) {
                            rows.cell(c, cells.get(c));
                        }
                        rows.end();
                    }
                } else if (r.getLocalName().equals("table-column") || r.getLocalName().equals("shapes")) {
                    Xml.skip(r);
                } else {
                    depth++;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /** The displayed text of one row's cells, to the end of the row; trailing empty cells dropped. */
    private static List<String> cells(XMLStreamReader r) throws XMLStreamException {
        List<String> cells = new ArrayList<>();
        int pendingEmpty = 0;
        for (int depth = 1; depth > 0; ) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = r.getLocalName();
                if (name.equals("table-cell") || name.equals("covered-table-cell")) {
                    int repeated = Math.max(1, Math.min(16_384, Xml.integer(r, "number-columns-repeated", 1)));
                    String text = cellText(r);
                    if (text.isBlank()) {
                        pendingEmpty += repeated;
                        continue;
                    }
                    for (; pendingEmpty > 0 && cells.size() < 16_384; pendingEmpty--) {
                        cells.add("");
                    }
                    pendingEmpty = 0;
                    for (int k = 0; k < repeated && cells.size() < 16_384; k++) {
                        cells.add(text);
                    }
                } else {
                    depth++;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        return cells;
    }

    /** A cell's paragraphs as displayed, joined by line breaks; annotations left out. */
    private static String cellText(XMLStreamReader r) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        boolean firstParagraph = true;
        for (int depth = 1; depth > 0; ) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (r.getLocalName()) {
                    case "annotation", "frame", "shapes" -> Xml.skip(r);
                    case "p" -> {
                        if (!firstParagraph) {
                            text.append('\n');
                        }
                        firstParagraph = false;
                        depth++;
                    }
                    case "s" -> {
                        text.append(" ".repeat(Math.max(1, Math.min(1000, Xml.integer(r, "c", 1)))));
                        depth++;
                    }
                    case "tab" -> {
                        text.append('\t');
                        depth++;
                    }
                    case "line-break" -> {
                        text.append('\n');
                        depth++;
                    }
                    default -> depth++;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                text.append(r.getText());
            }
        }
        return text.toString();
    }
}

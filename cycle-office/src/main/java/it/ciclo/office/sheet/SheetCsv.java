package it.ciclo.office.sheet;

import it.ciclo.i18n.Bundles;
import it.ciclo.i18n.Message;
import it.ciclo.i18n.Texts;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A {@link Sheet} as CSV that Excel opens by double click: a UTF-8 byte order mark (without it Excel
 * reads the file as Windows-1252 and shows {@code Ã¨} for {@code è}), then RFC 4180 records with CRLF
 * line ends, a field quoted when it holds the separator, a quote or a line break, quotes doubled.
 *
 * <p>In Italian the separator is {@code ;} (Italian Windows' list separator: with {@code ,} Excel
 * shows everything in one column), dates are {@code dd/mm/yyyy} and booleans {@code sì}/{@code no};
 * in English {@code ,}, ISO dates and {@code yes}/{@code no}.
 *
 * <p>A text cell that begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage
 * return is written with a leading apostrophe, so that a spreadsheet never takes a title or a file
 * name for a formula (CSV injection, OWASP). Numbers and dates are ours and never begin so.
 */
public final class SheetCsv {

    /** The byte order mark, as the one character that UTF-8 encodes as EF BB BF. */
    public static final char BOM = '\uFEFF';

    private final char separator;
    private final Locale locale;
    private final Texts text;

    /** CSV in {@code locale}'s conventions: Italian unless English is asked for. */
    public SheetCsv(Locale locale) {
        this.locale = Objects.requireNonNull(locale, "locale");
        this.text = new Texts("it.ciclo.office.text", locale);
        this.separator = Bundles.isEnglish(locale) ? ',' : ';';
    }

    /** The field separator this CSV uses. */
    public char separator() {
        return separator;
    }

    /** Writes {@code sheet} to {@code out} (which must encode UTF-8); does not close it. */
    public void write(Sheet sheet, Writer out) throws IOException {
        Objects.requireNonNull(sheet, "sheet");
        out.write(BOM);
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < sheet.columns().size(); i++) {
            field(line, i, sheet.columns().get(i).heading());
        }
        out.write(line.append("\r\n").toString());
        for (SheetRow row : sheet.rows()) {
            line.setLength(0);
            List<Object> cells = row.cells();
            for (int i = 0; i < cells.size(); i++) {
                field(line, i, format(sheet.columns().get(i).type(), cells.get(i)));
            }
            out.write(line.append("\r\n").toString());
        }
        out.flush();
    }

    private void field(StringBuilder line, int index, String value) {
        if (index > 0) {
            line.append(separator);
        }
        line.append(quote(value));
    }

    private String format(Column.Type type, Object cell) {
        if (cell == null) {
            return "";
        }
        return switch (type) {
            case TEXT, LINES -> neutralise((String) cell);
            case DATE -> Message.date((LocalDate) cell, locale);
            case NUMBER -> Long.toString((Long) cell);
            case YES_NO -> text.get((Boolean) cell ? "yes" : "no");
        };
    }

    /** A text that a spreadsheet would take for a formula, with an apostrophe before it. */
    static String neutralise(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }

    private String quote(String value) {
        if (value.indexOf(separator) < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}

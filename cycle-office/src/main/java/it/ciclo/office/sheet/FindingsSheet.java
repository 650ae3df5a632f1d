package it.ciclo.office.sheet;

import it.ciclo.check.Finding;
import it.ciclo.format.DirectiveDocument;
import it.ciclo.i18n.Texts;
import it.ciclo.office.sheet.Column.Type;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The directive's check report as a sheet, one finding a row, in the order the checker gives them
 * (errors first): severity, stable code, act, where it is written ({@code file:line:column}), JSON
 * path, and what is wrong, in the user's language.
 */
public final class FindingsSheet {

    private FindingsSheet() {
    }

    /** The sheet of {@code findings} about {@code document}, in {@code locale}'s language. */
    public static Sheet of(DirectiveDocument document, List<Finding> findings, Locale locale) {
        Objects.requireNonNull(document, "document");
        Texts text = new Texts("it.ciclo.office.text", locale);
        List<Column> columns = List.of(
                new Column(text.get("check.col.severity"), Type.TEXT, 12),
                new Column(text.get("check.col.code"), Type.TEXT, 22),
                new Column(text.get("check.col.act"), Type.TEXT, 16),
                new Column(text.get("check.col.where"), Type.TEXT, 30),
                new Column(text.get("check.col.path"), Type.TEXT, 30),
                new Column(text.get("check.col.message"), Type.TEXT, 90));
        List<SheetRow> rows = findings.stream().map(f -> new SheetRow(Arrays.asList(
                f.severity().describe(locale),
                f.code().code(),
                f.act().orElse(null),
                document.locate(f.path()).map(l -> l.position()).orElse(null),
                f.path(),
                f.message().render(locale)), Optional.empty())).toList();
        return new Sheet(text.get("check.sheet"), columns, rows);
    }
}

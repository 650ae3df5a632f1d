package it.ciclo.cli;

import it.ciclo.check.Finding;
import it.ciclo.check.Severity;
import it.ciclo.format.DirectiveDocument;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * Findings for people, one a line, in the form compilers use so that editors and terminals link
 * to the place: {@code file:line:column: severity [code] path: message}; then a count.
 */
final class FindingsText {

    private final Locale locale;
    private final CliText text;

    FindingsText(Locale locale) {
        this.locale = locale;
        this.text = new CliText(locale);
    }

    void write(DirectiveDocument document, List<Finding> findings, PrintWriter out) {
        for (Finding f : findings) {
            String where = document.locate(f.path()).map(l -> l.position() + ": ").orElse("");
            out.println(where + f.severity().describe(locale) + " [" + f.code().code() + "] " + f.path() + ": "
                    + f.message().render(locale));
        }
        out.println(text.get("check.summary", count(findings, Severity.ERROR), count(findings, Severity.WARNING),
                count(findings, Severity.INFO)));
    }

    private static long count(List<Finding> findings, Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }
}

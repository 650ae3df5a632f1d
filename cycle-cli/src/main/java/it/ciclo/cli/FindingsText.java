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
            out.println(line(document, f));
        }
        out.println(text.get("check.summary", count(findings, Severity.ERROR), count(findings, Severity.WARNING),
                count(findings, Severity.INFO)));
    }

    /** One finding: {@code file:line:column: severity [code] path: message}. */
    String line(DirectiveDocument document, Finding f) {
        String where = document.locate(f.path()).map(l -> l.position() + ": ").orElse("");
        return where + f.severity().describe(locale) + " [" + f.code().code() + "] " + f.path() + ": " + f.message().render(locale);
    }

    /** The error-level findings, one line each, for the commands that show them before their own output. */
    List<String> errors(DirectiveDocument document, List<Finding> findings) {
        return findings.stream().filter(f -> f.severity() == Severity.ERROR).map(f -> line(document, f)).toList();
    }

    private static long count(List<Finding> findings, Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }
}

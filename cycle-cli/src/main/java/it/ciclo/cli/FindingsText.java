package it.ciclo.cli;

import it.ciclo.check.Finding;
import it.ciclo.check.Severity;
import it.ciclo.format.DirectiveDocument;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * Findings for people, one a line, the sentence first: {@code Errore alla riga 71: la consegna
 * interna per «PEG» ...}; then a count. With {@code --verbose}, in the form compilers use so that
 * editors and terminals link to the place, with the stable code and the JSON path:
 * {@code file:line:column: severity [code] path: message} (the JSON form always has both).
 */
final class FindingsText {

    private final Locale locale;
    private final CliText text;
    private final boolean verbose;

    FindingsText(Locale locale, boolean verbose) {
        this.locale = locale;
        this.text = new CliText(locale);
        this.verbose = verbose;
    }

    void write(DirectiveDocument document, List<Finding> findings, PrintWriter out) {
        for (Finding f : findings) {
            out.println(line(document, f));
        }
        out.println(text.get("check.summary", count(findings, Severity.ERROR), count(findings, Severity.WARNING),
                count(findings, Severity.INFO)));
    }

    /** One finding, for people or (verbose) for editors. */
    String line(DirectiveDocument document, Finding f) {
        if (verbose) {
            String where = document.locate(f.path()).map(l -> l.position() + ": ").orElse("");
            return where + f.severity().describe(locale) + " [" + f.code().code() + "] " + f.path() + ": "
                    + f.message().render(locale);
        }
        String severity = f.severity().describe(locale);
        String head = Character.toUpperCase(severity.charAt(0)) + severity.substring(1);
        return document.locate(f.path()).map(l -> text.get("finding.at", head, l.line())).orElse(head) + ": "
                + f.message().render(locale);
    }

    /** The error-level findings, one line each, for the commands that show them before their own output. */
    List<String> errors(DirectiveDocument document, List<Finding> findings) {
        return findings.stream().filter(f -> f.severity() == Severity.ERROR).map(f -> line(document, f)).toList();
    }

    private static long count(List<Finding> findings, Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }
}

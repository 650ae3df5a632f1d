package it.ciclo.cli;

import it.ciclo.check.Severity;
import it.ciclo.collect.Collection;
import it.ciclo.collect.Groups;
import it.ciclo.collect.SkippedFile;
import it.ciclo.directive.Directive;
import it.ciclo.directive.Sector;
import it.ciclo.i18n.Message;
import it.ciclo.proposal.Proposal;
import it.ciclo.scheda.SchedaColumn;
import it.ciclo.scheda.SchedaFinding;
import it.ciclo.scheda.SchedaRow;
import it.ciclo.store.StorePath;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What {@code raccogli} gathered, for a person at a terminal: a summary, the proposals objective by
 * objective, the rows of the schede, the checks ({@code file!sheet!cell: severity [code] message}) and
 * the files not read, each with the reason.
 */
final class CollectionText {

    private final Locale locale;
    private final CliText text;

    CollectionText(Locale locale) {
        this.locale = locale;
        this.text = new CliText(locale);
    }

    void write(Collection c, Directive d, String store, PrintWriter out) {
        Map<String, String> names = d.sectors().stream().collect(Collectors.toMap(Sector::id, Sector::name));
        out.println(heading(d, text, locale));
        out.println(text.get("collect.store", store));
        out.println();
        summary(c, text).forEach(out::println);
        for (Groups.ByObjective g : Groups.byObjective(c)) {
            out.println();
            out.println(g.objective().isPresent() ? String.join(" → ", g.path()) : text.get("collect.noObjective"));
            for (Proposal p : g.proposals()) {
                String sector = p.sector().map(s -> names.getOrDefault(s, s)).orElse(text.get("collect.unattributed"));
                out.println("  [" + sector + "] " + p.passage().kind().describe(locale) + ": "
                        + p.passage().text().replace("\n", "\n      "));
                out.println("      " + p.file() + (place(p, text).isEmpty() ? "" : " — " + place(p, text))
                        + p.passage().author().map(a -> " — " + a).orElse(""));
            }
            for (SchedaRow r : g.rows()) {
                String sector = r.sector().map(s -> names.getOrDefault(s, s)).orElse(text.get("collect.unattributed"));
                out.println("  [" + sector + "] " + r.value(SchedaColumn.ACTION) + " — " + r.value(SchedaColumn.INDICATOR)
                        + ": " + r.value(SchedaColumn.BASELINE) + " → " + r.value(SchedaColumn.TARGET)
                        + (r.value(SchedaColumn.RESULT).isEmpty() ? "" : " (" + r.value(SchedaColumn.RESULT) + ")"));
                out.println("      " + r.file() + "!" + r.sheet() + "!" + r.row());
            }
        }
        if (!c.findings().isEmpty()) {
            out.println();
            out.println(text.get("collect.findings") + ":");
            for (SchedaFinding f : c.findings()) {
                out.println("  " + f.at() + ": " + f.severity().describe(locale) + " [" + f.issue().jsonName() + "] "
                        + f.message().render(locale));
            }
        }
        if (!c.skipped().isEmpty() || !c.foldersMissing().isEmpty()) {
            out.println();
            out.println(text.get("collect.skipped") + ":");
            for (SkippedFile s : c.skipped()) {
                out.println("  " + s.path() + ": " + s.describe(locale));
            }
            for (StorePath folder : c.foldersMissing()) {
                out.println("  " + text.get("collect.folderMissing", folder));
            }
        }
        out.flush();
    }

    /** The directive, as the other commands name it. */
    static String heading(Directive d, CliText text, Locale locale) {
        return text.get(d.issued().number().isBlank() ? "calendar.heading.unnumbered" : "calendar.heading",
                d.issued().number(), Message.date(d.issued().on(), locale), d.title(), d.id());
    }

    /** A few lines on how much was gathered and what went wrong. */
    static List<String> summary(Collection c, CliText text) {
        List<String> lines = new ArrayList<>();
        long proposalFiles = c.proposals().stream().map(Proposal::file).distinct().count();
        long sectors = c.proposals().stream().filter(p -> p.sector().isPresent()).map(p -> p.sector().get()).distinct().count();
        long unattributed = c.proposals().stream().filter(p -> p.sector().isEmpty()).count();
        lines.add(text.get("collect.summary.proposals", c.proposals().size(), proposalFiles, sectors, unattributed));
        long rowFiles = c.rows().stream().map(SchedaRow::file).distinct().count();
        lines.add(text.get("collect.summary.rows", c.rows().size(), rowFiles));
        lines.add(text.get("collect.findings") + ": " + text.get("check.summary", count(c, Severity.ERROR),
                count(c, Severity.WARNING), count(c, Severity.INFO)));
        lines.add(text.get("collect.summary.files", c.filesRead().size(), c.skipped().size()));
        return lines;
    }

    private static long count(Collection c, Severity severity) {
        return c.findings().stream().filter(f -> f.severity() == severity).count();
    }

    /** Where in its file a proposal stands: a heading, a table cell. */
    static String place(Proposal p, CliText text) {
        List<String> parts = new ArrayList<>();
        if (p.passage().context().inHeading()) {
            parts.add(text.get("collect.place.heading"));
        }
        p.passage().context().cell().ifPresent(cell -> parts.add(text.get("collect.place.table", cell.table(), cell.row(),
                cell.column()) + (cell.columnHeader().isEmpty() ? "" : " («" + cell.columnHeader() + "»)")));
        return String.join("; ", parts);
    }
}

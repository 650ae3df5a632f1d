package it.ciclo.cli;

import static it.ciclo.cli.BoardHtml.escape;

import it.ciclo.collect.Collection;
import it.ciclo.collect.Groups;
import it.ciclo.collect.SkippedFile;
import it.ciclo.directive.Directive;
import it.ciclo.directive.Sector;
import it.ciclo.i18n.Bundles;
import it.ciclo.proposal.Proposal;
import it.ciclo.scheda.SchedaColumn;
import it.ciclo.scheda.SchedaFinding;
import it.ciclo.scheda.SchedaRow;
import it.ciclo.store.StorePath;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What {@code raccogli} gathered as one self-contained HTML page: objective by objective (the
 * proposals made on it and the actions that pursue it), Settore by Settore, then the checks of the
 * schede and the files not read. Every row links back to its file. Nothing is fetched from the
 * network; everything from the files or the directive is escaped.
 */
final class CollectionHtml {

    private static final List<SchedaColumn> ROW_COLUMNS = List.of(SchedaColumn.ACTION, SchedaColumn.INDICATOR,
            SchedaColumn.BASELINE, SchedaColumn.TARGET, SchedaColumn.SOURCE, SchedaColumn.RESULT, SchedaColumn.GAP);

    private final Locale locale;
    private final CliText text;
    private final Function<StorePath, Optional<String>> links;

    CollectionHtml(Locale locale, Function<StorePath, Optional<String>> links) {
        this.locale = locale;
        this.text = new CliText(locale);
        this.links = links;
    }

    void write(Collection c, Directive d, String store, PrintWriter out) {
        Map<String, String> names = d.sectors().stream().collect(Collectors.toMap(Sector::id, Sector::name));
        out.println("<!DOCTYPE html>");
        out.println("<html lang=\"" + (Bundles.isEnglish(locale) ? "en" : "it") + "\">");
        out.println("<head><meta charset=\"utf-8\"><title>" + escape(text.get("collect.title") + " — " + d.title()) + "</title>");
        out.println("<style>" + STYLE + "</style></head>");
        out.println("<body>");
        out.println("<h1>" + escape(text.get("collect.title")) + "</h1>");
        out.println("<p>" + escape(CollectionText.heading(d, text, locale)) + "<br>" + escape(text.get("collect.store", store)) + "</p>");
        out.println("<ul class=\"summary\">");
        CollectionText.summary(c, text).forEach(line -> out.println("<li>" + escape(line) + "</li>"));
        out.println("</ul>");
        out.println("<p class=\"nav\"><a href=\"#obiettivi\">" + escape(text.get("collect.byObjective")) + "</a> · <a href=\"#settori\">"
                + escape(text.get("collect.bySector")) + "</a> · <a href=\"#controlli\">" + escape(text.get("collect.findings"))
                + "</a> · <a href=\"#non-letti\">" + escape(text.get("collect.skipped")) + "</a></p>");

        out.println("<h2 id=\"obiettivi\">" + escape(text.get("collect.byObjective")) + "</h2>");
        for (Groups.ByObjective g : Groups.byObjective(c)) {
            out.println(g.objective().isPresent()
                    ? "<h3 class=\"level-" + g.path().size() + "\">" + escape(String.join(" → ", g.path())) + "</h3>"
                    : "<h3>" + escape(text.get("collect.noObjective")) + "</h3>");
            proposals(g.proposals(), names, false, out);
            rows(g.rows(), names, false, out);
        }

        out.println("<h2 id=\"settori\">" + escape(text.get("collect.bySector")) + "</h2>");
        for (Groups.BySector g : Groups.bySector(c, d.sectors())) {
            out.println("<h3>" + escape(g.sector().map(Sector::name).orElse(text.get("collect.unattributed"))) + "</h3>");
            proposals(g.proposals(), names, true, out);
            rows(g.rows(), names, true, out);
        }

        out.println("<h2 id=\"controlli\">" + escape(text.get("collect.findings")) + "</h2>");
        if (c.findings().isEmpty()) {
            out.println("<p>" + escape(text.get("collect.findings.none")) + "</p>");
        } else {
            out.println("<table><thead><tr>" + headers("collect.col.severity", "collect.col.code", "collect.col.file",
                    "collect.col.sheet", "collect.col.cell", "collect.col.message") + "</tr></thead><tbody>");
            for (SchedaFinding f : c.findings()) {
                out.println("<tr class=\"sev-" + f.severity().jsonName() + "\"><td>" + escape(f.severity().describe(locale)) + "</td><td>"
                        + escape(f.issue().jsonName()) + "</td><td>" + link(f.at().file()) + "</td><td>" + escape(f.at().sheet())
                        + "</td><td>" + escape(f.at().cell()) + "</td><td>" + escape(f.message().render(locale)) + "</td></tr>");
            }
            out.println("</tbody></table>");
        }

        out.println("<h2 id=\"non-letti\">" + escape(text.get("collect.skipped")) + "</h2>");
        if (c.skipped().isEmpty() && c.foldersMissing().isEmpty()) {
            out.println("<p>" + escape(text.get("collect.skipped.none")) + "</p>");
        }
        if (!c.skipped().isEmpty()) {
            out.println("<table><thead><tr>" + headers("collect.col.file", "collect.col.problem", "collect.col.detail")
                    + "</tr></thead><tbody>");
            for (SkippedFile s : c.skipped()) {
                out.println("<tr><td>" + link(s.path()) + "</td><td>" + escape(s.problem().describe(locale)) + "</td><td>"
                        + escape(s.detail().render(locale)) + "</td></tr>");
            }
            out.println("</tbody></table>");
        }
        for (StorePath folder : c.foldersMissing()) {
            out.println("<p>" + escape(text.get("collect.folderMissing", folder)) + "</p>");
        }
        out.println("</body></html>");
        out.flush();
    }

    private void proposals(List<Proposal> proposals, Map<String, String> names, boolean bySector, PrintWriter out) {
        if (proposals.isEmpty()) {
            return;
        }
        out.println("<table class=\"proposals\"><thead><tr>" + headers(bySector ? "collect.col.objective" : "collect.col.sector",
                "collect.col.kind", "collect.col.proposal", "collect.col.author", "collect.col.place", "collect.col.file")
                + "</tr></thead><tbody>");
        for (Proposal p : proposals) {
            String first = bySector ? String.join(" → ", p.passage().context().objective().titles())
                    : sector(p.sector(), names);
            out.println("<tr><td>" + escape(first) + "</td><td>" + escape(p.passage().kind().describe(locale))
                    + "</td><td class=\"k-" + p.passage().kind().jsonName() + "\">" + escape(p.passage().text()).replace("\n", "<br>")
                    + "</td><td>" + escape(p.passage().author().orElse("")) + "<br><small>" + escape(p.attribution().describe(locale))
                    + "</small></td><td>" + escape(CollectionText.place(p, text)) + "</td><td>" + link(p.file()) + "</td></tr>");
        }
        out.println("</tbody></table>");
    }

    private void rows(List<SchedaRow> rows, Map<String, String> names, boolean bySector, PrintWriter out) {
        if (rows.isEmpty()) {
            return;
        }
        StringBuilder head = new StringBuilder("<th>" + escape(text.get(bySector ? "collect.col.objective" : "collect.col.sector")) + "</th>");
        ROW_COLUMNS.forEach(column -> head.append("<th>").append(escape(column.describe(locale))).append("</th>"));
        head.append("<th>").append(escape(text.get("collect.col.file"))).append("</th>");
        out.println("<table class=\"rows\"><thead><tr>" + head + "</tr></thead><tbody>");
        for (SchedaRow r : rows) {
            StringBuilder row = new StringBuilder("<tr><td>")
                    .append(escape(bySector ? r.value(SchedaColumn.OBJECTIVE) : sector(r.sector(), names))).append("</td>");
            ROW_COLUMNS.forEach(column -> row.append("<td>").append(escape(r.value(column)).replace("\n", "<br>")).append("</td>"));
            row.append("<td>").append(link(r.file())).append("<br><small>").append(escape(r.sheet() + " · " + text.get("collect.col.row")
                    + " " + r.row())).append("</small></td></tr>");
            out.println(row);
        }
        out.println("</tbody></table>");
    }

    private String sector(Optional<String> id, Map<String, String> names) {
        return id.map(s -> names.getOrDefault(s, s)).orElse(text.get("collect.unattributed"));
    }

    private String headers(String... keys) {
        StringBuilder html = new StringBuilder();
        for (String key : keys) {
            html.append("<th>").append(escape(text.get(key))).append("</th>");
        }
        return html.toString();
    }

    private String link(StorePath file) {
        Optional<String> address = links.apply(file);
        return address.map(a -> "<a href=\"" + escape(a) + "\">" + escape(file.toString()) + "</a>").orElse(escape(file.toString()));
    }

    private static final String STYLE = String.join("\n",
            "body{font-family:Arial,Helvetica,sans-serif;margin:24px;color:#222}",
            "h1{font-size:1.4em}h2{font-size:1.2em;margin-top:1.8em;border-bottom:2px solid #345}h3{font-size:1.02em;margin:1.2em 0 .4em}",
            "h3.level-2{margin-left:1em}h3.level-3{margin-left:2em}",
            "table{border-collapse:collapse;margin:.3em 0 1em}th,td{border:1px solid #bbb;padding:4px 6px;vertical-align:top;font-size:.88em}",
            "thead th{background:#eee;text-align:left}.k-red-text{color:#c00}.k-insertion{text-decoration:underline}",
            ".k-deletion{text-decoration:line-through;color:#666}.sev-error td:first-child{background:#f4b6b0}",
            ".sev-warning td:first-child{background:#f7d9a0}.sev-info td:first-child{background:#e8eef5}",
            ".summary li{margin:.15em 0}small{color:#555}",
            "*{-webkit-print-color-adjust:exact;print-color-adjust:exact}");
}

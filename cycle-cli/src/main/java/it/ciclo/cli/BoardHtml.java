package it.ciclo.cli;

import it.ciclo.board.ActStanding;
import it.ciclo.board.Board;
import it.ciclo.board.Standing;
import it.ciclo.board.Unclassified;
import it.ciclo.deadline.DeadlineKind;
import it.ciclo.deadline.ScheduledDeadline;
import it.ciclo.directive.Directive;
import it.ciclo.directive.Sector;
import it.ciclo.store.StoreEntry;
import it.ciclo.i18n.Bundles;
import it.ciclo.i18n.Message;
import it.ciclo.i18n.Visible;
import it.ciclo.submission.SubmissionStatus;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The board as one self-contained HTML page the office can e-mail, open on a phone or print: the
 * directive's errors first, the act × sector matrix in colour with each cell's files, who to chase,
 * a timeline of the cycle's deadlines with today marked, drawn in inline SVG, and the files to be
 * checked. Nothing is fetched from the network (no scripts, fonts or images). Everything that comes
 * from the directive or the store is escaped.
 *
 * <p>On a phone (a viewport under 700 px) the wide parts scroll sideways inside their own box and the
 * timeline is shown as a list of dates; printed, the page is A4, tables repeat their headings and
 * keep rows whole, and the timeline is scaled to the page.
 */
final class BoardHtml {

    private static final int WIDTH = 960;
    private static final int MARGIN = 24;
    private static final int ROW = 22;
    private static final int TOP = 58;
    /** Room one month label needs ("set 2024" at 12px), so that labels never overlap. */
    private static final int MONTH_LABEL_WIDTH = 62;

    private final Locale locale;
    private final CliText text;

    BoardHtml(Locale locale) {
        this.locale = locale;
        this.text = new CliText(locale);
    }

    /** @param errors the directive's error-level findings, one line each, shown first */
    void write(Board board, List<String> errors, PrintWriter out) {
        Directive d = board.schedule().directive();
        ZoneId zone = d.calendar().zone();
        List<Sector> sectors = d.sectors();
        out.println("<!DOCTYPE html>");
        out.println("<html lang=\"" + (Bundles.isEnglish(locale) ? "en" : "it") + "\">");
        out.println("<head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + escape(d.title()) + "</title>");
        out.println("<style>" + STYLE + "</style></head>");
        out.println("<body>");
        out.println("<h1>" + escape(d.title()) + "</h1>");
        out.println("<p>" + escape(text.get("board.heading", d.issued().number(), Message.date(d.issued().on(), locale),
                d.title(), d.id())) + "<br>" + escape(text.get("html.asOf", Message.date(board.asOf(), locale)))
                + "<br>" + escape(text.get("calendar.events", CalendarText.events(board.schedule(), text, locale))) + "</p>");
        errors(errors, out);
        out.println("<h2>" + escape(text.get("html.matrix")) + "</h2>");
        out.println("<div class=\"scroll\"><table class=\"matrix\"><thead><tr><th>" + escape(text.get("calendar.col.act")) + "</th><th>"
                + escape(text.get("html.due")) + "</th>");
        for (Sector s : sectors) {
            out.println("<th>" + escape(s.name()) + "</th>");
        }
        out.println("</tr></thead><tbody>");
        for (ActStanding act : board.acts()) {
            out.println("<tr><th>" + escape(act.act().title())
                    + (act.found().isEmpty() ? "<br><small>" + escape(text.get("html.folderMissing")) + "</small>" : "") + "</th>");
            out.println("<td>" + escape(act.due().effective().map(date -> Message.date(date, locale))
                    .orElse(text.get("calendar.pending"))) + "</td>");
            if (act.shared().isPresent()) {
                out.println(cell(act.shared().get(), Math.max(1, sectors.size()), text.get("board.allSectors"), zone));
            } else {
                for (Sector sector : sectors) {
                    out.println(act.sectors().stream().filter(s -> s.sector().equals(sector)).findFirst()
                            .map(s -> cell(s.standing(), 1, null, zone))
                            .orElseGet(() -> "<td class=\"na\">" + escape(text.get("html.notOwed")) + "</td>"));
                }
            }
            out.println("</tr>");
        }
        out.println("</tbody></table></div>");
        legend(out);
        toChase(board, out);
        out.println("<h2>" + escape(text.get("html.timeline")) + "</h2>");
        timeline(board, out);
        unclassified(board.unclassified(), zone, out);
        out.println("</body></html>");
        out.flush();
    }

    private String cell(Standing s, int span, String label, ZoneId zone) {
        StringBuilder cell = new StringBuilder("<td class=\"s-" + s.status().jsonName() + "\"");
        if (span > 1) {
            cell.append(" colspan=\"").append(span).append('"');
        }
        cell.append('>');
        if (label != null) {
            cell.append(escape(label)).append("<br>");
        }
        cell.append("<b>").append(escape(s.status().describe(locale))).append("</b>");
        if (s.daysLate().isPresent()) {
            cell.append("<br><small>").append(escape(text.get("board.daysLate", s.daysLate().get()))).append("</small>");
        } else if (s.daysLeft().isPresent() && !s.status().isHandedIn()) {
            cell.append("<br><small>").append(escape(text.get("board.daysLeft", s.daysLeft().get()))).append("</small>");
        }
        if (!s.files().isEmpty()) {
            cell.append("<ul class=\"files\">");
            for (StoreEntry f : s.files()) {
                cell.append("<li title=\"").append(escape(f.path() + " — " + Message.date(LocalDate.ofInstant(f.modified(), zone), locale)))
                        .append("\">").append(escape(f.name())).append("</li>");
            }
            cell.append("</ul>");
        }
        if (!s.old().isEmpty()) {
            cell.append("<small class=\"old\" title=\"").append(escape(s.old().stream().map(f -> f.path().toString())
                    .collect(Collectors.joining("; ")))).append("\">").append(escape(text.get("html.oldFiles", s.old().size())))
                    .append("</small>");
        }
        return cell.append("</td>").toString();
    }

    /** The directive's errors, before anything else: a board built on them may be wrong. */
    private void errors(List<String> errors, PrintWriter out) {
        if (errors.isEmpty()) {
            return;
        }
        out.println("<div class=\"errors\"><h2>" + escape(text.get("html.errors")) + "</h2><p>"
                + escape(text.get("board.errors", errors.size())) + "</p><ul>");
        errors.forEach(e -> out.println("<li>" + escape(e) + "</li>"));
        out.println("</ul></div>");
    }

    /** Each Settore with the acts it has not handed in though due. */
    private void toChase(Board board, PrintWriter out) {
        List<ToChase> chase = ToChase.of(board, text);
        out.println("<h2>" + escape(text.get("html.chase")) + "</h2>");
        if (chase.isEmpty()) {
            out.println("<p>" + escape(text.get("board.chase.none")) + "</p>");
            return;
        }
        out.println("<ul class=\"chase\">");
        chase.forEach(c -> out.println("<li><b>" + escape(c.who()) + "</b>: " + escape(String.join("; ", c.what())) + "</li>"));
        out.println("</ul>");
    }

    private void legend(PrintWriter out) {
        out.print("<p class=\"legend\">");
        for (SubmissionStatus status : SubmissionStatus.values()) {
            out.print("<span class=\"s-" + status.jsonName() + "\">" + escape(status.describe(locale)) + "</span> ");
        }
        out.println("</p>");
    }

    /** One row per deadline with a date, a dot on a time axis; today as a red line; pending ones listed below. */
    private void timeline(Board board, PrintWriter out) {
        List<ScheduledDeadline> dated = new ArrayList<>();
        List<ScheduledDeadline> pending = new ArrayList<>();
        for (ScheduledDeadline sd : board.schedule().chronological()) {
            (sd.deadline().effective().isPresent() ? dated : pending).add(sd);
        }
        LocalDate first = board.asOf();
        LocalDate last = board.asOf();
        for (ScheduledDeadline sd : dated) {
            LocalDate date = sd.deadline().effective().get();
            first = date.isBefore(first) ? date : first;
            last = date.isAfter(last) ? date : last;
        }
        first = first.withDayOfMonth(1);
        last = last.plusMonths(1).withDayOfMonth(1);
        int height = TOP + dated.size() * ROW + 12;
        out.println("<div class=\"scroll timeline\"><svg width=\"" + WIDTH + "\" height=\"" + height
                + "\" viewBox=\"0 0 " + WIDTH + " " + height + "\" role=\"img\" aria-label=\"" + escape(text.get("html.timeline"))
                + "\">");
        int today = x(board.asOf(), first, last);
        // Today's line first, so that every label is drawn over it (with a white halo, see the style).
        out.println("<line x1=\"" + today + "\" y1=\"" + (TOP - 54) + "\" x2=\"" + today + "\" y2=\"" + (height - 4)
                + "\" class=\"today\"/>");
        long months = java.time.temporal.ChronoUnit.MONTHS.between(first, last);
        long labelEvery = Math.max(1, (months * MONTH_LABEL_WIDTH + WIDTH - 1) / WIDTH);
        int index = 0;
        for (LocalDate month = first; !month.isAfter(last); month = month.plusMonths(1), index++) {
            int x = x(month, first, last);
            out.println("<line x1=\"" + x + "\" y1=\"" + (TOP - 14) + "\" x2=\"" + x + "\" y2=\"" + (height - 8)
                    + "\" class=\"grid\"/>");
            if (month.isBefore(last) && index % labelEvery == 0) {
                out.println("<text x=\"" + (x + 3) + "\" y=\"" + (TOP - 18) + "\" class=\"month\">"
                        + escape(month.getMonth().getDisplayName(TextStyle.SHORT, locale) + " " + month.getYear()) + "</text>");
            }
        }
        int y = TOP;
        for (ScheduledDeadline sd : dated) {
            LocalDate date = sd.deadline().effective().get();
            int x = x(date, first, last);
            boolean approval = sd.kind() == DeadlineKind.APPROVAL;
            String label = Message.date(date, locale) + " " + sd.act().title() + " (" + sd.kind().describe(locale) + ")";
            out.println("<circle cx=\"" + x + "\" cy=\"" + (y - 4) + "\" r=\"5\" class=\"" + (approval ? "approval" : "internal")
                    + "\"/>");
            boolean right = x < WIDTH / 2;
            out.println("<text x=\"" + (right ? x + 9 : x - 9) + "\" y=\"" + y + "\"" + (right ? "" : " text-anchor=\"end\"")
                    + ">" + escape(label) + "</text>");
            y += ROW;
        }
        // Today's label sits above the month labels, so that the two never overlap.
        out.println("<text x=\"" + (today + 4) + "\" y=\"" + (TOP - 44) + "\" class=\"todayLabel\">"
                + escape(text.get("html.today", Message.date(board.asOf(), locale))) + "</text>");
        out.println("</svg></div>");
        // The same dates as a list, for a screen too narrow for the timeline (a phone).
        out.println("<ol class=\"dates\">");
        boolean todayShown = false;
        for (ScheduledDeadline sd : dated) {
            LocalDate date = sd.deadline().effective().get();
            if (!todayShown && date.isAfter(board.asOf())) {
                out.println("<li class=\"todayItem\">" + escape(text.get("html.today", Message.date(board.asOf(), locale))) + "</li>");
                todayShown = true;
            }
            out.println("<li><b>" + escape(Message.date(date, locale)) + "</b> " + escape(sd.act().title() + " ("
                    + sd.kind().describe(locale) + ")") + "</li>");
        }
        if (!todayShown) {
            out.println("<li class=\"todayItem\">" + escape(text.get("html.today", Message.date(board.asOf(), locale))) + "</li>");
        }
        out.println("</ol>");
        if (!pending.isEmpty()) {
            out.println("<h3>" + escape(text.get("html.pending")) + "</h3>");
            out.println("<ul class=\"pending\">");
            for (ScheduledDeadline sd : pending) {
                out.println("<li>" + escape(sd.act().title() + " (" + sd.kind().describe(locale) + "): "
                        + sd.deadline().explanation().render(locale)) + "</li>");
            }
            out.println("</ul>");
        }
    }

    private static int x(LocalDate date, LocalDate first, LocalDate last) {
        long span = Math.max(1, ChronoUnit.DAYS.between(first, last));
        return MARGIN + (int) Math.round((WIDTH - 2.0 * MARGIN) * ChronoUnit.DAYS.between(first, date) / span);
    }

    private void unclassified(List<Unclassified> unclassified, ZoneId zone, PrintWriter out) {
        out.println("<h2>" + escape(text.get("board.unclassified", unclassified.size())) + "</h2>");
        if (unclassified.isEmpty()) {
            out.println("<p>" + escape(text.get("board.unclassified.none")) + "</p>");
            return;
        }
        out.println("<div class=\"scroll\"><table class=\"unclassified\"><thead><tr><th>" + escape(text.get("html.col.file"))
                + "</th><th>" + escape(text.get("html.col.modified")) + "</th><th>" + escape(text.get("html.col.reason"))
                + "</th><th>" + escape(text.get("html.col.todo")) + "</th></tr></thead><tbody>");
        for (Unclassified u : unclassified) {
            String day = u.modified().map(m -> Message.date(LocalDate.ofInstant(m, zone), locale)).orElse("");
            out.println("<tr><td><b>" + escape(u.path().isRoot() ? "" : u.path().name()) + "</b><br><small>"
                    + escape(u.path().toString()) + "</small></td><td>" + escape(day) + "</td><td>"
                    + escape(u.reason().describe(locale)) + "</td><td>" + escape(u.detail().render(locale)) + "</td></tr>");
        }
        out.println("</tbody></table></div>");
    }

    /**
     * Text safe inside an element and inside a quoted attribute; control and direction characters
     * shown by name ({@link Visible}), as on the terminal.
     */
    static String escape(String raw) {
        String s = Visible.of(raw);
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static final String STYLE = String.join("\n",
            "body{font-family:Arial,Helvetica,sans-serif;margin:24px;color:#222;font-size:16px}",
            "h1{font-size:1.4em}h2{font-size:1.15em;margin-top:1.6em}h3{font-size:1em;margin:1em 0 .3em}",
            "table{border-collapse:collapse}th,td{border:1px solid #bbb;padding:4px 6px;vertical-align:top;font-size:.9em}",
            "thead th{background:#eee}tbody th{text-align:left;font-weight:normal;max-width:22em}",
            ".matrix td{text-align:center;min-width:8em}",
            ".scroll{overflow-x:auto;max-width:100%}",
            ".s-missing{background:#e8eef5}.s-overdue{background:#f4b6b0}.s-submitted{background:#bfe3bf}",
            ".s-submitted-late{background:#f7d9a0}.s-in-review{background:#bcd6f2}.s-changes-requested{background:#dcc6ee}",
            ".s-approved{background:#8fcf8f}.s-withdrawn{background:#ddd;color:#555}",
            ".legend span{display:inline-block;padding:2px 6px;margin:2px;border:1px solid #bbb;font-size:.85em}",
            ".files{list-style:none;margin:4px 0 0;padding:0;font-size:.85em;text-align:left}.files li{overflow-wrap:anywhere}",
            ".old{display:block;color:#555}.na{color:#888;background:#f6f6f6}",
            ".errors{border:2px solid #c33;background:#fdeceb;padding:4px 12px;margin:12px 0}.errors h2{margin-top:.4em}",
            ".errors li,.chase li,.pending li{overflow-wrap:anywhere}",
            "svg text{font-size:12px;paint-order:stroke;stroke:#fff;stroke-width:3px;stroke-linejoin:round}",
            ".month{fill:#555}.grid{stroke:#ddd}.today{stroke:#d22;stroke-width:2}",
            ".todayLabel{fill:#d22;font-weight:bold}.approval{fill:#345}.internal{fill:#fff;stroke:#345;stroke-width:2}",
            ".dates{display:none;padding-left:1.2em}.dates .todayItem{color:#d22;font-weight:bold;list-style:none;margin-left:-1.2em}",
            "@media (max-width:700px){body{margin:10px}.timeline{display:none}.dates{display:block}",
            " .matrix th:first-child,.matrix td:first-child{position:sticky;left:0;background:#fff;z-index:1}",
            " tbody th{min-width:9em}}",
            "@page{size:A4;margin:12mm}",
            "@media print{body{margin:0;font-size:10pt}.scroll{overflow:visible}.timeline{display:block}.dates{display:none}",
            " svg{width:100%;height:auto}thead{display:table-header-group}tr,li,.errors{break-inside:avoid}",
            " tbody tr:last-child{break-before:avoid}h2,h3{break-after:avoid}}",
            "*{-webkit-print-color-adjust:exact;print-color-adjust:exact}");
}

package it.ciclo.cli;

import it.ciclo.deadline.Change;
import it.ciclo.deadline.Deadline;
import it.ciclo.deadline.Schedule;
import it.ciclo.deadline.ScheduledDeadline;
import it.ciclo.directive.Directive;
import it.ciclo.directive.EventDefinition;
import it.ciclo.i18n.Message;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The calendar as a table people read: date, weekday, act, Giunta or internal, how it was computed. */
final class CalendarText {

    private final Locale locale;
    private final CliText text;

    CalendarText(Locale locale) {
        this.locale = locale;
        this.text = new CliText(locale);
    }

    /**
     * @param schedule the deadlines with every event known
     * @param kept     the deadlines with the events kept (the directive's and its register's), from
     *                 which the {@code --event} ones are shown to move dates
     */
    void write(Schedule schedule, Schedule kept, PrintWriter out) {
        Directive d = schedule.directive();
        out.println(text.get(d.issued().number().isBlank() ? "calendar.heading.unnumbered" : "calendar.heading",
                d.issued().number(), Message.date(d.issued().on(), locale), d.title(), d.id()));
        out.println(text.get("calendar.events", events(schedule, text, locale)));
        out.println();
        Table table = new Table(text.get("calendar.col.date"), text.get("calendar.col.weekday"), text.get("calendar.col.act"),
                text.get("calendar.col.kind"), text.get("calendar.col.how"));
        for (ScheduledDeadline sd : schedule.chronological()) {
            Deadline deadline = sd.deadline();
            LocalDate date = deadline.effective().orElse(null);
            table.row(date == null ? text.get("calendar.pending") : Message.date(date, locale),
                    date == null ? "" : date.getDayOfWeek().getDisplayName(TextStyle.FULL, locale),
                    sd.act().title(), sd.kind().describe(locale), deadline.explanation().render(locale));
        }
        table.print(out);
        if (!schedule.events().equals(kept.events())) {
            printChanges(kept, schedule, "calendar.moved", out);
        }
    }

    /** What moved between {@code before} and {@code after}, under heading {@code key}; nothing if nothing did. */
    void printChanges(Schedule before, Schedule after, String key, PrintWriter out) {
        List<Change> changes = Change.between(before, after);
        if (changes.isEmpty()) {
            return;
        }
        out.println();
        out.println(text.get(key));
        for (Change c : changes) {
            out.println(text.get("calendar.moved.line", c.after().act().title(), c.after().kind().describe(locale),
                    date(c.before().deadline()), date(c.after().deadline())));
        }
    }

    private String date(Deadline d) {
        return d.effective().map(x -> Message.date(x, locale)).orElseGet(() -> text.get("calendar.pending"));
    }

    /** The directive's events by their labels, each with its date if it has happened (directive, register or --event). */
    static String events(Schedule schedule, CliText text, Locale locale) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, EventDefinition> e : schedule.directive().events().entrySet()) {
            String label = e.getValue().label();
            parts.add(schedule.events().dateOf(e.getKey())
                    .map(date -> text.get("calendar.event.on", label, Message.date(date, locale)))
                    .orElseGet(() -> text.get("calendar.event.none", label)));
        }
        return parts.isEmpty() ? "—" : String.join("; ", parts);
    }
}

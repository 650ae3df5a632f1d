package it.ciclo.cli;

import it.ciclo.deadline.DeadlineKind;
import it.ciclo.deadline.Schedule;
import it.ciclo.deadline.ScheduledDeadline;
import it.ciclo.directive.SubmissionTerms;
import it.ciclo.i18n.Bundles;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Action;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Transp;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * The calendar as RFC 5545 iCalendar, made with ical4j, for Outlook and Thunderbird: one all-day
 * event per deadline whose date is known, with a reminder, the folder and instructions in the
 * description. UIDs depend only on the directive, act and kind of deadline, so importing the file
 * again after a date moved updates the event instead of adding a second one. Pending deadlines
 * have no date and are left out.
 */
final class CalendarIcs {

    private final Locale locale;
    private final int reminderDays;
    private final CliText text;

    CalendarIcs(Locale locale, int reminderDays) {
        this.locale = locale;
        this.reminderDays = reminderDays;
        this.text = new CliText(locale);
    }

    void write(Schedule schedule, PrintWriter out) throws IOException {
        Calendar calendar = new Calendar()
                .withProdId(new ProdId("-//Ciclo//cycle calendar//" + (Bundles.isEnglish(locale) ? "EN" : "IT")).getValue())
                .withProperty(ImmutableVersion.VERSION_2_0)
                .withProperty(ImmutableCalScale.GREGORIAN)
                .withProperty(ImmutableMethod.PUBLISH)
                .getFluentTarget();
        List<VEvent> events = new ArrayList<>();
        for (ScheduledDeadline d : schedule.chronological()) {
            if (d.deadline().isDue()) {
                events.add(event(schedule, d));
            }
        }
        events.forEach(calendar::add);
        try {
            new CalendarOutputter().output(calendar, out);
        } catch (ValidationException e) {
            throw new IllegalStateException("the calendar made is not valid iCalendar: " + e.getMessage(), e);
        }
        out.flush();
    }

    private VEvent event(Schedule schedule, ScheduledDeadline d) {
        LocalDate day = d.deadline().effective().orElseThrow();
        String summary = text.get(d.kind() == DeadlineKind.APPROVAL ? "ics.summary.approval" : "ics.summary.submission",
                d.act().title());
        VEvent event = new VEvent(day, Period.ofDays(1), summary);
        event.add(new Uid(schedule.directive().id() + "." + d.act().id() + "." + d.kind().jsonName() + "@ciclo"));
        event.add(new Description(description(d)));
        event.add(new Categories(d.kind().describe(locale)));
        event.add(new Transp(Transp.VALUE_TRANSPARENT));
        if (reminderDays > 0) {
            VAlarm alarm = new VAlarm(Duration.ofDays(-reminderDays));
            alarm.add(new Action(Action.VALUE_DISPLAY));
            alarm.add(new Description(summary));
            event.add(alarm);
        }
        return event;
    }

    private String description(ScheduledDeadline d) {
        StringBuilder sb = new StringBuilder(d.deadline().explanation().render(locale));
        if (d.kind() == DeadlineKind.SUBMISSION) {
            SubmissionTerms terms = d.act().submission().orElseThrow();
            sb.append("\n").append(text.get("ics.folder", terms.folder()));
            terms.instructionsIfAny().ifPresent(i -> sb.append("\n").append(text.get("ics.instructions", i)));
        }
        return sb.toString();
    }
}

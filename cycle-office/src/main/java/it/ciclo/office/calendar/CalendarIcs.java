package it.ciclo.office.calendar;

import it.ciclo.deadline.DeadlineKind;
import it.ciclo.deadline.Schedule;
import it.ciclo.deadline.ScheduledDeadline;
import it.ciclo.directive.Directive;
import it.ciclo.directive.SubmissionTerms;
import it.ciclo.i18n.Bundles;
import it.ciclo.i18n.Message;
import it.ciclo.i18n.Texts;
import it.ciclo.i18n.Visible;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.parameter.Related;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VToDo;
import net.fortuna.ical4j.model.property.Action;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Transp;
import net.fortuna.ical4j.model.property.Trigger;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * The deadlines as RFC 5545 iCalendar, for Outlook and Thunderbird, whether imported as a file or
 * subscribed to ({@code cycle serve}'s {@code /calendario.ics}). Made with ical4j and validated by it,
 * folded by octets ({@link Folding}).
 *
 * <ul>
 *   <li>each deadline whose date is known is an all-day event: {@code DTSTART} and {@code DTEND}
 *       (the next day, as Outlook writes it, rather than a {@code DURATION}), a reminder
 *       {@code reminderDays} before, the folder and instructions in the description;</li>
 *   <li>its {@code UID} depends only on the directive, the act and the kind of deadline, and its
 *       {@code SEQUENCE} and {@code LAST-MODIFIED} on how often and when the events register moved
 *       it ({@link Revisions}): a moved deadline is an update of the same event, never a second one;</li>
 *   <li>a deadline still waiting for an event (the PEG, until the budget is approved) is not left
 *       out: it is a to-do without a date ({@code VTODO}, shown by Thunderbird's task list) and is
 *       named in the calendar's description;</li>
 *   <li>the calendar has a name ({@code NAME} of RFC 7986 and Outlook's {@code X-WR-CALNAME}) and
 *       asks subscribers to refresh every hour ({@code REFRESH-INTERVAL}, {@code X-PUBLISHED-TTL}).</li>
 * </ul>
 */
public final class CalendarIcs {

    /** How often a subscribed calendar should be fetched again. */
    static final Duration REFRESH = Duration.ofHours(1);

    private final Locale locale;
    private final int reminderDays;
    private final Texts text;

    /**
     * @param locale       the language of titles and descriptions: Italian unless English
     * @param reminderDays how many days before each deadline a reminder rings; 0 for none
     */
    public CalendarIcs(Locale locale, int reminderDays) {
        if (reminderDays < 0) {
            throw new IllegalArgumentException("reminder days cannot be negative: " + reminderDays);
        }
        this.locale = Objects.requireNonNull(locale, "locale");
        this.reminderDays = reminderDays;
        this.text = new Texts("it.ciclo.office.text", locale);
    }

    /**
     * Writes {@code schedule} to {@code out}, with CRLF line ends.
     *
     * @param revisions how often and when each deadline moved
     * @param stamp     when this calendar is made ({@code DTSTAMP})
     */
    public void write(Schedule schedule, Revisions revisions, Instant stamp, Writer out) throws IOException {
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(revisions, "revisions");
        Objects.requireNonNull(stamp, "stamp");
        Directive directive = schedule.directive();
        String name = name(directive);
        Calendar calendar = new Calendar()
                .withProdId(new ProdId("-//Ciclo//cycle calendar//" + (Bundles.isEnglish(locale) ? "EN" : "IT")).getValue())
                .withProperty(ImmutableVersion.VERSION_2_0)
                .withProperty(ImmutableCalScale.GREGORIAN)
                .withProperty(ImmutableMethod.PUBLISH)
                .getFluentTarget();
        List<String> pending = new ArrayList<>();
        List<CalendarComponent> components = new ArrayList<>();
        for (ScheduledDeadline d : schedule.chronological()) {
            if (d.deadline().isDue()) {
                components.add(event(directive, d, revisions, stamp));
            } else {
                components.add(toDo(directive, d, revisions, stamp));
                pending.add(summary(d));
            }
        }
        String description = text.get("ics.description", directive.title(), directive.id())
                + (pending.isEmpty() ? "" : " " + text.get("ics.description.pending", String.join("; ", pending)));
        calendar.add(new Name(visible(name)));
        calendar.add(new XProperty("X-WR-CALNAME", visible(name)));
        calendar.add(new Description(visible(description)));
        calendar.add(new XProperty("X-WR-CALDESC", visible(description)));
        calendar.add(new XProperty("X-WR-TIMEZONE", directive.calendar().zone().getId()));
        calendar.add(new RefreshInterval(new ParameterList(List.of(net.fortuna.ical4j.model.parameter.Value.DURATION)), REFRESH));
        calendar.add(new XProperty("X-PUBLISHED-TTL", REFRESH.toString()));
        for (CalendarComponent c : components) {
            calendar.add(c);
        }
        StringWriter written = new StringWriter();
        try {
            new CalendarOutputter(true).output(calendar, written);
        } catch (ValidationException e) {
            throw new IllegalStateException("the calendar made is not valid iCalendar: " + e.getMessage(), e);
        }
        // ical4j folds by characters; RFC 5545 counts octets: folded again, by octets.
        out.write(Folding.refold(written.toString()));
        out.flush();
    }

    /** The calendar's name: the cycle and the directive. */
    String name(Directive directive) {
        String on = Message.date(directive.issued().on(), locale);
        String which = directive.issued().number().isBlank() ? text.get("ics.directive.unnumbered", on)
                : text.get("ics.directive", directive.issued().number(), on);
        return text.get("ics.name", directive.cycle().label(), which);
    }

    private VEvent event(Directive directive, ScheduledDeadline d, Revisions revisions, Instant stamp) {
        LocalDate day = d.deadline().effective().orElseThrow();
        String summary = summary(d);
        VEvent event = new VEvent(false);
        event.add(new Uid(uid(directive, d)));
        event.add(new DtStamp(stamp));
        event.add(new DtStart<>(day));
        event.add(new DtEnd<>(day.plusDays(1)));
        event.add(new Sequence(revisions.sequence(d.reference())));
        event.add(new LastModified(revisions.lastModified(d.reference())));
        event.add(new Summary(visible(summary)));
        event.add(new Description(visible(description(d))));
        event.add(new Categories(d.kind().describe(locale)));
        event.add(new Transp(Transp.VALUE_TRANSPARENT));
        if (reminderDays > 0) {
            // RELATED=START is the default; written out, since some readers ask for it.
            Trigger trigger = new Trigger(new ParameterList(List.of(Related.START)), Duration.ofDays(-reminderDays));
            event.add(new VAlarm(new PropertyList(List.of(new Action(Action.VALUE_DISPLAY), trigger, new Description(visible(summary))))));
        }
        return event;
    }

    private VToDo toDo(Directive directive, ScheduledDeadline d, Revisions revisions, Instant stamp) {
        VToDo todo = new VToDo(false);
        todo.add(new Uid(directive.id() + "." + d.act().id() + "." + d.kind().jsonName() + ".pending@ciclo"));
        todo.add(new DtStamp(stamp));
        todo.add(new Sequence(revisions.sequence(d.reference())));
        todo.add(new LastModified(revisions.lastModified(d.reference())));
        todo.add(new Summary(visible(text.get("ics.summary.pending", summary(d)))));
        todo.add(new Description(visible(description(d))));
        todo.add(new Categories(d.kind().describe(locale)));
        todo.add(new Status(Status.VALUE_NEEDS_ACTION));
        return todo;
    }

    /** Stable: the directive, the act and the kind of deadline, and nothing that an event can move. */
    /**
     * {@code text} with the characters that would act in a calendar program instead of showing (a
     * title's ESC or right-to-left override) named ({@link Visible}); the description's own line
     * breaks stay line breaks.
     */
    static String visible(String text) {
        return text.lines().map(Visible::of).collect(java.util.stream.Collectors.joining("\n"));
    }

    static String uid(Directive directive, ScheduledDeadline d) {
        return directive.id() + "." + d.act().id() + "." + d.kind().jsonName() + "@ciclo";
    }

    private String summary(ScheduledDeadline d) {
        return text.get(d.kind() == DeadlineKind.APPROVAL ? "ics.summary.approval" : "ics.summary.submission", d.act().title());
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

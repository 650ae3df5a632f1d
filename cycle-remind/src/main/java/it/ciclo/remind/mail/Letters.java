package it.ciclo.remind.mail;

import it.ciclo.deadline.Schedule;
import it.ciclo.directive.Act;
import it.ciclo.directive.Contact;
import it.ciclo.directive.Directive;
import it.ciclo.directive.SubmissionTerms;
import it.ciclo.i18n.Bundles;
import it.ciclo.i18n.Message;
import it.ciclo.i18n.Texts;
import it.ciclo.remind.Reminder;
import it.ciclo.remind.Step;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The messages themselves: a reminder to a Settore (what, by when, in which folder, the directive's
 * instructions) and the digest for the Ufficio, in Italian unless English is asked for, as plain
 * UTF-8 text. Every message says it was sent automatically ({@code Auto-Submitted}, so that
 * out-of-office replies are not sent back), answers go to the Ufficio ({@code Reply-To}), and its
 * {@code Message-ID} is made from the reminder's key, the same each time it is sent.
 */
public final class Letters {

    private final Schedule schedule;
    private final Locale locale;
    private final InternetAddress from;
    private final Optional<URI> board;
    private final Texts texts;

    /**
     * @param schedule the directive's deadlines
     * @param locale   the messages' language
     * @param from     the sender
     * @param board    the address of {@code cycle serve}'s pages, to link each Settore's page; empty for none
     */
    public Letters(Schedule schedule, Locale locale, InternetAddress from, Optional<URI> board) {
        this.schedule = Objects.requireNonNull(schedule, "schedule");
        this.locale = Objects.requireNonNull(locale, "locale");
        this.from = Objects.requireNonNull(from, "from");
        this.board = Objects.requireNonNull(board, "board");
        this.texts = new Texts("it.ciclo.remind.mail", locale);
    }

    /** The reminder {@code r}, due on {@code today}, to its Settore's contacts, composed in {@code session} at {@code now}. */
    public MimeMessage reminder(Reminder r, LocalDate today, Session session, Instant now) throws MessagingException {
        Act act = r.act();
        String due = Message.date(r.due(), locale);
        String subject = switch (r.step()) {
            case BEFORE -> text("subject.before", act.title(), due);
            case DUE -> text("subject.due", act.title());
            case CHASER -> text("subject.chaser", act.title(), due);
        };
        List<Contact> to = r.sector().contacts();
        StringBuilder body = new StringBuilder();
        body.append(to.size() == 1 && !to.get(0).name().isBlank() ? text("greeting", to.get(0).name()) : text("greeting.anonymous"))
                .append("\n\n");
        String longDue = longDate(r.due());
        body.append(switch (r.step()) {
            case BEFORE -> text("body.before", act.title(), r.sector().name(), longDue,
                    Math.max(1, schedule.calendar().workingDaysBetween(today, r.due())));
            case DUE -> text("body.due", act.title(), r.sector().name(), longDue);
            case CHASER -> text("body.chaser", act.title(), r.sector().name(), longDue,
                    Math.max(1, ChronoUnit.DAYS.between(r.due(), today)));
        }).append("\n");
        if (r.shared()) {
            body.append(text("body.shared")).append("\n");
        }
        body.append("\n");
        SubmissionTerms terms = act.submission().orElseThrow();
        body.append(text("body.folder", r.shared() ? terms.folder() : terms.folderFor(r.sector()))).append("\n");
        terms.instructionsIfAny().ifPresent(i -> body.append(text("body.instructions", i)).append("\n"));
        schedule.approval(act.id()).effective().ifPresent(d -> body.append(text("body.approval", longDate(d))).append("\n"));
        board.ifPresent(b -> body.append(text("body.board", b.resolve("settore/" + r.sector().id()))).append("\n"));
        body.append("\n").append(signature());
        return message(session, r.key(), recipients(to), subject, body.toString(), now);
    }

    /**
     * The digest for the Ufficio.
     *
     * @param sent      the reminders sent in this run, with who they went to
     * @param noContact the reminders due to Settori the directive names nobody for
     * @param failed    the reminders the server did not accept, with the reason
     * @param late      the reminders (chasers) due today, for the list of who is late
     */
    public MimeMessage digest(LocalDate day, List<Sent> sent, List<Reminder> noContact, List<Failed> failed,
            List<Reminder> late, Session session, Instant now) throws MessagingException {
        Directive d = schedule.directive();
        String date = Message.date(day, locale);
        StringBuilder body = new StringBuilder(text("digest.intro", date, directive())).append("\n\n");
        if (!sent.isEmpty()) {
            body.append(text("digest.sent", sent.size())).append("\n");
            sent.forEach(s -> body.append(text("digest.sent.line", s.reminder().sector().name(), s.reminder().act().title(),
                    step(s.reminder()), String.join(", ", s.to()))).append("\n"));
            body.append("\n");
        }
        if (!noContact.isEmpty()) {
            body.append(text("digest.noContact", noContact.size())).append("\n");
            noContact.forEach(r -> body.append(text("digest.noContact.line", r.sector().name(), r.act().title(), step(r))).append("\n"));
            body.append("\n");
        }
        if (!failed.isEmpty()) {
            body.append(text("digest.failed", failed.size())).append("\n");
            failed.forEach(f -> body.append(text("digest.failed.line", f.reminder().sector().name(), f.reminder().act().title(),
                    step(f.reminder()), f.reason())).append("\n"));
            body.append("\n");
        }
        if (late.isEmpty()) {
            body.append(text("digest.none")).append("\n");
        } else {
            body.append(text("digest.late", late.size())).append("\n");
            late.forEach(r -> body.append(text("digest.late.line", r.sector().name(), r.act().title(),
                    Message.date(r.due(), locale))).append("\n"));
        }
        board.ifPresent(b -> body.append("\n").append(text("body.board", b)).append("\n"));
        body.append("\n").append(text("body.signature", directive(), d.title())).append("\n");
        return message(session, digestKey(d, day), recipients(d.reminders().office()),
                text("digest.subject", date, sent.size()), body.toString(), now);
    }

    /** The key of the digest of {@code day}: one a day. */
    public static String digestKey(Directive directive, LocalDate day) {
        return directive.id() + ".riepilogo." + day;
    }

    /**
     * A reminder sent.
     *
     * @param reminder the reminder
     * @param to       the addresses it went to
     */
    public record Sent(Reminder reminder, List<String> to) {
    }

    /**
     * A reminder the server did not accept.
     *
     * @param reminder the reminder
     * @param reason   what the server said
     */
    public record Failed(Reminder reminder, String reason) {
    }

    private String step(Reminder r) {
        return r.step() == Step.CHASER && r.chase() > 1 ? text("step.chaser.n", r.chase()) : text("step." + r.step());
    }

    private MimeMessage message(Session session, String key, InternetAddress[] to, String subject, String body, Instant now)
            throws MessagingException {
        String id = "<" + key + "@" + domain() + ">";
        MimeMessage m = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", id);
            }
        };
        m.setFrom(from);
        m.setRecipients(jakarta.mail.Message.RecipientType.TO, to);
        InternetAddress[] office = recipients(schedule.directive().reminders().office());
        if (office.length > 0) {
            m.setReplyTo(office);
        }
        m.setSubject("[Ciclo] " + subject, "UTF-8");
        m.setSentDate(Date.from(now));
        m.setHeader("Auto-Submitted", "auto-generated");
        m.setHeader("X-Ciclo-Key", key);
        m.setHeader("Content-Language", Bundles.isEnglish(locale) ? "en" : "it");
        m.setText(body, "UTF-8");
        return m;
    }

    private String domain() {
        String address = from.getAddress();
        return address.substring(address.indexOf('@') + 1);
    }

    private static InternetAddress[] recipients(List<Contact> contacts) throws MessagingException {
        List<InternetAddress> out = new ArrayList<>();
        for (Contact c : contacts) {
            try {
                out.add(c.name().isBlank() ? new InternetAddress(c.email(), true) : new InternetAddress(c.email(), c.name(), "UTF-8"));
            } catch (UnsupportedEncodingException e) {
                throw new MessagingException(e.getMessage(), e);
            }
        }
        return out.toArray(InternetAddress[]::new);
    }

    private String signature() {
        return text("body.signature", directive(), schedule.directive().title()) + "\n" + text("body.reply") + "\n";
    }

    private String directive() {
        Directive d = schedule.directive();
        String on = Message.date(d.issued().on(), locale);
        return d.issued().number().isBlank() ? text("directive.unnumbered", on) : text("directive.numbered", d.issued().number(), on);
    }

    private String longDate(LocalDate date) {
        return date.format(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy",
                Bundles.isEnglish(locale) ? Locale.ENGLISH : Locale.ITALIAN));
    }

    private String text(String key, Object... args) {
        return texts.get(key, args);
    }
}

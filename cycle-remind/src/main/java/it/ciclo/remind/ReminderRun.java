package it.ciclo.remind;

import it.ciclo.board.Board;
import it.ciclo.directive.Contact;
import it.ciclo.directive.Directive;
import it.ciclo.remind.ledger.Ledger;
import it.ciclo.remind.ledger.LedgerBusyException;
import it.ciclo.remind.mail.Letters;
import it.ciclo.remind.mail.MailException;
import it.ciclo.remind.mail.Outbox;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One run of the reminders on a board: the reminders due ({@link Planner}), each sent once
 * ({@link Ledger}), then the digest for the Ufficio if anything happened. A run that sends for real
 * holds the ledger's lock throughout, so two runs never overlap; a dry run ({@link Outbox#delivers()}
 * false) reads the ledger, writes the messages that would go, and records nothing.
 *
 * <p>When the server cannot be reached, refuses the login or is not trusted, the run stops at the
 * first message, records it as failed, and reports it: nothing is marked as sent that was not
 * accepted, and the next run sends it. A message the server refuses on its own (an unknown
 * recipient) is recorded as failed and the others still go.
 */
public final class ReminderRun {

    private final Ledger ledger;
    private final Letters letters;
    private final Outbox outbox;
    private final Clock clock;
    private final Duration lockWait;

    public ReminderRun(Ledger ledger, Letters letters, Outbox outbox, Clock clock, Duration lockWait) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.letters = Objects.requireNonNull(letters, "letters");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.lockWait = Objects.requireNonNull(lockWait, "lockWait");
    }

    /**
     * What a run did.
     *
     * @param day       the day of the board
     * @param due       every reminder due that day
     * @param sent      those sent now (or written, in a dry run)
     * @param already   those sent by an earlier run, not sent again
     * @param retried   those an earlier run began and did not finish, sent again now
     * @param noContact those due to a Settore the directive names nobody for
     * @param failed    those the server did not accept
     * @param stopped   why the run stopped before the end, if it did
     * @param digest    whether the digest went
     */
    public record Report(LocalDate day, List<Reminder> due, List<Letters.Sent> sent, List<Reminder> already,
            List<Reminder> retried, List<Reminder> noContact, List<Letters.Failed> failed, Optional<MailException> stopped,
            boolean digest) {
    }

    /** Sends what is due on {@code board}'s day and was not sent before. */
    public Report run(Board board) throws IOException, LedgerBusyException, MessagingException {
        if (!outbox.delivers()) {
            return send(board, null);
        }
        try (Ledger.Lock lock = ledger.lock(lockWait)) {
            return send(board, lock);
        }
    }

    private Report send(Board board, Ledger.Lock lock) throws IOException, MessagingException {
        Directive directive = board.schedule().directive();
        List<Reminder> due = Planner.due(board);
        Map<String, Ledger.Entry> known = ledger.read();
        List<Letters.Sent> sent = new ArrayList<>();
        List<Reminder> already = new ArrayList<>();
        List<Reminder> retried = new ArrayList<>();
        List<Reminder> noContact = new ArrayList<>();
        List<Letters.Failed> failed = new ArrayList<>();
        MailException stopped = null;
        for (Reminder r : due) {
            Ledger.Entry entry = known.get(r.key());
            if (entry != null && entry.sent()) {
                already.add(r);
                continue;
            }
            if (r.sector().contacts().isEmpty()) {
                noContact.add(r);
                continue;
            }
            if (stopped != null) {
                failed.add(new Letters.Failed(r, stopped.getMessage()));
                continue;
            }
            List<String> to = r.sector().contacts().stream().map(Contact::email).toList();
            MimeMessage message = letters.reminder(r, board.asOf(), outbox.session(), clock.instant());
            try {
                deliver(lock, r.key(), to, message);
                sent.add(new Letters.Sent(r, to));
                if (entry != null) {
                    retried.add(r);
                }
            } catch (MailException e) {
                failed.add(new Letters.Failed(r, e.getMessage()));
                if (e.stopsTheRun()) {
                    stopped = e;
                }
            }
        }
        boolean digest = false;
        List<Contact> office = directive.reminders().office();
        String digestKey = Letters.digestKey(directive, board.asOf());
        boolean happened = !sent.isEmpty() || !noContact.isEmpty() || !failed.isEmpty();
        Ledger.Entry digestEntry = known.get(digestKey);
        if (!office.isEmpty() && happened && stopped == null && (digestEntry == null || !digestEntry.sent())) {
            List<Reminder> late = due.stream().filter(r -> r.step() == Step.CHASER).toList();
            MimeMessage message = letters.digest(board.asOf(), sent, noContact, failed, late, outbox.session(), clock.instant());
            try {
                deliver(lock, digestKey, office.stream().map(Contact::email).toList(), message);
                digest = true;
            } catch (MailException e) {
                stopped = e;
            }
        }
        return new Report(board.asOf(), due, sent, already, retried, noContact, failed, Optional.ofNullable(stopped), digest);
    }

    /** Sends {@code message}, with the ledger told before and after (not in a dry run). */
    private void deliver(Ledger.Lock lock, String key, List<String> to, MimeMessage message)
            throws MailException, IOException, MessagingException {
        if (lock != null) {
            lock.sending(key, to);
        }
        try {
            outbox.send(message);
        } catch (MailException e) {
            if (lock != null) {
                lock.failed(key, e.getMessage());
            }
            throw e;
        }
        if (lock != null) {
            lock.sent(key, message.getMessageID());
        }
    }
}

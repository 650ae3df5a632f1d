package it.ciclo.serve;

import it.ciclo.remind.ReminderRun;
import it.ciclo.remind.ledger.Ledger;
import it.ciclo.remind.ledger.LedgerBusyException;
import it.ciclo.remind.mail.Letters;
import it.ciclo.remind.mail.Outbox;
import it.ciclo.serve.snapshot.Snapshot;
import jakarta.mail.internet.InternetAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The reminders on a schedule, inside {@code cycle serve}: after every look at the store from the
 * time of day asked for ({@code --promemoria-alle 08:00}), a run of the reminders on the new board.
 * Running after every look, not once a day, is what makes it catch up: a server started late, a
 * mail server down in the morning, a Settore that hands in at ten. The ledger makes the repeated
 * runs send nothing twice, and a run with nothing to send does not even connect.
 */
public final class ServeReminders implements Consumer<Snapshot> {

    private final Path directive;
    private final Supplier<Outbox> outbox;
    private final InternetAddress from;
    private final Optional<URI> board;
    private final Locale locale;
    private final LocalTime from0;
    private final Clock clock;
    private final Consumer<String> log;

    /**
     * @param outbox a new outbox for each run (an SMTP connection is opened only if there is something to send)
     * @param at     from what time of day (in the Comune's zone) reminders go
     * @param log    where to say what was sent
     */
    public ServeReminders(Path directive, Supplier<Outbox> outbox, InternetAddress from, Optional<URI> board, Locale locale,
            LocalTime at, Clock clock, Consumer<String> log) {
        this.directive = directive;
        this.outbox = outbox;
        this.from = from;
        this.board = board;
        this.locale = locale;
        this.from0 = at;
        this.clock = clock;
        this.log = log;
    }

    @Override
    public void accept(Snapshot snapshot) {
        ZoneId zone = snapshot.document().directive().calendar().zone();
        if (LocalTime.now(clock.withZone(zone)).isBefore(from0)) {
            return;
        }
        Letters letters = new Letters(snapshot.schedule(), locale, from, board);
        try (Outbox box = outbox.get()) {
            ReminderRun.Report report = new ReminderRun(Ledger.beside(directive, clock), letters, box, clock, Duration.ofSeconds(30))
                    .run(snapshot.board());
            if (!report.sent().isEmpty() || !report.failed().isEmpty() || report.stopped().isPresent()) {
                log.accept("promemoria: " + report.sent().size() + " inviati, " + report.failed().size() + " non inviati"
                        + report.stopped().map(e -> " (" + e.getMessage() + ")").orElse("") + (report.digest() ? "; riepilogo inviato" : ""));
            }
        } catch (LedgerBusyException e) {
            log.accept("promemoria: un altro invio è in corso (" + e.folder() + "), riprovo al prossimo controllo");
        } catch (Exception e) {
            log.accept("promemoria non inviati: " + e.getMessage());
        }
    }
}

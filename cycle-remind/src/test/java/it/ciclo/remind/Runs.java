package it.ciclo.remind;

import it.ciclo.board.Board;
import it.ciclo.remind.ledger.Ledger;
import it.ciclo.remind.mail.Letters;
import it.ciclo.remind.mail.MailSettings;
import it.ciclo.remind.mail.Outbox;
import it.ciclo.remind.mail.Security;
import it.ciclo.remind.mail.SmtpOutbox;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Runs of the reminders as the command makes them, on the sample directive. */
public final class Runs {

    public static final String FROM = "Ufficio Programmazione <ciclo@comune.esempio.it>";

    private Runs() {
    }

    public static MailSettings settings(int port, Security security, String user, String password, List<X509Certificate> trusted) {
        try {
            return new MailSettings("localhost", port, security, Optional.ofNullable(user),
                    password == null ? new char[0] : password.toCharArray(), MailSettings.sender(FROM), trusted, Duration.ofSeconds(5));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** One run on {@code board}, the ledger beside {@code directive}, into {@code outbox}. */
    public static ReminderRun.Report run(Path directive, Board board, Outbox outbox, Locale locale) throws Exception {
        try (outbox) {
            Clock clock = Clock.fixed(board.asOf().atTime(8, 0).atZone(ZoneId.of("Europe/Rome")).toInstant(), ZoneId.of("Europe/Rome"));
            Letters letters = new Letters(board.schedule(), locale, MailSettings.sender(FROM), Optional.empty());
            return new ReminderRun(Ledger.beside(directive, clock), letters, outbox, clock, Duration.ofSeconds(30)).run(board);
        }
    }

    public static ReminderRun.Report run(Path directive, Board board, MailSettings settings) throws Exception {
        return run(directive, board, new SmtpOutbox(settings), Locale.ITALIAN);
    }
}

package it.ciclo.cli;

import it.ciclo.board.Board;
import it.ciclo.board.Scan;
import it.ciclo.board.ScanListener;
import it.ciclo.directive.Directive;
import it.ciclo.i18n.Message;
import it.ciclo.remind.Reminder;
import it.ciclo.remind.ReminderRun;
import it.ciclo.remind.Step;
import it.ciclo.remind.ledger.Ledger;
import it.ciclo.remind.ledger.LedgerBusyException;
import it.ciclo.remind.mail.EmlOutbox;
import it.ciclo.remind.mail.Letters;
import it.ciclo.remind.mail.MailException;
import it.ciclo.remind.mail.Outbox;
import it.ciclo.remind.mail.SmtpOutbox;
import it.ciclo.store.local.LocalFolderStore;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cycle promemoria FILE --store DIR --smtp-host HOST ...} ({@code cycle remind}): writes to
 * each Settore that has not handed in before its internal deadline, on the day and after it, and
 * sends the Ufficio a digest, each message once (the ledger beside the directive). {@code --dry-run
 * DIR} writes the messages as {@code .eml} files instead, and records nothing. Exit codes: 0 done; 1
 * the server refused some messages (the others went); 2 unusable input, or the server refused the
 * login or could not be trusted (nothing sent); 3 the server could not be reached, or another run
 * holds the ledger (try later: what was not sent goes then).
 */
@Command(name = "remind", aliases = "promemoria", resourceBundle = "it.ciclo.cli.usage", mixinStandardHelpOptions = true)
final class RemindCommand implements Callable<Integer> {

    @Mixin
    DirectiveOptions directive;

    @Mixin
    StoreOptions storeOptions;

    @Mixin
    MailOptions mail;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD", descriptionKey = "remind.today")
    String today;

    @Option(names = "--dry-run", paramLabel = "DIR", descriptionKey = "remind.dryRun")
    Path dryRun;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws UnusableInputException, RepositoryUnavailableException, IOException {
        Locale locale = directive.locale();
        CliText text = new CliText(locale);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DirectiveOptions.Loaded loaded = directive.load(storeOptions);
        Directive d = loaded.document().directive();
        LocalDate day = StatusCommand.asOf(today, text, d.calendar().zone());
        Outbox outbox = dryRun != null ? new EmlOutbox(dryRun) : smtp(d, text, err);
        Letters letters = new Letters(loaded.schedule(), locale, mail.sender(d, text), mail.board(text));
        Board board = board(loaded, day, locale);
        ReminderRun.Report report;
        try (outbox) {
            report = new ReminderRun(Ledger.beside(directive.file, Clock.systemUTC()), letters, outbox, Clock.systemUTC(),
                    Duration.ofMinutes(10)).run(board);
        } catch (LedgerBusyException e) {
            throw new RepositoryUnavailableException(text.get("remind.busy", e.folder()));
        } catch (MessagingException e) {
            throw new IllegalStateException("a message could not be composed", e);
        }
        print(report, d, text, out);
        if (outbox instanceof EmlOutbox eml) {
            out.println(text.get("remind.summary.dryRun", eml.written().size(), dryRun));
        }
        if (report.stopped().isPresent()) {
            MailException e = report.stopped().get();
            if (e.kind() == MailException.Kind.UNREACHABLE) {
                throw new RepositoryUnavailableException(text.get("remind.stopped.unreachable", mail.host, e.getMessage()));
            }
            throw new UnusableInputException(text.get(e.kind() == MailException.Kind.LOGIN_REFUSED ? "remind.stopped.login"
                    : "remind.stopped.untrusted", mail.host, e.getMessage()));
        }
        return report.failed().isEmpty() ? 0 : CycleCommand.ERRORS_FOUND;
    }

    private Outbox smtp(Directive d, CliText text, PrintWriter err) throws UnusableInputException {
        try {
            return new SmtpOutbox(mail.settings(d, text, err));
        } catch (MailException e) {
            throw new UnusableInputException(text.get("remind.stopped.untrusted", mail.host, e.getMessage()));
        }
    }

    private Board board(DirectiveOptions.Loaded loaded, LocalDate day, Locale locale)
            throws UnusableInputException, RepositoryUnavailableException {
        Scan scan = new Scan(loaded.schedule(), StoreOptions.layout(loaded.document(), directive.places()));
        if (storeOptions.isCmis()) {
            return CmisRun.board(scan, storeOptions, day, ScanListener.NONE, locale);
        }
        try (LocalFolderStore store = storeOptions.open(locale)) {
            return scan.run(store, day, ScanListener.NONE);
        }
    }

    private static void print(ReminderRun.Report report, Directive d, CliText text, PrintWriter out) {
        Locale locale = text.locale();
        out.println(text.get("remind.heading", d.id(), Message.date(report.day(), locale)));
        for (var s : report.sent()) {
            out.println(text.get(report.retried().contains(s.reminder()) ? "remind.sent.again" : "remind.sent",
                    line(s.reminder(), text), String.join(", ", s.to())));
        }
        for (Reminder r : report.noContact()) {
            out.println(text.get("remind.noContact", line(r, text)));
        }
        for (var f : report.failed()) {
            out.println(text.get("remind.failed", line(f.reminder(), text), f.reason()));
        }
        if (report.digest()) {
            out.println(text.get("remind.digest"));
        }
        if (report.due().isEmpty()) {
            out.println(text.get("remind.nothing"));
        } else {
            out.println(text.get("remind.summary", report.sent().size(), report.already().size(), report.noContact().size(),
                    report.failed().size()));
        }
    }

    private static String line(Reminder r, CliText text) {
        String step = r.step() == Step.CHASER ? text.get("remind.step.chaser", r.chase()) : text.get("remind.step." + r.step());
        return text.get("remind.line", r.sector().name(), r.act().title(), step, Message.date(r.due(), text.locale()));
    }
}

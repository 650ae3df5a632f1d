package it.ciclo.cli;

import it.ciclo.remind.mail.MailSettings;
import it.ciclo.remind.mail.SmtpOutbox;
import it.ciclo.serve.CycleServer;
import it.ciclo.serve.ServeReminders;
import it.ciclo.serve.ServeSettings;
import it.ciclo.serve.Site;
import it.ciclo.serve.pages.Pages;
import it.ciclo.serve.security.InvalidUsersFileException;
import it.ciclo.serve.security.Sessions;
import it.ciclo.serve.security.Throttle;
import it.ciclo.serve.security.Users;
import it.ciclo.serve.snapshot.Archive;
import it.ciclo.serve.snapshot.CmisArchive;
import it.ciclo.serve.snapshot.FolderLinks;
import it.ciclo.serve.snapshot.LocalArchive;
import it.ciclo.serve.snapshot.Lookout;
import it.ciclo.serve.snapshot.Snapshot;
import jakarta.mail.internet.InternetAddress;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cycle serve FILE --store DIR}: the board, the acts, the Settori, the events register and
 * the calendar as pages of an embedded web server, on this machine only unless {@code --bind} says
 * otherwise; looks at the store again every {@code --rescan}; with {@code --smtp-host}, sends the
 * reminders from {@code --promemoria-alle} on. Runs until stopped (Ctrl+C, or the service manager).
 * Exit codes: 2 unusable input (the directive, the users file, the options); 3 the store or the
 * port cannot be reached when starting.
 */
@Command(name = "serve", resourceBundle = "it.ciclo.cli.usage", mixinStandardHelpOptions = true)
final class ServeCommand implements Callable<Integer> {

    /** The environment variable holding the HTTPS keystore's password. */
    static final String HTTPS_PASSWORD_VARIABLE = "CICLO_HTTPS_PASSWORD";

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "file")
    Path file;

    @Option(names = "--lang", paramLabel = "it|en", descriptionKey = "serve.lang")
    String lang;

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = ServeSettings.LOOPBACK, descriptionKey = "serve.bind")
    String bind;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", descriptionKey = "serve.port")
    int port;

    @Option(names = "--rescan", paramLabel = "DURATION", defaultValue = "5m", descriptionKey = "serve.rescan")
    String rescan;

    @Option(names = "--users", paramLabel = "FILE", descriptionKey = "serve.users")
    Path users;

    @Option(names = "--folder-link", paramLabel = "PATTERN", descriptionKey = "serve.folderLink")
    String folderLink;

    @Option(names = "--reminder-days", paramLabel = "N", defaultValue = "3", descriptionKey = "calendar.reminder")
    int reminderDays;

    @Option(names = "--https-keystore", paramLabel = "FILE", descriptionKey = "serve.https")
    Path https;

    @Option(names = "--https-password-file", paramLabel = "FILE", descriptionKey = "serve.httpsPassword")
    Path httpsPassword;

    @Option(names = "--promemoria-alle", paramLabel = "HH:MM", defaultValue = "08:00", descriptionKey = "serve.remindAt")
    String remindAt;

    @Mixin
    MailOptions mail;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Locale locale = lang != null ? Languages.parse(lang) : Languages.fromArgs(new String[0]);
        CliText text = new CliText(locale);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Duration every = duration(rescan, text);
        if (reminderDays < 0) {
            throw new UnusableInputException(text.get("reminder.negative", reminderDays));
        }
        checkBind(text);
        Archive archive = archive(locale, text);
        Users who = users(text);
        char[] keyPassword = httpsPassword(text, err);
        ServeSettings settings = new ServeSettings(bind, port, every, reminderDays, Optional.ofNullable(https), keyPassword);
        Arrays.fill(keyPassword, '\0');
        Clock clock = Clock.systemDefaultZone();
        Consumer<String> log = line -> {
            synchronized (out) {
                out.println(LocalTimeNow.stamp() + " " + line);
                out.flush();
            }
        };
        Consumer<Snapshot> reminders = reminders(text, err, clock, log, locale);
        Lookout lookout = new Lookout(file, archive, clock, reminders);
        Snapshot first;
        try {
            first = lookout.refresh();
        } catch (Lookout.LookFailedException e) {
            lookout.close();
            throw new UnusableInputException(e.why().describe(locale));
        }
        lookout.every(every);
        Site site = new Site(lookout, new Pages(), who, new Sessions(clock), new Throttle(clock), clock, every, reminderDays, log);
        CycleServer server;
        try {
            server = CycleServer.start(settings, site);
        } catch (IOException e) {
            lookout.close();
            throw new RepositoryUnavailableException(text.get("serve.port.busy", bind, port, e.getMessage()));
        }
        out.println(text.get("serve.started", server.uri(), first.document().directive().id(), archive.location(),
                first.board().entriesSeen(), first.took().toMillis() / 1000.0));
        if (!InetAddress.getByName(bind).isLoopbackAddress()) {
            out.println(text.get(https == null ? "serve.exposed" : "serve.exposed.https", bind));
        }
        if (who.isEmpty()) {
            out.println(text.get("serve.noUsers"));
        }
        out.flush();
        try {
            server.join();
        } finally {
            server.close();
            lookout.close();
        }
        return 0;
    }

    private Archive archive(Locale locale, CliText text) throws UnusableInputException, RepositoryUnavailableException {
        FolderLinks links;
        try {
            links = new FolderLinks(Optional.ofNullable(folderLink));
        } catch (IllegalArgumentException e) {
            throw new UnusableInputException(text.get("serve.folderLink.invalid", folderLink));
        }
        if (storeOptions.isCmis()) {
            storeOptions.openCmis(locale).close();
            return new CmisArchive(storeOptions.location(), () -> storeOptions.openCmis(locale), links);
        }
        storeOptions.open(locale).close();
        return new LocalArchive(storeOptions.store, links);
    }

    private Users users(CliText text) throws UnusableInputException {
        if (users == null) {
            return Users.none();
        }
        try {
            return Users.read(users);
        } catch (InvalidUsersFileException e) {
            throw new UnusableInputException(text.get("serve.users.invalid", e.file(), e.line()));
        } catch (IOException e) {
            throw new UnusableInputException(text.get("secret.unreadable", "--users", users));
        }
    }

    private char[] httpsPassword(CliText text, PrintWriter err) throws UnusableInputException {
        if (https == null) {
            return new char[0];
        }
        if (!Files.isReadable(https)) {
            throw new UnusableInputException(text.get("secret.unreadable", "--https-keystore", https));
        }
        return Secrets.read(httpsPassword, "--https-password-file", HTTPS_PASSWORD_VARIABLE, System::getenv, "serve.httpsPassword.missing",
                text, err);
    }

    private Consumer<Snapshot> reminders(CliText text, PrintWriter err, Clock clock, Consumer<String> log, Locale locale)
            throws Exception {
        if (!mail.isSet()) {
            return s -> { };
        }
        LocalTime at;
        try {
            at = LocalTime.parse(remindAt, DateTimeFormatter.ofPattern("H:mm"));
        } catch (DateTimeParseException e) {
            throw new UnusableInputException(text.get("serve.remindAt.invalid", remindAt));
        }
        it.ciclo.directive.Directive d = DirectiveOptions.read(file, new Places(text, false)).directive();
        MailSettings settings = mail.settings(d, text, err);
        InternetAddress from = mail.sender(d, text);
        return new ServeReminders(file, () -> {
            try {
                return new SmtpOutbox(settings);
            } catch (it.ciclo.remind.mail.MailException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }, from, mail.board(text), locale, at, clock, log);
    }

    private void checkBind(CliText text) throws UnusableInputException {
        try {
            InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            throw new UnusableInputException(text.get("serve.bind.invalid", bind));
        }
        if (port < 0 || port > 65535) {
            throw new UnusableInputException(text.get("mail.port.invalid", port));
        }
    }

    /** {@code 30s}, {@code 5m}, {@code 1h}, or ISO-8601 ({@code PT5M}); at least 5 seconds. */
    static Duration duration(String written, CliText text) throws UnusableInputException {
        try {
            String w = written.strip().toLowerCase(Locale.ROOT);
            Duration d;
            if (w.startsWith("pt")) {
                d = Duration.parse(w.toUpperCase(Locale.ROOT));
            } else {
                long n = Long.parseLong(w.substring(0, w.length() - 1));
                d = switch (w.charAt(w.length() - 1)) {
                    case 's' -> Duration.ofSeconds(n);
                    case 'm' -> Duration.ofMinutes(n);
                    case 'h' -> Duration.ofHours(n);
                    default -> throw new NumberFormatException(w);
                };
            }
            if (d.compareTo(Duration.ofSeconds(5)) < 0) {
                throw new NumberFormatException(w);
            }
            return d;
        } catch (RuntimeException e) {
            throw new UnusableInputException(text.get("serve.rescan.invalid", written));
        }
    }

    /** The time at the start of each log line. */
    private static final class LocalTimeNow {
        static String stamp() {
            return java.time.LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
        }
    }
}

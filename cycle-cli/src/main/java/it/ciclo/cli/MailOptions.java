package it.ciclo.cli;

import it.ciclo.directive.Contact;
import it.ciclo.directive.Directive;
import it.ciclo.remind.mail.MailSettings;
import it.ciclo.remind.mail.Security;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UnsupportedEncodingException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Option;

/**
 * The mail server and the sender, for {@code cycle promemoria} and {@code cycle serve}: {@code
 * --smtp-host}, the port (587 for STARTTLS, 465 for SMTPS, 25 without encryption unless given),
 * {@code --smtp-security}, {@code --smtp-user} with the password from {@value #PASSWORD_VARIABLE} or
 * {@code --smtp-password-file}, never the command line; {@code --smtp-ca} for an authority of the
 * Comune's own; {@code --from}; {@code --board-url} for the link to the pages of {@code cycle serve}.
 */
final class MailOptions {

    /** The environment variable holding the SMTP password. */
    static final String PASSWORD_VARIABLE = "CICLO_SMTP_PASSWORD";

    @Option(names = "--smtp-host", paramLabel = "HOST", descriptionKey = "mail.host")
    String host;

    @Option(names = "--smtp-port", paramLabel = "PORT", descriptionKey = "mail.port")
    Integer port;

    @Option(names = "--smtp-security", paramLabel = "starttls|smtps|none", defaultValue = "starttls", descriptionKey = "mail.security")
    String security;

    @Option(names = "--smtp-user", paramLabel = "NAME", descriptionKey = "mail.user")
    String user;

    @Option(names = "--smtp-password-file", paramLabel = "FILE", descriptionKey = "mail.passwordFile")
    Path passwordFile;

    @Option(names = "--smtp-ca", paramLabel = "FILE", descriptionKey = "mail.ca")
    Path ca;

    @Option(names = "--from", paramLabel = "\"NAME <ADDRESS>\"", descriptionKey = "mail.from")
    String from;

    @Option(names = "--board-url", paramLabel = "URL", descriptionKey = "mail.boardUrl")
    String boardUrl;

    /** Where the environment is read; tests replace it. */
    UnaryOperator<String> environment = System::getenv;

    /** Whether a mail server is named. */
    boolean isSet() {
        return host != null;
    }

    /** The sender: {@code --from}, else the directive's first office contact. */
    InternetAddress sender(Directive directive, CliText text) throws UnusableInputException {
        if (from != null) {
            try {
                return MailSettings.sender(from);
            } catch (AddressException e) {
                throw new UnusableInputException(text.get("mail.from.invalid", from));
            }
        }
        List<Contact> office = directive.reminders().office();
        if (office.isEmpty()) {
            throw new UnusableInputException(text.get("mail.from.missing"));
        }
        try {
            return new InternetAddress(office.get(0).email(), office.get(0).name().isBlank() ? null : office.get(0).name(), "UTF-8");
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The address of {@code cycle serve}'s pages, to link in the messages. */
    Optional<URI> board(CliText text) throws UnusableInputException {
        if (boardUrl == null) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(boardUrl.endsWith("/") ? boardUrl : boardUrl + "/");
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
                throw new URISyntaxException(boardUrl, "not http(s)");
            }
            return Optional.of(uri);
        } catch (URISyntaxException e) {
            throw new UnusableInputException(text.get("mail.boardUrl.invalid", boardUrl));
        }
    }

    /** How to reach the server, checked. */
    MailSettings settings(Directive directive, CliText text, PrintWriter err) throws UnusableInputException {
        if (host == null || host.isBlank()) {
            throw new UnusableInputException(text.get("mail.host.missing"));
        }
        Security mode = switch (security.toLowerCase(Locale.ROOT)) {
            case "starttls" -> Security.STARTTLS;
            case "smtps", "ssl", "tls" -> Security.SMTPS;
            case "none", "nessuna" -> Security.NONE;
            default -> throw new UnusableInputException(text.get("mail.security.invalid", security));
        };
        if (mode == Security.NONE && user != null) {
            throw new UnusableInputException(text.get("mail.security.clear"));
        }
        int p = port != null ? port : switch (mode) {
            case STARTTLS -> 587;
            case SMTPS -> 465;
            case NONE -> 25;
        };
        if (p < 1 || p > 65535) {
            throw new UnusableInputException(text.get("mail.port.invalid", p));
        }
        char[] password = user == null ? new char[0]
                : Secrets.read(passwordFile, "--smtp-password-file", PASSWORD_VARIABLE, environment, "mail.password.missing", text, err);
        try {
            return new MailSettings(host, p, mode, Optional.ofNullable(user), password, sender(directive, text), trusted(text),
                    Duration.ofSeconds(30));
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private List<X509Certificate> trusted(CliText text) throws UnusableInputException {
        if (ca == null) {
            return List.of();
        }
        try (InputStream in = Files.newInputStream(ca)) {
            List<X509Certificate> certificates = CertificateFactory.getInstance("X.509").generateCertificates(in).stream()
                    .map(c -> (X509Certificate) c).toList();
            if (certificates.isEmpty()) {
                throw new CertificateException("empty");
            }
            return certificates;
        } catch (IOException | CertificateException e) {
            throw new UnusableInputException(text.get("mail.ca.invalid", ca));
        }
    }
}

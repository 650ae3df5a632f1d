package it.ciclo.remind.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach the SMTP server and who the messages are from. The password is held as characters
 * and never printed ({@link #toString()} leaves it out).
 *
 * @param host       the server's name
 * @param port       its port (587 for STARTTLS, 465 for SMTPS, 25 for a plain relay)
 * @param security   how the connection is protected
 * @param user       the user to log in as; empty for a relay that takes no login
 * @param password   the password; empty without a user
 * @param from       the sender, as written in {@code From:} ("Ufficio Programmazione &lt;programmazione@comune.it&gt;")
 * @param trusted    certificates trusted besides the system's (an internal authority of the Comune)
 * @param timeout    how long to wait for a connection and for each answer
 */
public record MailSettings(String host, int port, Security security, Optional<String> user, char[] password,
        InternetAddress from, List<X509Certificate> trusted, Duration timeout) {

    public MailSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(security, "security");
        Objects.requireNonNull(user, "user");
        password = Objects.requireNonNull(password, "password").clone();
        Objects.requireNonNull(from, "from");
        trusted = List.copyOf(Objects.requireNonNull(trusted, "trusted"));
        Objects.requireNonNull(timeout, "timeout");
        if (host.isBlank()) {
            throw new IllegalArgumentException("no SMTP host");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("not a port: " + port);
        }
        if (security == Security.NONE && user.isPresent()) {
            throw new IllegalArgumentException("a password is never sent over an unencrypted connection");
        }
    }

    /** The sender written {@code text} ("Nome &lt;indirizzo&gt;" or an address), checked strictly. */
    public static InternetAddress sender(String text) throws AddressException {
        InternetAddress address = new InternetAddress(text, true);
        address.validate();
        return address;
    }

    @Override
    public char[] password() {
        return password.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MailSettings m && host.equals(m.host) && port == m.port && security == m.security
                && user.equals(m.user) && java.util.Arrays.equals(password, m.password) && from.equals(m.from)
                && trusted.equals(m.trusted) && timeout.equals(m.timeout);
    }

    @Override
    public int hashCode() {
        return Objects.hash(host, port, security, user, from, trusted, timeout);
    }

    /** Everything but the password. */
    @Override
    public String toString() {
        return "MailSettings[host=" + host + ", port=" + port + ", security=" + security + ", user=" + user.orElse("-")
                + ", from=" + from + ", trusted=" + trusted.size() + ", timeout=" + timeout + "]";
    }
}

package it.ciclo.serve;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How {@code cycle serve} listens and looks.
 *
 * @param bind         the address to listen on: {@code 127.0.0.1} (this machine only) unless the
 *                     office chooses to expose it ({@code --bind 0.0.0.0} or the machine's address)
 * @param port         the port
 * @param every        how often to look at the store again
 * @param reminderDays the calendar's reminder, in days before each deadline
 * @param https        a PKCS#12 keystore with the server's certificate, to serve over HTTPS
 * @param keyPassword  its password (from the environment or a file, never the command line)
 */
public record ServeSettings(String bind, int port, Duration every, int reminderDays, Optional<Path> https, char[] keyPassword) {

    /** This machine only. */
    public static final String LOOPBACK = "127.0.0.1";

    public ServeSettings {
        Objects.requireNonNull(bind, "bind");
        Objects.requireNonNull(every, "every");
        Objects.requireNonNull(https, "https");
        keyPassword = Objects.requireNonNull(keyPassword, "keyPassword").clone();
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("not a port: " + port);
        }
        if (every.compareTo(Duration.ofSeconds(5)) < 0) {
            throw new IllegalArgumentException("looking more often than every 5 seconds: " + every);
        }
    }

    @Override
    public char[] keyPassword() {
        return keyPassword.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ServeSettings s && bind.equals(s.bind) && port == s.port && every.equals(s.every)
                && reminderDays == s.reminderDays && https.equals(s.https) && java.util.Arrays.equals(keyPassword, s.keyPassword);
    }

    @Override
    public int hashCode() {
        return Objects.hash(bind, port, every, reminderDays, https);
    }

    /** Everything but the password. */
    @Override
    public String toString() {
        return "ServeSettings[bind=" + bind + ", port=" + port + ", every=" + every + ", reminderDays=" + reminderDays
                + ", https=" + https + "]";
    }
}

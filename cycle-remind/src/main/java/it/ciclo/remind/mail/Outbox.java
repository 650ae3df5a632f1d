package it.ciclo.remind.mail;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/** Where composed messages go: an SMTP server, or {@code .eml} files to read first ({@code --dry-run}). */
public interface Outbox extends AutoCloseable {

    /** The mail session messages are composed in. */
    Session session();

    /**
     * Hands {@code message} over; returns once it is accepted.
     *
     * @throws MailException if it was not accepted (the server is unreachable, refused the login, or
     *                       refused the message)
     */
    void send(MimeMessage message) throws MailException;

    /** Whether messages really leave (false for a dry run). */
    boolean delivers();

    @Override
    void close();
}

package it.ciclo.remind.mail;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocketFactory;

/**
 * An SMTP server, through Jakarta Mail: one connection for the whole run, opened with the first
 * message. STARTTLS is required, never merely tried (a server that does not offer it is refused, so a
 * password never travels in clear); the server's certificate must be trusted and must name the host.
 */
public final class SmtpOutbox implements Outbox {

    private final MailSettings settings;
    private final Session session;
    private Transport transport;

    public SmtpOutbox(MailSettings settings) throws MailException {
        this.settings = settings;
        this.session = Session.getInstance(properties(settings));
    }

    private static Properties properties(MailSettings s) throws MailException {
        String p = s.security() == Security.SMTPS ? "mail.smtps." : "mail.smtp.";
        Properties props = new Properties();
        String ms = Long.toString(s.timeout().toMillis());
        props.put(p + "host", s.host());
        props.put(p + "port", Integer.toString(s.port()));
        props.put(p + "connectiontimeout", ms);
        props.put(p + "timeout", ms);
        props.put(p + "writetimeout", ms);
        props.put(p + "from", s.from().getAddress());
        props.put(p + "auth", Boolean.toString(s.user().isPresent()));
        if (s.security() != Security.NONE) {
            SSLSocketFactory sockets;
            try {
                sockets = Trust.socketFactory(s.trusted());
            } catch (GeneralSecurityException e) {
                throw new MailException(MailException.Kind.UNTRUSTED, e.getMessage(), e);
            }
            props.put(p + "ssl.socketFactory", sockets);
            props.put(p + "ssl.checkserveridentity", "true");
            props.put(p + "ssl.protocols", "TLSv1.3 TLSv1.2");
        }
        if (s.security() == Security.STARTTLS) {
            props.put("mail.smtp.starttls.enable", "true");
            props.put("mail.smtp.starttls.required", "true");
        }
        return props;
    }

    @Override
    public Session session() {
        return session;
    }

    @Override
    public boolean delivers() {
        return true;
    }

    @Override
    public void send(MimeMessage message) throws MailException {
        if (transport == null || !transport.isConnected()) {
            connect();
        }
        try {
            message.saveChanges();
            transport.sendMessage(message, message.getAllRecipients());
        } catch (SendFailedException e) {
            throw new MailException(MailException.Kind.REFUSED, describe(e), e);
        } catch (MessagingException e) {
            throw failure(e);
        }
    }

    private void connect() throws MailException {
        char[] password = settings.password();
        try {
            transport = session.getTransport(settings.security() == Security.SMTPS ? "smtps" : "smtp");
            transport.connect(settings.host(), settings.port(), settings.user().orElse(null),
                    settings.user().isPresent() ? new String(password) : null);
        } catch (AuthenticationFailedException e) {
            throw new MailException(MailException.Kind.LOGIN_REFUSED, describe(e), e);
        } catch (MessagingException e) {
            throw failure(e);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private static MailException failure(MessagingException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SSLException) {
                return new MailException(MailException.Kind.UNTRUSTED, describe(t), e);
            }
        }
        String text = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        if (text.contains("starttls")) {
            // "STARTTLS is required but host does not support STARTTLS": nothing goes over a plain connection.
            return new MailException(MailException.Kind.UNTRUSTED, describe(e), e);
        }
        boolean io = false;
        for (Throwable t = e; t != null; t = t.getCause()) {
            io |= t instanceof IOException;
        }
        if (io || text.contains("couldn't connect")) {
            return new MailException(MailException.Kind.UNREACHABLE, describe(e), e);
        }
        return new MailException(MailException.Kind.REFUSED, describe(e), e);
    }

    /** The server's own words, without Java's class names. */
    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String own = String.valueOf(e.getMessage()).strip();
        String deepest = String.valueOf(root.getMessage()).strip();
        return root == e || own.contains(deepest) ? own : own + " (" + deepest + ")";
    }

    @Override
    public void close() {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException e) {
                // The messages were accepted or not before this; closing cannot change that.
            }
        }
    }
}

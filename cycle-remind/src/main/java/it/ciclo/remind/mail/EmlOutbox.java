package it.ciclo.remind.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * A dry run: each message is written as an {@code .eml} file (which Outlook and Thunderbird open) to
 * a folder, named after the reminder, and nothing is sent. An existing file is never overwritten: a
 * second dry run into the same folder numbers its files.
 */
public final class EmlOutbox implements Outbox {

    private final Path folder;
    private final Session session = Session.getInstance(new Properties());
    private final List<Path> written = new ArrayList<>();

    public EmlOutbox(Path folder) {
        this.folder = folder;
    }

    @Override
    public Session session() {
        return session;
    }

    @Override
    public boolean delivers() {
        return false;
    }

    /** The files written so far. */
    public List<Path> written() {
        return List.copyOf(written);
    }

    @Override
    public void send(MimeMessage message) throws MailException {
        try {
            Files.createDirectories(folder);
            message.saveChanges();
            String id = message.getHeader("X-Ciclo-Key", null);
            String base = id == null ? "messaggio" : id;
            for (int n = 1; ; n++) {
                Path file = folder.resolve(n == 1 ? base + ".eml" : base + "-" + n + ".eml");
                try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                    message.writeTo(out);
                    written.add(file);
                    return;
                } catch (java.nio.file.FileAlreadyExistsException e) {
                    // A file of an earlier dry run: left alone, the next number is tried.
                }
            }
        } catch (IOException | MessagingException e) {
            throw new MailException(MailException.Kind.UNREACHABLE, folder + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
    }
}

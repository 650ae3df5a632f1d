package it.ciclo.remind.ledger;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import it.ciclo.format.DirectiveFiles;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What reminders were sent, kept beside the directive so that none goes twice: a hidden folder
 * {@code .<directive>.promemoria/} (for {@code direttiva.json}, {@code .direttiva.promemoria/}) with
 * an append-only log {@code invii.jsonl}, one JSON object a line, and a {@code lock} file.
 *
 * <p>How a run uses it, and why a reminder is never sent twice by overlapping runs:
 * <ol>
 *   <li>it takes the folder's lock ({@link #lock}), an operating-system file lock held until the run
 *       ends and released by the system if the process dies: a second run waits for the first and
 *       then sees what it sent;</li>
 *   <li>before handing a message to the SMTP server it appends {@code sending} and forces it to
 *       disk; once the server has accepted the message, {@code sent}; if the server refused it or
 *       could not be reached, {@code failed};</li>
 *   <li>a key with {@code sent} is never sent again; a key with only {@code sending} or {@code failed}
 *       was not (known to be) delivered, and is sent again by the next run.</li>
 * </ol>
 * So a run killed at any moment loses nothing: the next run completes it. The one case of a
 * duplicate is a run killed after the server accepted a message and before {@code sent} reached
 * the disk (a window of one disk write): that message is sent again, once. Ciclo therefore sends
 * <em>at least once</em>, and at most one duplicate per interrupted run. The message id is the same
 * both times, which lets mail servers and programs that drop repeated ids drop it.
 *
 * <p>A line cut short by a crash is skipped when reading; nothing in the log is ever rewritten.
 * Locks hold between processes of one machine, and on a Windows share (SMB); two machines sending
 * reminders for the same directive over a share without locks (some NFS set-ups) are not protected.
 */
public final class Ledger {

    /** The log's name inside the ledger folder. */
    static final String LOG = "invii.jsonl";
    private static final JsonFactory JSON = new JsonFactory();

    private final Path folder;
    private final Clock clock;

    private Ledger(Path folder, Clock clock) {
        this.folder = folder;
        this.clock = clock;
    }

    /** The ledger of the directive in {@code directive}: a hidden folder beside it. */
    public static Ledger beside(Path directive, Clock clock) {
        return new Ledger(DirectiveFiles.beside(directive.toAbsolutePath(), ".", ".promemoria"), Objects.requireNonNull(clock, "clock"));
    }

    /** The ledger's folder. */
    public Path folder() {
        return folder;
    }

    /** What was recorded for each key, in the order first recorded. */
    public Map<String, Entry> read() throws IOException {
        Map<String, Entry> entries = new LinkedHashMap<>();
        Path log = folder.resolve(LOG);
        if (!Files.exists(log)) {
            return entries;
        }
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            Record r = parse(line);
            if (r == null) {
                continue;
            }
            Entry before = entries.getOrDefault(r.key, new Entry(r.key, false, r.at, 0));
            entries.put(r.key, new Entry(r.key, before.sent() || r.state.equals("sent"), r.at,
                    before.attempts() + (r.state.equals("sending") ? 1 : 0)));
        }
        return entries;
    }

    /**
     * What the log knows of one key.
     *
     * @param key      the reminder's key
     * @param sent     whether a server accepted it
     * @param last     when it was last recorded
     * @param attempts how many times sending it began
     */
    public record Entry(String key, boolean sent, Instant last, int attempts) {
    }

    /**
     * Takes the ledger's lock, waiting up to {@code wait} for another run to end.
     *
     * @throws LedgerBusyException if another run still holds it after {@code wait}
     */
    public Lock lock(Duration wait) throws IOException, LedgerBusyException {
        Files.createDirectories(folder);
        FileChannel channel = FileChannel.open(folder.resolve("lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        long end = System.nanoTime() + wait.toNanos();
        try {
            while (true) {
                FileLock lock;
                try {
                    lock = channel.tryLock();
                } catch (OverlappingFileLockException e) {
                    lock = null;
                }
                if (lock != null) {
                    return new Lock(channel, lock);
                }
                if (System.nanoTime() > end) {
                    channel.close();
                    throw new LedgerBusyException(folder);
                }
                Thread.sleep(200);
            }
        } catch (InterruptedException e) {
            channel.close();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for " + folder, e);
        }
    }

    /** The ledger's lock, held until closed. While held, the ledger can be written. */
    public final class Lock implements AutoCloseable {
        private final FileChannel channel;
        private final FileLock lock;

        private Lock(FileChannel channel, FileLock lock) {
            this.channel = channel;
            this.lock = lock;
        }

        /** Records that sending {@code key} to {@code to} begins; on disk before this returns. */
        public void sending(String key, List<String> to) throws IOException {
            append(key, "sending", Map.of("to", String.join(", ", to)));
        }

        /** Records that a server accepted {@code key}, with the message id it was sent with. */
        public void sent(String key, String messageId) throws IOException {
            append(key, "sent", Map.of("messageId", messageId));
        }

        /** Records that {@code key} could not be sent, and why. */
        public void failed(String key, String reason) throws IOException {
            append(key, "failed", Map.of("reason", reason));
        }

        @Override
        public void close() throws IOException {
            try {
                lock.release();
            } finally {
                channel.close();
            }
        }
    }

    private void append(String key, String state, Map<String, String> more) throws IOException {
        StringWriter line = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(line)) {
            g.writeStartObject();
            g.writeStringField("key", key);
            g.writeStringField("state", state);
            g.writeStringField("at", clock.instant().toString());
            for (Map.Entry<String, String> e : more.entrySet()) {
                g.writeStringField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
        }
        line.write('\n');
        try (FileChannel log = FileChannel.open(folder.resolve(LOG), StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE)) {
            // Appended at the end; the lock makes this process the only writer.
            log.position(log.size());
            // A line cut short by a crash is ended first, so that this record stands on a line of its own.
            String text = endsCut(log) ? "\n" + line : line.toString();
            ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
            while (bytes.hasRemaining()) {
                log.write(bytes);
            }
            log.force(true);
        }
    }

    private static boolean endsCut(FileChannel log) throws IOException {
        long size = log.size();
        if (size == 0) {
            return false;
        }
        ByteBuffer last = ByteBuffer.allocate(1);
        log.read(last, size - 1);
        return last.get(0) != '\n';
    }

    private record Record(String key, String state, Instant at) {
    }

    /** One line of the log, or null for a line that is not one (cut short by a crash). */
    private static Record parse(String line) {
        String key = null;
        String state = null;
        Instant at = null;
        try (JsonParser p = JSON.createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "key" -> key = p.getValueAsString();
                    case "state" -> state = p.getValueAsString();
                    case "at" -> at = Instant.parse(p.getValueAsString());
                    default -> p.skipChildren();
                }
            }
            if (p.currentToken() != JsonToken.END_OBJECT) {
                return null;
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return key == null || state == null || at == null ? null : new Record(key, state, at);
    }
}

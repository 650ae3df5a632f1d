package it.ciclo.serve.snapshot;

import it.ciclo.board.Board;
import it.ciclo.board.Scan;
import it.ciclo.board.ScanListener;
import it.ciclo.check.DirectiveChecker;
import it.ciclo.deadline.Schedule;
import it.ciclo.directive.Directive;
import it.ciclo.format.DirectiveDocument;
import it.ciclo.format.DirectiveReader;
import it.ciclo.format.InvalidFileException;
import it.ciclo.i18n.Localizable;
import it.ciclo.layout.Layout;
import it.ciclo.layout.LayoutException;
import it.ciclo.register.EventRegister;
import it.ciclo.register.RegisterHistory;
import it.ciclo.register.store.RegisterStore;
import it.ciclo.store.DocumentStore;
import it.ciclo.store.StoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Looks at the directive, the register and the store, on a schedule and when asked, and keeps the
 * latest {@link Snapshot} for the pages. One look at a time; pages never wait for one (they read the
 * snapshot there is). The directive is read again when its file changes; a directive that became
 * invalid, a register that cannot be read or a store that cannot be reached leave the last good
 * snapshot in place, with the reason, which the pages show.
 */
public final class Lookout implements AutoCloseable {

    private final Path directive;
    private final Archive archive;
    private final Clock clock;
    private final Consumer<Snapshot> listener;
    private final AtomicReference<Snapshot> current = new AtomicReference<>();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "ciclo-lookout");
        t.setDaemon(true);
        return t;
    });
    private DirectiveDocument document;
    private FileTime read;
    private long scans;

    /**
     * @param listener told of each new snapshot, in the lookout's thread (the reminders run there)
     */
    public Lookout(Path directive, Archive archive, Clock clock, Consumer<Snapshot> listener) {
        this.directive = Objects.requireNonNull(directive, "directive");
        this.archive = Objects.requireNonNull(archive, "archive");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /** The latest snapshot; null before the first look succeeded. */
    public Snapshot current() {
        return current.get();
    }

    /** How many scans were made. */
    public synchronized long scans() {
        return scans;
    }

    public Archive archive() {
        return archive;
    }

    /**
     * Looks now. The first look's failure is thrown (the server does not start on a directive it
     * cannot read); a later one is kept on the snapshot.
     *
     * @throws LookFailedException if nothing could be looked at
     */
    public synchronized Snapshot refresh() throws LookFailedException {
        Instant start = clock.instant();
        Snapshot next;
        try {
            next = look(start);
        } catch (LookFailedException e) {
            Snapshot last = current.get();
            if (last == null) {
                throw e;
            }
            current.set(last.failed(e.why()));
            return current.get();
        }
        current.set(next);
        listener.accept(next);
        return next;
    }

    /** Looks every {@code interval} from now on, in a thread of its own; failures stay on the snapshot. */
    public void every(Duration interval) {
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                refresh();
            } catch (LookFailedException | RuntimeException e) {
                // Kept on the snapshot by refresh(); a runtime failure must not stop the schedule.
            }
        }, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Work on the register, with the store open. */
    @FunctionalInterface
    public interface RegisterWork<T> {
        T run(RegisterStore store, EventRegister register) throws Exception;
    }

    /**
     * Runs {@code work} on the events register, between two looks, then looks again so that the pages
     * show what it changed.
     */
    public synchronized <T> T withRegister(RegisterWork<T> work) throws Exception {
        Snapshot now = current.get();
        Layout layout = Layout.of(now.document().directive());
        T result;
        try (DocumentStore store = archive.open()) {
            RegisterStore register = archive.register(store, directive, layout);
            result = work.run(register, register.load(now.document().directive().id()));
        }
        refresh();
        return result;
    }

    private Snapshot look(Instant start) throws LookFailedException {
        DirectiveDocument doc = directive();
        Directive d = doc.directive();
        Layout layout;
        try {
            layout = Layout.of(d);
        } catch (LayoutException e) {
            throw new LookFailedException(locale -> e.problems().stream()
                    .map(p -> p.jsonPath() + ": " + p.message().render(locale)).collect(Collectors.joining("; ")));
        }
        try (DocumentStore store = open()) {
            RegisterStore registerStore = archive.register(store, directive, layout);
            EventRegister register;
            try {
                register = registerStore.load(d.id());
            } catch (InvalidFileException e) {
                throw new LookFailedException(e::render);
            } catch (StoreException e) {
                throw new LookFailedException(e::render);
            }
            for (String id : register.inForce().asMap().keySet()) {
                if (!d.events().containsKey(id)) {
                    throw new LookFailedException(locale -> registerStore.location() + ": " + id + " ∉ " + d.events().keySet());
                }
            }
            Schedule schedule = Schedule.of(d, register.inForce());
            LocalDate day = LocalDate.ofInstant(clock.instant(), d.calendar().zone());
            Board board = new Scan(schedule, layout).run(store, day, ScanListener.NONE);
            long number;
            synchronized (this) {
                number = ++scans;
            }
            Instant end = clock.instant();
            Instant changed = register.entries().stream().map(e -> e.at()).reduce(read.toInstant(), (a, b) -> a.isAfter(b) ? a : b);
            return new Snapshot(number, end, Duration.between(start, end), changed, doc, register, registerStore.location(),
                    RegisterHistory.of(d, register), schedule,
                    board, new DirectiveChecker().check(schedule), java.util.Optional.empty());
        }
    }

    private DocumentStore open() throws LookFailedException {
        try {
            return archive.open();
        } catch (StoreException e) {
            throw new LookFailedException(e::render);
        } catch (Exception e) {
            String message = String.valueOf(e.getMessage());
            throw new LookFailedException(locale -> message);
        }
    }

    /** The directive, read again if its file changed since. */
    private DirectiveDocument directive() throws LookFailedException {
        try {
            FileTime modified = Files.getLastModifiedTime(directive);
            if (document == null || !modified.equals(read)) {
                document = new DirectiveReader().read(directive);
                read = modified;
            }
            return document;
        } catch (InvalidFileException e) {
            throw new LookFailedException(e::render);
        } catch (IOException e) {
            throw new LookFailedException(locale -> directive + ": " + e.getMessage());
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }

    /** Nothing could be looked at, and why, in the reader's language. */
    public static final class LookFailedException extends Exception {
        private final transient Localizable why;

        LookFailedException(Localizable why) {
            super(why.describe(java.util.Locale.ITALIAN), null, false, false);
            this.why = why;
        }

        public Localizable why() {
            return why;
        }
    }
}

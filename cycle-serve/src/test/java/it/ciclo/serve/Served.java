package it.ciclo.serve;

import it.ciclo.serve.pages.Pages;
import it.ciclo.serve.security.Sessions;
import it.ciclo.serve.security.Throttle;
import it.ciclo.serve.security.Users;
import it.ciclo.serve.snapshot.FolderLinks;
import it.ciclo.serve.snapshot.LocalArchive;
import it.ciclo.serve.snapshot.Lookout;
import it.ciclo.testing.SeedBoard;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * A real {@code cycle serve} for a test: the seed directive (or another) in a folder, its folders in
 * a shared folder beside it with the PEG handed in by two Settori, one user, on a free port of
 * 127.0.0.1, on 10 October 2023 at 10:00 in Rome (the clock moves on with real time from there).
 */
public final class Served implements AutoCloseable {

    public static final String USER = "mario.rossi";
    public static final String PASSWORD = "una-password-lunga";
    public static final LocalDate DAY = LocalDate.of(2023, 10, 10);

    public final Path directive;
    public final Path store;
    public final Lookout lookout;
    public final CycleServer server;

    private Served(Path dir, String json, Duration every) throws Exception {
        directive = Files.writeString(dir.resolve("direttiva.json"), json, StandardCharsets.UTF_8);
        store = dir.resolve("archivio");
        SeedBoard.board(SeedBoard.directive("\"id\"", "\"id\"", json), store,
                SeedBoard.PEG + "/Affari Generali/Azioni PEG.docx", LocalDate.of(2023, 10, 3),
                SeedBoard.PEG + "/Lavori Pubblici/Azioni PEG <bozza>.xlsx", LocalDate.of(2023, 10, 8));
        Path users = dir.resolve("utenti.txt");
        Users.put(users, USER, PASSWORD);
        ZoneId rome = ZoneId.of("Europe/Rome");
        Clock clock = new Moving(ZonedDateTime.of(DAY.atTime(10, 0), rome).toInstant(), rome);
        lookout = new Lookout(directive, new LocalArchive(store, new FolderLinks(Optional.of("file://///server/dati/{path}"))),
                clock, s -> { });
        lookout.refresh();
        Site site = new Site(lookout, new Pages(), Users.read(users), new Sessions(clock), new Throttle(clock), clock, every, 3, System.err::println);
        server = CycleServer.start(new ServeSettings(ServeSettings.LOOPBACK, 0, every, 3, Optional.empty(), new char[0]), site);
    }

    public static Served seed(Path dir) throws Exception {
        return new Served(dir, Files.readString(SeedBoard.SEED, StandardCharsets.UTF_8), Duration.ofMinutes(5));
    }

    public static Served with(Path dir, String json) throws Exception {
        return new Served(dir, json, Duration.ofMinutes(5));
    }

    public URI uri(String path) {
        return server.uri().resolve(path);
    }

    @Override
    public void close() throws Exception {
        server.close();
        lookout.close();
    }

    /** A clock that starts at a given instant and runs on with real time. */
    static final class Moving extends Clock {
        private final long offset;
        private final ZoneId zone;

        Moving(java.time.Instant start, ZoneId zone) {
            this.offset = start.toEpochMilli() - System.currentTimeMillis();
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId z) {
            return new Moving(instant(), z);
        }

        @Override
        public java.time.Instant instant() {
            return java.time.Instant.ofEpochMilli(System.currentTimeMillis() + offset);
        }
    }
}

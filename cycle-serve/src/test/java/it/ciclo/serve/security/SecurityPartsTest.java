package it.ciclo.serve.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parts that decide who may record events: the users file, sessions and their tokens, throttling. */
class SecurityPartsTest {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2024-01-10T09:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };

    @Test
    void theUsersFileHoldsArgon2idHashesOnlyReadableByItsOwner(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("utenti.txt");
        Users.put(file, "mario.rossi", "una-password-lunga");
        Users.put(file, "anna.bianchi", "un-altra-password");
        String text = Files.readString(file);
        assertThat(text).contains("mario.rossi:$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain("una-password-lunga");
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        Users users = Users.read(file);
        assertThat(users.check("mario.rossi", "una-password-lunga")).contains("mario.rossi");
        assertThat(users.check("mario.rossi", "un-altra-password")).isEmpty();
        assertThat(users.check("nessuno", "una-password-lunga")).isEmpty();
        assertThat(Users.remove(file, "anna.bianchi")).isTrue();
        assertThat(Users.read(file).check("anna.bianchi", "un-altra-password")).isEmpty();
        Files.writeString(file, "mario.rossi:segreta\n");
        assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(InvalidUsersFileException.class, () -> Users.read(file)).line())
                .isEqualTo(1);
    }

    @Test
    void aSessionEndsWhenIdleOrTooOldAndALoginStartsANewOne() {
        Sessions sessions = new Sessions(clock);
        Sessions.Session anonymous = sessions.anonymous();
        Sessions.Session logged = sessions.login("mario.rossi", Optional.of(anonymous.id()));
        assertThat(logged.id()).isNotEqualTo(anonymous.id());
        assertThat(sessions.find(anonymous.id())).as("the session before the login is gone").isEmpty();
        assertThat(sessions.find(logged.id())).get().extracting(s -> s.user().orElseThrow()).isEqualTo("mario.rossi");
        now.set(now.get().plus(Duration.ofMinutes(29)));
        assertThat(sessions.find(logged.id())).isPresent();
        now.set(now.get().plus(Duration.ofMinutes(31)));
        assertThat(sessions.find(logged.id())).as("idle for 31 minutes").isEmpty();
        Sessions.Session busy = sessions.login("mario.rossi", Optional.empty());
        for (int i = 0; i < 21; i++) {
            now.set(now.get().plus(Duration.ofMinutes(29)));
            sessions.find(busy.id());
        }
        assertThat(sessions.find(busy.id())).as("ten hours at most").isEmpty();
    }

    @Test
    void theCsrfTokenIsMaskedAnewInEveryPageAndOnlyTheSessionsIsTaken() {
        Sessions sessions = new Sessions(clock);
        Sessions.Session one = sessions.anonymous();
        Sessions.Session other = sessions.anonymous();
        String a = sessions.masked(one);
        String b = sessions.masked(one);
        assertThat(a).isNotEqualTo(b).doesNotContain(one.csrf());
        assertThat(Sessions.carries(one, a)).isTrue();
        assertThat(Sessions.carries(one, b)).isTrue();
        assertThat(Sessions.carries(other, a)).isFalse();
        assertThat(Sessions.carries(one, one.csrf())).as("the bare token is not a page's").isFalse();
        assertThat(Sessions.carries(one, "")).isFalse();
        assertThat(Sessions.carries(one, "non base64 !")).isFalse();
        char[] tampered = a.toCharArray();
        tampered[tampered.length - 3] = tampered[tampered.length - 3] == 'A' ? 'B' : 'A';
        assertThat(Sessions.carries(one, new String(tampered))).isFalse();
    }

    @Test
    void fiveFailuresForANameOrFromAnAddressWaitAQuarterOfAnHour() {
        Throttle throttle = new Throttle(clock);
        for (int i = 0; i < 5; i++) {
            assertThat(throttle.wait("mario", "10.0.0.1")).isZero();
            throttle.failed("mario", "10.0.0." + i);
        }
        assertThat(throttle.wait("mario", "10.0.0.9")).as("the name, from anywhere").isEqualTo(Duration.ofMinutes(15));
        assertThat(throttle.wait("anna", "10.0.0.9")).isZero();
        for (int i = 0; i < 5; i++) {
            throttle.failed("nome" + i, "10.0.0.50");
        }
        assertThat(throttle.wait("anna", "10.0.0.50")).as("the address, for any name").isPositive();
        now.set(now.get().plus(Duration.ofMinutes(15)));
        assertThat(throttle.wait("mario", "10.0.0.9")).isZero();
    }
}

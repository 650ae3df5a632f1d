package it.ciclo.remind.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerTest {

    @TempDir
    Path dir;

    @Test
    void keepsWhatWasSentBesideTheDirectiveInAHiddenFolder() throws Exception {
        Ledger ledger = Ledger.beside(dir.resolve("direttiva-4-2023.json"), Clock.systemUTC());
        assertThat(ledger.folder()).isEqualTo(dir.resolve(".direttiva-4-2023.promemoria").toAbsolutePath());
        try (Ledger.Lock lock = ledger.lock(Duration.ofSeconds(1))) {
            lock.sending("a", List.of("x@y.it"));
            lock.sent("a", "<a@y.it>");
            lock.sending("b", List.of("x@y.it"));
            lock.failed("b", "server down");
            lock.sending("b", List.of("x@y.it"));
            lock.sending("c", List.of("x@y.it"));
        }
        Map<String, Ledger.Entry> read = ledger.read();
        assertThat(read.keySet()).containsExactly("a", "b", "c");
        assertThat(read.get("a").sent()).isTrue();
        assertThat(read.get("b").sent()).isFalse();
        assertThat(read.get("b").attempts()).isEqualTo(2);
        assertThat(read.get("c").sent()).as("begun, never confirmed").isFalse();
    }

    @Test
    void aLineCutShortByACrashIsSkippedAndTheRestRead() throws Exception {
        Ledger ledger = Ledger.beside(dir.resolve("d.json"), Clock.systemUTC());
        try (Ledger.Lock lock = ledger.lock(Duration.ofSeconds(1))) {
            lock.sending("a", List.of("x@y.it"));
            lock.sent("a", "<a@y.it>");
        }
        Files.writeString(ledger.folder().resolve(Ledger.LOG), "{\"key\":\"b\",\"state\":\"se", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        assertThat(ledger.read()).containsOnlyKeys("a");
        try (Ledger.Lock lock = ledger.lock(Duration.ofSeconds(1))) {
            lock.sending("b", List.of("x@y.it"));
        }
        assertThat(ledger.read()).as("a record after the broken line is still read").containsOnlyKeys("a", "b");
    }
}

package it.ciclo.remind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import it.ciclo.board.Board;
import it.ciclo.remind.ledger.Ledger;
import it.ciclo.remind.ledger.LedgerBusyException;
import it.ciclo.remind.mail.Letters;
import it.ciclo.remind.mail.MailSettings;
import it.ciclo.remind.mail.Security;
import it.ciclo.remind.mail.SmtpOutbox;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs killed or overlapping, for real: the sender is a separate JVM killed with SIGKILL at an exact
 * point of its SMTP conversation (held there by {@link SmtpRelay}), the server a real GreenMail. What
 * the guide promises: a rerun completes what was left; no reminder goes twice, except the one message
 * the server had accepted when the process died, which goes once more (at least once).
 */
class InterruptedRunsTest {

    @TempDir
    Path dir;

    private GreenMail mail;
    private Path directive;
    private Path store;

    @BeforeEach
    void start() {
        mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        directive = Sample.write(dir);
        store = dir.resolve("archivio");
        Sample.board(store, Sample.DUE_DAY);
    }

    @AfterEach
    void stop() {
        mail.stop();
    }

    @Test
    void killedBetweenTwoSendsTheRerunCompletesWithoutDuplicates() throws Exception {
        try (SmtpRelay relay = new SmtpRelay(port()).holdBeforeMessage(3)) {
            Process child = child(relay.port());
            assertThat(relay.awaitHeld(Duration.ofSeconds(60))).as("the child reached its third message").isTrue();
            kill(child);
        }
        assertThat(counts()).as("two messages went before the kill").hasSize(2);

        ReminderRun.Report rerun = rerun();
        assertThat(rerun.already()).hasSize(2);
        assertThat(rerun.retried()).as("the third had been begun, not handed over").hasSize(1);
        assertThat(counts()).as("every reminder and the digest exactly once").hasSize(6).allSatisfy((key, n) -> assertThat(n).as(key).isEqualTo(1));
    }

    @Test
    void killedAfterTheServerAcceptedAMessageThatOneMessageGoesTwiceAndNoOther() throws Exception {
        try (SmtpRelay relay = new SmtpRelay(port()).holdReplyAfterMessage(2)) {
            Process child = child(relay.port());
            assertThat(relay.awaitHeld(Duration.ofSeconds(60))).isTrue();
            kill(child);
        }
        assertThat(counts()).hasSize(2);
        rerun();
        Map<String, Long> counts = counts();
        assertThat(counts).hasSize(6);
        assertThat(counts.values().stream().filter(n -> n == 2)).as("one duplicate: the message in flight").hasSize(1);
        assertThat(counts.values().stream().filter(n -> n == 1)).hasSize(5);
        List<String> ids = received().filter(m -> header(m, "X-Ciclo-Key").equals(duplicated(counts)))
                .map(m -> header(m, "Message-ID")).distinct().toList();
        assertThat(ids).as("the same message id both times").hasSize(1);
    }

    @Test
    void overlappingRunsWaitForEachOtherAndSendEachReminderOnce() throws Exception {
        try (SmtpRelay relay = new SmtpRelay(port()).holdBeforeMessage(2)) {
            Process first = child(relay.port());
            assertThat(relay.awaitHeld(Duration.ofSeconds(60))).isTrue();
            Process second = child(port());
            assertThat(second.waitFor(3, TimeUnit.SECONDS)).as("the second run waits for the first's lock").isFalse();
            assertThatThrownBy(() -> run(Duration.ofMillis(500))).as("a third, not willing to wait").isInstanceOf(LedgerBusyException.class);
            relay.release();
            assertThat(first.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(first.exitValue()).isZero();
            assertThat(second.exitValue()).isZero();
            assertThat(new String(second.getInputStream().readAllBytes())).contains("sent 0, already 5");
        }
        assertThat(counts()).hasSize(6).allSatisfy((key, n) -> assertThat(n).as(key).isEqualTo(1));
    }

    private int port() {
        return mail.getSmtp().getPort();
    }

    private Process child(int port) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"), ReminderDriver.class.getName(),
                directive.toString(), store.toString(), Sample.DUE_DAY.toString(), Integer.toString(port))
                .redirectErrorStream(true).start();
    }

    private static void kill(Process child) throws InterruptedException {
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as("killed, not finished").isNotZero();
    }

    private ReminderRun.Report rerun() throws Exception {
        return run(Duration.ofSeconds(30));
    }

    private ReminderRun.Report run(Duration wait) throws Exception {
        Board board = Sample.board(store, Sample.DUE_DAY);
        MailSettings settings = Runs.settings(port(), Security.NONE, null, null, List.of());
        Letters letters = new Letters(board.schedule(), Locale.ITALIAN, MailSettings.sender(Runs.FROM), Optional.empty());
        try (SmtpOutbox outbox = new SmtpOutbox(settings)) {
            return new ReminderRun(Ledger.beside(directive, Clock.systemUTC()), letters, outbox, Clock.systemUTC(), wait).run(board);
        }
    }

    /**
     * How many times each reminder arrived. GreenMail keeps one copy per recipient, so the copies of a
     * key are divided by the recipients each delivery has.
     */
    private Map<String, Long> counts() {
        return Stream.of(mail.getReceivedMessages())
                .collect(Collectors.groupingBy(m -> header(m, "X-Ciclo-Key"), Collectors.counting()))
                .entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue() / recipients(e.getKey())));
    }

    private long recipients(String key) {
        try {
            return received().filter(m -> header(m, "X-Ciclo-Key").equals(key)).findFirst().orElseThrow()
                    .getRecipients(jakarta.mail.Message.RecipientType.TO).length;
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Stream<MimeMessage> received() {
        return Stream.of(mail.getReceivedMessages());
    }

    private static String duplicated(Map<String, Long> counts) {
        return counts.entrySet().stream().filter(e -> e.getValue() == 2).map(Map.Entry::getKey).findFirst().orElseThrow();
    }

    private static String header(MimeMessage m, String name) {
        try {
            return Optional.ofNullable(m.getHeader(name, null)).orElse("");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

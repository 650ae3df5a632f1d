package it.ciclo.remind.mail;

import static org.assertj.core.api.Assertions.assertThat;

import it.ciclo.board.Board;
import it.ciclo.remind.ReminderRun;
import it.ciclo.remind.Runs;
import it.ciclo.remind.Sample;
import it.ciclo.remind.TestTls;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.subethamail.smtp.auth.EasyAuthenticationHandlerFactory;
import org.subethamail.smtp.auth.LoginFailedException;
import org.subethamail.smtp.server.SMTPServer;

/**
 * STARTTLS with a login, against a real SMTP server that requires both (SubEthaSMTP: GreenMail's
 * SMTP does not offer STARTTLS): the message goes only over the encrypted connection, after the login.
 */
class StartTlsTest {

    private static final String PASSWORD = "segreta-starttls";

    @TempDir
    Path dir;

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private SMTPServer server;

    private record Received(String from, String to, byte[] data, boolean authenticated) {
    }

    @BeforeEach
    void start() {
        TestTls.install();
        server = SMTPServer.port(0)
                .bindAddress(InetAddress.getLoopbackAddress())
                .hostName("localhost")
                .enableTLS()
                .requireTLS()
                .startTlsSocketFactory(TestTls.serverContext())
                .requireAuth()
                .authenticationHandlerFactory(new EasyAuthenticationHandlerFactory((user, password, context) -> {
                    if (!"ciclo".equals(user) || !PASSWORD.equals(password)) {
                        throw new LoginFailedException();
                    }
                }))
                // requireTLS: the server refuses every command but EHLO, STARTTLS and QUIT before TLS, AUTH included.
                .messageHandler((context, from, to, data) -> received.add(new Received(from, to, data,
                        context.getAuthenticationHandler().isPresent())))
                .build();
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void sendsOverStartTlsAfterTheLogin() throws Exception {
        Path directive = Sample.write(dir);
        Board board = Sample.board(dir.resolve("archivio"), Sample.DUE_DAY);
        ReminderRun.Report report = Runs.run(directive, board,
                Runs.settings(server.getPortAllocated(), Security.STARTTLS, "ciclo", PASSWORD, TestTls.certificates()));
        assertThat(report.stopped()).isEmpty();
        assertThat(report.sent()).hasSize(5);
        assertThat(received).as("five reminders and the digest").hasSize(6).allMatch(Received::authenticated);
        MimeMessage first = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(received.get(0).data()));
        assertThat(first.getSubject()).startsWith("[Ciclo] Oggi scade la consegna: ");
        assertThat(received.get(0).from()).isEqualTo("ciclo@comune.esempio.it");
    }

    @Test
    void aWrongPasswordIsRefusedOverStartTlsToo() throws Exception {
        Path directive = Sample.write(dir);
        Board board = Sample.board(dir.resolve("archivio"), Sample.DUE_DAY);
        ReminderRun.Report report = Runs.run(directive, board,
                Runs.settings(server.getPortAllocated(), Security.STARTTLS, "ciclo", "sbagliata", TestTls.certificates()));
        assertThat(report.stopped()).hasValueSatisfying(e -> assertThat(e.kind()).isEqualTo(MailException.Kind.LOGIN_REFUSED));
        assertThat(received).isEmpty();
    }
}

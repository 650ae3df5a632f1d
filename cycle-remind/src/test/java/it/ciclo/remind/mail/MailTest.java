package it.ciclo.remind.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import it.ciclo.board.Board;
import it.ciclo.remind.ReminderRun;
import it.ciclo.remind.Runs;
import it.ciclo.remind.Sample;
import it.ciclo.remind.TestTls;
import it.ciclo.remind.ledger.Ledger;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reminders against a real SMTP server (GreenMail, over SMTPS with a real certificate and a
 * login): what arrives, to whom, in which words; and what is (not) recorded when the server is down,
 * refuses the password or cannot be trusted.
 */
class MailTest {

    private static final String USER = "ciclo";
    private static final String PASSWORD = "segreta-di-prova";

    @TempDir
    Path dir;

    private GreenMail mail;
    private Path directive;
    private Board board;

    @BeforeEach
    void start() {
        TestTls.install();
        mail = new GreenMail(new ServerSetup[] {
                new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTPS)})
                .withConfiguration(GreenMailConfiguration.aConfig().withUser("ciclo@comune.esempio.it", USER, PASSWORD));
        mail.start();
        directive = Sample.write(dir);
        board = Sample.board(dir.resolve("archivio"), Sample.DUE_DAY);
    }

    @AfterEach
    void stop() {
        mail.stop();
    }

    private MailSettings smtps(String password) {
        return Runs.settings(mail.getSmtps().getPort(), Security.SMTPS, USER, password, TestTls.certificates());
    }

    @Test
    void eachDueReminderGoesInItalianToItsContactsAndTheDigestToTheOffice() throws Exception {
        ReminderRun.Report report = Runs.run(directive, board, smtps(PASSWORD));

        assertThat(report.sent()).hasSize(5);
        assertThat(report.noContact()).extracting(r -> r.sector().id()).containsExactly("servizi-persona", "servizi-persona");
        assertThat(report.digest()).isTrue();
        MimeMessage[] received = mail.getReceivedMessages();
        assertThat(received).as("one copy per recipient: the DUP update's 2 + 1 + 1, the PEG's 1 + 1, the office's 1").hasSize(7);

        MimeMessage neri = one("direttiva-4-2023.nota-dup.servizi-finanziari.oggi.2023-10-05");
        assertThat(neri.getSubject()).isEqualTo("[Ciclo] Oggi scade la consegna: Nota di aggiornamento al DUP 2024-2026 e Stato di attuazione");
        assertThat(addresses(neri.getRecipients(Message.RecipientType.TO))).containsExactly("Rag. Luca Neri <luca.neri@comune.esempio.it>");
        assertThat(addresses(neri.getFrom())).containsExactly("Ufficio Programmazione <ciclo@comune.esempio.it>");
        assertThat(addresses(neri.getReplyTo())).containsExactly("Ufficio Programmazione <" + Sample.OFFICE + ">");
        assertThat(neri.getMessageID()).isEqualTo("<direttiva-4-2023.nota-dup.servizi-finanziari.oggi.2023-10-05@comune.esempio.it>");
        assertThat(neri.getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");
        assertThat(neri.getContentType()).containsIgnoringCase("charset=UTF-8");
        String body = text(neri);
        assertThat(body).startsWith("Gentile Rag. Luca Neri,\n\nle ricordiamo che per «Nota di aggiornamento al DUP 2024-2026 e Stato di attuazione» "
                        + "il Settore Servizi Finanziari deve consegnare i propri file entro oggi, giovedì 5 ottobre 2023.")
                .contains("Cartella: R:\\ATTIVITA' TRASVERSALI\\11_Programmazione e controllo\\D_DUP 2024_2026\\Servizi Finanziari\n")
                .contains("Istruzioni: Per ognuno dei quattro indirizzi strategici del DUP")
                .contains("L'atto va approvato dalla Giunta entro mercoledì 15 novembre 2023.")
                .contains("secondo la direttiva n. 4 del 20/09/2023");

        MimeMessage affari = one("direttiva-4-2023.nota-dup.affari-generali.oggi.2023-10-05");
        assertThat(addresses(affari.getRecipients(Message.RecipientType.TO))).containsExactly(
                "Dott.ssa Anna Verdi <anna.verdi@comune.esempio.it>", "affari.generali@comune.esempio.it");
        assertThat(text(affari)).startsWith("Buongiorno,");
        assertThat(Stream.of(received).map(this::key)).as("Affari Generali handed in its PEG")
                .doesNotContain("direttiva-4-2023.peg.affari-generali.oggi.2023-10-05");

        MimeMessage digest = one("direttiva-4-2023.riepilogo.2023-10-05");
        assertThat(addresses(digest.getRecipients(Message.RecipientType.TO))).containsExactly("Ufficio Programmazione <" + Sample.OFFICE + ">");
        assertThat(digest.getSubject()).isEqualTo("[Ciclo] Promemoria del 05/10/2023: 5 inviati");
        assertThat(text(digest)).contains("Inviati (5):",
                "- Settore Lavori Pubblici: PEG - Piano Esecutivo di Gestione 2024-2026, scadenza oggi → carla.bianchi@comune.esempio.it",
                "Non inviati, perché la direttiva non indica a chi scrivere (\"contacts\" del settore) (2):",
                "- Settore Servizi alla Persona: PEG - Piano Esecutivo di Gestione 2024-2026, scadenza oggi");
    }

    @Test
    void aSecondRunSendsNothingAgain() throws Exception {
        Runs.run(directive, board, smtps(PASSWORD));
        int first = mail.getReceivedMessages().length;
        ReminderRun.Report again = Runs.run(directive, board, smtps(PASSWORD));
        assertThat(again.sent()).isEmpty();
        assertThat(again.already()).hasSize(5);
        assertThat(again.digest()).isFalse();
        assertThat(mail.getReceivedMessages()).hasSize(first);
    }

    @Test
    void englishOnRequest() throws Exception {
        Runs.run(directive, board, new SmtpOutbox(smtps(PASSWORD)), Locale.ENGLISH);
        MimeMessage lavori = one("direttiva-4-2023.peg.lavori-pubblici.oggi.2023-10-05");
        assertThat(lavori.getSubject()).isEqualTo("[Ciclo] Due today: PEG - Piano Esecutivo di Gestione 2024-2026");
        assertThat(text(lavori)).startsWith("Dear Ing. Carla Bianchi,").contains("Thursday 5 October 2023");
    }

    @Test
    void aWrongPasswordSendsNothingAndMarksNothing() throws Exception {
        ReminderRun.Report report = Runs.run(directive, board, smtps("sbagliata"));
        assertThat(report.stopped()).hasValueSatisfying(e -> assertThat(e.kind()).isEqualTo(MailException.Kind.LOGIN_REFUSED));
        assertThat(report.sent()).isEmpty();
        assertThat(report.failed()).hasSize(5);
        assertThat(mail.getReceivedMessages()).isEmpty();
        assertThat(ledger().values()).noneMatch(Ledger.Entry::sent);

        assertThat(Runs.run(directive, board, smtps(PASSWORD)).sent()).hasSize(5);
    }

    @Test
    void aServerThatIsDownMarksNothingAndTheNextRunSendsAll() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        ReminderRun.Report report = Runs.run(directive, board, Runs.settings(closed, Security.SMTPS, USER, PASSWORD, TestTls.certificates()));
        assertThat(report.stopped()).hasValueSatisfying(e -> assertThat(e.kind()).isEqualTo(MailException.Kind.UNREACHABLE));
        assertThat(ledger().values()).isNotEmpty().noneMatch(Ledger.Entry::sent);

        ReminderRun.Report later = Runs.run(directive, board, smtps(PASSWORD));
        assertThat(later.sent()).hasSize(5);
        assertThat(later.retried()).as("begun by the failed run").hasSize(1);
        assertThat(ledger().values()).allMatch(Ledger.Entry::sent);
    }

    @Test
    void aServerWhoseCertificateIsNotTrustedGetsNothing() throws Exception {
        ReminderRun.Report report = Runs.run(directive, board, Runs.settings(mail.getSmtps().getPort(), Security.SMTPS, USER, PASSWORD, List.of()));
        assertThat(report.stopped()).hasValueSatisfying(e -> assertThat(e.kind()).isEqualTo(MailException.Kind.UNTRUSTED));
        assertThat(mail.getReceivedMessages()).isEmpty();
    }

    @Test
    void starttlsIsRequiredNotMerelyTried() throws Exception {
        // GreenMail's plain SMTP does not offer STARTTLS: the login must not go in clear.
        ReminderRun.Report report = Runs.run(directive, board, Runs.settings(mail.getSmtp().getPort(), Security.STARTTLS, USER, PASSWORD,
                TestTls.certificates()));
        assertThat(report.stopped()).hasValueSatisfying(e -> assertThat(e.kind()).isEqualTo(MailException.Kind.UNTRUSTED));
        assertThat(mail.getReceivedMessages()).isEmpty();
    }

    @Test
    void aDryRunWritesMessagesToReadAndRecordsNothing() throws Exception {
        Path out = dir.resolve("prova");
        EmlOutbox eml = new EmlOutbox(out);
        ReminderRun.Report report = Runs.run(directive, board, eml, Locale.ITALIAN);
        assertThat(report.sent()).hasSize(5);
        assertThat(eml.written()).hasSize(6).allMatch(p -> p.getFileName().toString().endsWith(".eml"));
        try (InputStream in = Files.newInputStream(out.resolve("direttiva-4-2023.peg.lavori-pubblici.oggi.2023-10-05.eml"))) {
            MimeMessage read = new MimeMessage(Session.getInstance(new Properties()), in);
            assertThat(read.getSubject()).isEqualTo("[Ciclo] Oggi scade la consegna: PEG - Piano Esecutivo di Gestione 2024-2026");
        }
        assertThat(mail.getReceivedMessages()).isEmpty();
        assertThat(ledger()).isEmpty();
        Runs.run(directive, board, new EmlOutbox(out), Locale.ITALIAN);
        assertThat(out.resolve("direttiva-4-2023.peg.lavori-pubblici.oggi.2023-10-05-2.eml")).as("the first dry run's files are kept").exists();
        assertThat(Runs.run(directive, board, smtps(PASSWORD)).sent()).hasSize(5);
    }

    /** The text as written: SMTP carries it with CRLF line ends. */
    private static String text(MimeMessage m) throws Exception {
        return ((String) m.getContent()).replace("\r\n", "\n");
    }

    private java.util.Map<String, Ledger.Entry> ledger() throws Exception {
        return Ledger.beside(directive, Clock.systemUTC()).read();
    }

    private MimeMessage one(String key) {
        List<MimeMessage> found = Stream.of(mail.getReceivedMessages()).filter(m -> key.equals(key(m))).toList();
        assertThat(found).as(key).isNotEmpty();
        return found.get(0);
    }

    private String key(MimeMessage m) {
        try {
            return m.getHeader("X-Ciclo-Key", null);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> addresses(Address[] addresses) {
        return Arrays.stream(addresses).map(a -> (InternetAddress) a)
                .map(a -> a.getPersonal() == null ? a.getAddress() : a.getPersonal() + " <" + a.getAddress() + ">").toList();
    }
}

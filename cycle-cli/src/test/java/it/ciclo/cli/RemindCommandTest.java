package it.ciclo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import it.ciclo.remind.Sample;
import it.ciclo.remind.TestTls;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cycle promemoria} end to end: the command, a shared folder, a real SMTP server (GreenMail, SMTPS with a login). */
class RemindCommandTest {

    private static final String PASSWORD = "segreta-cli";

    @TempDir
    Path dir;

    private GreenMail mail;
    private Path directive;
    private Path store;
    private Path passwordFile;

    @BeforeEach
    void start() throws Exception {
        TestTls.install();
        mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTPS))
                .withConfiguration(GreenMailConfiguration.aConfig().withUser("ciclo@comune.esempio.it", "ciclo", PASSWORD));
        mail.start();
        directive = Sample.write(dir);
        store = dir.resolve("archivio");
        Sample.board(store, Sample.DUE_DAY);
        passwordFile = Files.writeString(dir.resolve("smtp.password"), PASSWORD + "\n");
    }

    @AfterEach
    void stop() {
        mail.stop();
    }

    private Run remind(String... more) throws java.io.IOException {
        Files.setPosixFilePermissions(passwordFile, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        List<String> args = new ArrayList<>(List.of("promemoria", directive.toString(), "--store", store.toString(),
                "--today", Sample.DUE_DAY.toString(), "--smtp-host", "localhost", "--smtp-port", Integer.toString(mail.getSmtps().getPort()),
                "--smtp-security", "smtps", "--smtp-user", "ciclo", "--smtp-ca", TestTls.pem().toString(),
                "--from", "Ufficio Programmazione <ciclo@comune.esempio.it>"));
        args.addAll(List.of(more));
        if (!args.contains("--smtp-password-file") && !args.contains("--dry-run")) {
            args.addAll(List.of("--smtp-password-file", passwordFile.toString()));
        }
        return Run.of(args.toArray(String[]::new));
    }

    @Test
    void sendsOnceSaysWhatItDidAndSendsNothingTheSecondTime() throws Exception {
        Run first = remind();
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("Promemoria della direttiva direttiva-4-2023 del 05/10/2023:",
                "inviato         Settore Servizi Finanziari — Nota di aggiornamento al DUP 2024-2026 e Stato di attuazione "
                        + "(scade oggi, scadenza 05/10/2023) → luca.neri@comune.esempio.it",
                "senza contatti  Settore Servizi alla Persona — PEG - Piano Esecutivo di Gestione 2024-2026",
                "Riepilogo inviato all'Ufficio.",
                "5 promemoria inviati; nessuno già inviato prima; 2 senza contatti; nessun errore.");
        int received = mail.getReceivedMessages().length;
        assertThat(received).isEqualTo(7);
        Run second = remind();
        assertThat(second.code()).isZero();
        assertThat(second.out()).contains("Nessun promemoria inviato; 5 già inviati prima; 2 senza contatti; nessun errore.");
        assertThat(mail.getReceivedMessages()).hasSize(received);
    }

    @Test
    void aDryRunWritesEmlFilesAndNeedsNoServer() throws Exception {
        Path eml = dir.resolve("da-leggere");
        Run run = Run.of("promemoria", directive.toString(), "--store", store.toString(), "--today", Sample.DUE_DAY.toString(),
                "--dry-run", eml.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("Prova (--dry-run): 6 messaggi scritti in " + eml);
        try (Stream<Path> files = Files.list(eml)) {
            assertThat(files.map(p -> p.getFileName().toString())).hasSize(6).allMatch(n -> n.endsWith(".eml"));
        }
        assertThat(Files.readString(eml.resolve("direttiva-4-2023.riepilogo.2023-10-05.eml")))
                .as("the sender is the directive's office when --from is left out").contains("From: Ufficio Programmazione <" + Sample.OFFICE + ">");
        assertThat(mail.getReceivedMessages()).isEmpty();
        assertThat(remind().out()).as("the dry run recorded nothing").contains("5 promemoria inviati");
    }

    @Test
    void aWrongPasswordExitsWithTwoAndMarksNothing() throws Exception {
        Path wrong = Files.writeString(dir.resolve("altra"), "non-la-password\n");
        Files.setPosixFilePermissions(wrong, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        Run run = remind("--smtp-password-file", wrong.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).startsWith("il server di posta localhost ha rifiutato utente o password")
                .doesNotContain("non-la-password").doesNotContain("Exception");
        assertThat(run.out()).doesNotContain("non-la-password");
        assertThat(mail.getReceivedMessages()).isEmpty();
        assertThat(remind().out()).contains("5 promemoria inviati");
    }

    @Test
    void aServerThatDoesNotAnswerExitsWithThree() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        Run run = Run.of("promemoria", directive.toString(), "--store", store.toString(), "--today", Sample.DUE_DAY.toString(),
                "--smtp-host", "localhost", "--smtp-port", Integer.toString(closed), "--smtp-security", "smtps",
                "--from", "ciclo@comune.esempio.it", "--lang", "en");
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains("the mail server localhost does not answer");
        assertThat(run.out()).contains("not sent");
    }

    @Test
    void unusableSettingsExitWithTwoBeforeAnythingIsSent() throws Exception {
        Run noPassword = Run.of("promemoria", directive.toString(), "--store", store.toString(), "--smtp-host", "localhost",
                "--smtp-user", "ciclo");
        assertThat(noPassword.code()).isEqualTo(2);
        assertThat(noPassword.err()).contains("CICLO_SMTP_PASSWORD", "--smtp-password-file");
        Run clear = Run.of("promemoria", directive.toString(), "--store", store.toString(), "--smtp-host", "localhost",
                "--smtp-security", "none", "--smtp-user", "ciclo");
        assertThat(clear.err()).contains("la password viaggerebbe in chiaro");
        Run badFrom = Run.of("promemoria", directive.toString(), "--store", store.toString(), "--smtp-host", "localhost",
                "--from", "Ufficio <ciclo@>");
        assertThat(badFrom.code()).isEqualTo(2);
        assertThat(badFrom.err()).contains("--from \"Ufficio <ciclo@>\"");
        Path open = Files.writeString(dir.resolve("aperta"), PASSWORD + "\n");
        Files.setPosixFilePermissions(open, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        Run warned = remind("--smtp-password-file", open.toString());
        assertThat(warned.code()).isZero();
        assertThat(warned.err()).contains("è leggibile da altri utenti");
        assertThat(mail.getReceivedMessages()).isNotEmpty();
    }
}

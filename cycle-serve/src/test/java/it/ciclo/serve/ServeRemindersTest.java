package it.ciclo.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import it.ciclo.remind.Runs;
import it.ciclo.remind.Sample;
import it.ciclo.remind.mail.MailSettings;
import it.ciclo.remind.mail.Security;
import it.ciclo.remind.mail.SmtpOutbox;
import it.ciclo.serve.snapshot.FolderLinks;
import it.ciclo.serve.snapshot.LocalArchive;
import it.ciclo.serve.snapshot.Lookout;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reminders on a schedule inside the server, to a real SMTP server (GreenMail), after each look. */
class ServeRemindersTest {

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");

    @TempDir
    Path dir;

    private GreenMail mail;
    private final List<String> log = new ArrayList<>();

    @BeforeEach
    void start() {
        mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
    }

    @AfterEach
    void stop() {
        mail.stop();
    }

    private Lookout lookout(LocalTime time) throws Exception {
        Path directive = Sample.write(dir);
        Path store = dir.resolve("archivio");
        Sample.board(store, Sample.DUE_DAY);
        Clock clock = Clock.fixed(Sample.DUE_DAY.atTime(time).atZone(ROME).toInstant(), ROME);
        MailSettings settings = Runs.settings(mail.getSmtp().getPort(), Security.NONE, null, null, List.of());
        ServeReminders reminders = new ServeReminders(directive, () -> {
            try {
                return new SmtpOutbox(settings);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, MailSettings.sender(Runs.FROM), Optional.empty(), Locale.ITALIAN, LocalTime.of(8, 0), clock, log::add);
        return new Lookout(directive, new LocalArchive(store, new FolderLinks(Optional.empty())), clock, reminders);
    }

    @Test
    void afterEachLookFromTheHourAskedAndNeverTwice() throws Exception {
        try (Lookout lookout = lookout(LocalTime.of(9, 30))) {
            lookout.refresh();
            assertThat(mail.getReceivedMessages()).as("5 reminders to 6 addresses, and the digest").hasSize(7);
            assertThat(log).singleElement().satisfies(l -> assertThat(l).startsWith("promemoria: 5 inviati, 0 non inviati"));
            lookout.refresh();
            lookout.refresh();
            assertThat(mail.getReceivedMessages()).hasSize(7);
            assertThat(log).hasSize(1);
        }
    }

    @Test
    void beforeTheHourNothingGoes() throws Exception {
        try (Lookout lookout = lookout(LocalTime.of(7, 45))) {
            lookout.refresh();
            assertThat(mail.getReceivedMessages()).isEmpty();
            assertThat(log).isEmpty();
        }
    }
}

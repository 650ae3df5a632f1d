package it.ciclo.remind;

import it.ciclo.remind.mail.Security;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * A run of the reminders in a process of its own, for the tests that kill it midway: {@code
 * DIRECTIVE STORE DAY PORT} on the sample directive, to a plain SMTP server without login.
 */
public final class ReminderDriver {

    private ReminderDriver() {
    }

    public static void main(String[] args) throws Exception {
        Path directive = Path.of(args[0]);
        ReminderRun.Report report = Runs.run(directive, Sample.board(Path.of(args[1]), LocalDate.parse(args[2])),
                Runs.settings(Integer.parseInt(args[3]), Security.NONE, null, null, java.util.List.of()));
        System.out.println("sent " + report.sent().size() + ", already " + report.already().size() + ", retried "
                + report.retried().size() + ", stopped " + report.stopped().map(Exception::getMessage).orElse("no"));
    }
}

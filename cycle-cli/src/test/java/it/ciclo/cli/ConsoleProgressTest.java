package it.ciclo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ConsoleProgressTest {

    @Test
    void staysSilentForAQuickScanOrWithoutATerminal() {
        StringWriter err = new StringWriter();
        ConsoleProgress quick = new ConsoleProgress(new PrintWriter(err), new CliText(Locale.ITALIAN), true);
        quick.progress(1024);
        quick.done();
        ConsoleProgress piped = new ConsoleProgress(new PrintWriter(err), new CliText(Locale.ITALIAN), false);
        sleepPastTheQuietSecond();
        piped.progress(2048);
        piped.done();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void showsProgressOnATerminalOnceTheScanTakesMoreThanASecond() {
        StringWriter err = new StringWriter();
        ConsoleProgress progress = new ConsoleProgress(new PrintWriter(err), new CliText(Locale.ITALIAN), true);
        sleepPastTheQuietSecond();
        progress.progress(102400);
        progress.done();
        assertThat(err.toString()).isEqualTo("\rScansione: 102.400 elementi letti..." + System.lineSeparator());
    }

    private static void sleepPastTheQuietSecond() {
        try {
            Thread.sleep(1100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}

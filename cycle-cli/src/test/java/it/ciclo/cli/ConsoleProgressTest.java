package it.ciclo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    @Test
    void knowsAStderrThatGoesToATerminalFromOneRedirectedToAFile(@TempDir Path dir) throws Exception {
        Path toTerminal = Files.createSymbolicLink(dir.resolve("fd2-terminal"), Path.of("/dev/pts/3"));
        Path toFile = Files.createSymbolicLink(dir.resolve("fd2-file"), dir.resolve("status.log"));

        assertThat(ConsoleProgress.stderrIsATerminal(toTerminal)).isTrue();
        assertThat(ConsoleProgress.stderrIsATerminal(toFile)).isFalse();
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

package it.ciclo.cli;

import it.ciclo.board.ScanListener;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Shows how far a scan has got, on stderr, once it has taken more than a second and only when
 * someone is watching (a terminal): a quick scan, or one whose output goes to a script, stays silent.
 */
final class ConsoleProgress implements ScanListener {

    private static final long QUIET_NANOS = 1_000_000_000L;
    private static final long REFRESH_NANOS = 200_000_000L;

    private final PrintWriter err;
    private final CliText text;
    private final boolean terminal;
    private final long started = System.nanoTime();
    private long shown;
    private boolean printed;

    ConsoleProgress(PrintWriter err, CliText text, boolean terminal) {
        this.err = err;
        this.text = text;
        this.terminal = terminal;
    }

    @Override
    public void progress(long entriesSeen) {
        show(text.get("status.progress", entriesSeen));
    }

    /** Shows {@code line} in place of the last one, under the same conditions as {@link #progress}. */
    void show(String line) {
        long now = System.nanoTime();
        if (!terminal || now - started < QUIET_NANOS || now - shown < REFRESH_NANOS) {
            return;
        }
        shown = now;
        printed = true;
        err.print("\r" + line);
        err.flush();
    }

    /**
     * Whether standard error is a terminal. Java 17 can only tell whether the process has a console
     * ({@code System.console()}, which needs standard output to be a terminal too), and the board is
     * usually redirected to a file while someone watches: so on Linux the answer comes from what file
     * descriptor 2 points at, and elsewhere from the console.
     */
    static boolean stderrIsATerminal() {
        return stderrIsATerminal(Path.of("/proc/self/fd/2"));
    }

    static boolean stderrIsATerminal(Path fd2) {
        try {
            String target = Files.readSymbolicLink(fd2).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }

    /** Ends the progress line, if one was shown, so that what follows starts on a line of its own. */
    void done() {
        if (printed) {
            err.println();
        }
    }
}

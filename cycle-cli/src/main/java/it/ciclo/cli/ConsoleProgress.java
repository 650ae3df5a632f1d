package it.ciclo.cli;

import it.ciclo.board.ScanListener;
import java.io.PrintWriter;

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
        long now = System.nanoTime();
        if (!terminal || now - started < QUIET_NANOS || now - shown < REFRESH_NANOS) {
            return;
        }
        shown = now;
        printed = true;
        err.print("\r" + text.get("status.progress", entriesSeen));
        err.flush();
    }

    /** Ends the progress line, if one was shown, so that what follows starts on a line of its own. */
    void done() {
        if (printed) {
            err.println();
        }
    }
}

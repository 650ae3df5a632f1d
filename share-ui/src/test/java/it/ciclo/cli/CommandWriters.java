package it.ciclo.cli;

import it.ciclo.board.Board;
import it.ciclo.board.BoardJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * Test-only bridge to the {@code cycle} command's board writers: {@code cycle status --format json}
 * (cycle-core's public {@link it.ciclo.board.BoardJson}, which the command uses) and {@code --format
 * html} (package-private in cycle-cli), exactly as the command prints them.
 */
public final class CommandWriters {

    private CommandWriters() {
    }

    /** What {@code cycle status --format json} prints for {@code board}. */
    public static String statusJson(Board board, Locale locale) {
        StringWriter text = new StringWriter();
        try (PrintWriter out = new PrintWriter(text)) {
            new BoardJson(locale).write(board, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /** What {@code cycle status --format html} prints for {@code board}. */
    public static String statusHtml(Board board, Locale locale) {
        StringWriter text = new StringWriter();
        try (PrintWriter out = new PrintWriter(text)) {
            new BoardHtml(locale).write(board, List.of(), out);
        }
        return text.toString();
    }
}

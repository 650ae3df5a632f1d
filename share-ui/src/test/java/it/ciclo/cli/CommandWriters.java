package it.ciclo.cli;

import it.ciclo.board.Board;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.Locale;

/**
 * Test-only bridge to the {@code cycle} command's board writers, which are package-private in
 * cycle-cli: {@code cycle status --format json} and {@code --format html}, exactly as the command
 * prints them. When the JSON writer moves into cycle-core (work under way on another branch), only
 * this class changes (see it.ciclo.share.browser.BoardFixtures).
 */
public final class CommandWriters {

    private CommandWriters() {
    }

    /** What {@code cycle status --format json} prints for {@code board}. */
    public static String statusJson(Board board, Locale locale, ZoneId zone) {
        StringWriter text = new StringWriter();
        try (PrintWriter out = new PrintWriter(text)) {
            new BoardJson(locale, zone).write(board, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /** What {@code cycle status --format html} prints for {@code board}. */
    public static String statusHtml(Board board, Locale locale) {
        StringWriter text = new StringWriter();
        try (PrintWriter out = new PrintWriter(text)) {
            new BoardHtml(locale).write(board, out);
        }
        return text.toString();
    }
}

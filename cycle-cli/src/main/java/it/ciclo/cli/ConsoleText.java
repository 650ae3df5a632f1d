package it.ciclo.cli;

import java.io.Console;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Text for the console the command runs in. A Windows console shows its code page (850 in Italy,
 * where {@code è} written as UTF-8 shows as {@code Ã¨}), so on a console the text is written in the
 * console's own encoding, and the few characters it lacks ({@code → — … ␛}) in a near form
 * ({@code -> - ... ^[}). Anywhere else (a file, a pipe: {@code > tabellone.html}) it is UTF-8, what
 * HTML, iCalendar and every editor read; {@code --output FILE} always writes UTF-8.
 */
final class ConsoleText {

    /** Near forms of characters a console's code page may lack. */
    private static final Map<Character, String> NEAR = Map.ofEntries(
            Map.entry('\u2192', "->"), Map.entry('\u2014', "-"), Map.entry('\u2013', "-"), Map.entry('\u2026', "..."),
            Map.entry('\u2018', "'"), Map.entry('\u2019', "'"), Map.entry('\u201C', "\""), Map.entry('\u201D', "\""),
            Map.entry('\u00AB', "<<"), Map.entry('\u00BB', ">>"), Map.entry('\u00B7', "."), Map.entry('\u00D7', "x"),
            Map.entry('\u2400', "^@"), Map.entry('\u241B', "^["), Map.entry('\u2407', "^G"), Map.entry('\u240D', "^M"),
            Map.entry('\u240A', "^J"), Map.entry('\u2409', "^I"), Map.entry('\u2421', "^?"));

    private ConsoleText() {
    }

    /** The encoding of text written to the process's standard output: the console's, else UTF-8. */
    static Charset charset() {
        return charset(System.console());
    }

    /** The encoding for {@code console} (null when the output is not a console). */
    static Charset charset(Console console) {
        return console == null ? StandardCharsets.UTF_8 : console.charset();
    }

    /** A writer on {@code out} in {@code charset}, with near forms for the characters it cannot encode. */
    static Writer writer(OutputStream out, Charset charset) {
        Writer encoded = new OutputStreamWriter(out, charset);
        if (charset.equals(StandardCharsets.UTF_8)) {
            return encoded;
        }
        CharsetEncoder encoder = charset.newEncoder();
        return new Writer() {
            @Override
            public void write(char[] buffer, int offset, int length) throws IOException {
                for (int i = offset; i < offset + length; i++) {
                    char c = buffer[i];
                    if (encoder.canEncode(c)) {
                        encoded.write(c);
                    } else {
                        String near = NEAR.get(c);
                        encoded.write(near != null ? near : Character.isSurrogate(c) ? (Character.isHighSurrogate(c) ? "?" : "") : "?");
                    }
                }
            }

            @Override
            public void flush() throws IOException {
                encoded.flush();
            }

            @Override
            public void close() throws IOException {
                encoded.close();
            }
        };
    }
}

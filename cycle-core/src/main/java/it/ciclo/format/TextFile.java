package it.ciclo.format;

import it.ciclo.i18n.Causes;
import it.ciclo.i18n.Message;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;

/**
 * Reads one of Ciclo's own text files (a directive, an events register) whole, refusing before
 * reading anything that is not one: a folder, a pipe or a device (which could make the read wait for
 * ever or never end), a file larger than {@value #MAX_BYTES} bytes (a directive is a few tens of
 * kilobytes; twenty thousand acts fit in a few megabytes), text that is not UTF-8. A byte order mark
 * at the start (Notepad writes one) is dropped.
 */
public final class TextFile {

    /** The largest file read: 16 MiB. */
    public static final long MAX_BYTES = 16L * 1024 * 1024;

    private TextFile() {
    }

    /**
     * The text of {@code file}.
     *
     * @param file   the file
     * @param source how messages name it
     * @return its text, without a byte order mark
     * @throws Unreadable saying why it cannot be read, located at its first line (or at the line of
     *                    the first byte that is not UTF-8)
     */
    public static String read(Path file, String source) throws Unreadable {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(source, "source");
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new Unreadable(at(source, 1), Message.of("file.missing"));
        } catch (IOException e) {
            throw new Unreadable(at(source, 1), Message.of("format.unreadable", Causes.of(e)));
        }
        if (attributes.isDirectory()) {
            throw new Unreadable(at(source, 1), Message.of("file.folder"));
        }
        if (!attributes.isRegularFile()) {
            throw new Unreadable(at(source, 1), Message.of("file.special"));
        }
        if (attributes.size() > MAX_BYTES) {
            throw new Unreadable(at(source, 1), Message.of("text.tooLarge", megabytes(attributes.size()), megabytes(MAX_BYTES)));
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) MAX_BYTES + 1);
        } catch (IOException e) {
            throw new Unreadable(at(source, 1), Message.of("format.unreadable", Causes.of(e)));
        }
        if (bytes.length > MAX_BYTES) {
            throw new Unreadable(at(source, 1), Message.of("text.tooLarge", megabytes(bytes.length), megabytes(MAX_BYTES)));
        }
        return decode(bytes, source);
    }

    /**
     * {@code bytes} as UTF-8 text, without a byte order mark.
     *
     * @param bytes  the content of a file
     * @param source how messages name it
     * @return the text
     * @throws Unreadable if it is UTF-16 or not UTF-8, located at the line of the first wrong byte
     */
    public static String decode(byte[] bytes, String source) throws Unreadable {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE) || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            throw new Unreadable(at(source, 1), Message.of("format.encoding.utf16"));
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new Unreadable(at(source, line), Message.of("format.encoding", line));
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static Location at(String source, int line) {
        return new Location(source, line, 1, "$");
    }

    /** Megabytes with one decimal, for messages. */
    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }

    /** A file that cannot be read as one of Ciclo's text files: where, and why. */
    public static final class Unreadable extends Exception {

        private static final long serialVersionUID = 1L;

        private final transient Problem problem;

        Unreadable(Location at, Message reason) {
            super(null, null, false, false);
            this.problem = new Problem(at, reason);
        }

        /**
         * Where and why.
         *
         * @return the problem, located in the file
         */
        public Problem problem() {
            return problem;
        }

        @Override
        public String getMessage() {
            return problem.toString();
        }
    }
}

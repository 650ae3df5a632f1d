package it.ciclo.office.intake;

import it.ciclo.i18n.Message;
import it.ciclo.reader.FileProblem;
import it.ciclo.reader.UnreadableFileException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A private temporary copy of a file's content, so that the zip and OLE2 readers can seek in it
 * whatever store it came from; never more than a limit, deleted on close. The Settore's file itself
 * is only read.
 */
public final class Spool implements AutoCloseable {

    private final Path file;

    private Spool(Path file) {
        this.file = file;
    }

    /**
     * Copies {@code in} to a new temporary file readable by this user only.
     *
     * @throws UnreadableFileException ({@link FileProblem#TOO_LARGE}) after {@code maxBytes}, before
     *                                 copying more; ({@link FileProblem#UNREADABLE}) if the content
     *                                 cannot be read
     */
    public static Spool copy(InputStream in, long maxBytes) throws UnreadableFileException {
        Path file = temporaryFile();
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int n; (n = in.read(buffer)) >= 0; ) {
                total += n;
                if (total > maxBytes) {
                    throw new UnreadableFileException(FileProblem.TOO_LARGE, Message.of("file.tooLarge",
                            String.format(java.util.Locale.ROOT, "> %.1f", maxBytes / 1048576.0),
                            String.format(java.util.Locale.ROOT, "%.1f", maxBytes / 1048576.0)));
                }
                out.write(buffer, 0, n);
            }
        } catch (UnreadableFileException e) {
            delete(file);
            throw e;
        } catch (IOException e) {
            delete(file);
            throw new UnreadableFileException(FileProblem.UNREADABLE, Message.of("store.cause.other", String.valueOf(e.getMessage())), e);
        }
        return new Spool(file);
    }

    private static Path temporaryFile() {
        try {
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                return Files.createTempFile("ciclo-", ".part",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            return Files.createTempFile("ciclo-", ".part");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary file in " + System.getProperty("java.io.tmpdir"), e);
        }
    }

    /** The copy. */
    public Path file() {
        return file;
    }

    /** The copy's size in bytes. */
    public long size() {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        delete(file);
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            file.toFile().deleteOnExit();
        }
    }
}

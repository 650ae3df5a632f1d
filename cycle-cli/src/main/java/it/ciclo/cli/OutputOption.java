package it.ciclo.cli;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * {@code --output FILE}: the document a command writes (a board, a calendar, the findings) goes to
 * FILE, in UTF-8 whatever the console, instead of standard output. PowerShell 5.1's {@code >}
 * re-encodes a program's output to UTF-16 and a console's code page is not UTF-8: a file named here
 * is written as the command made it. Written whole: to a hidden temporary file in the same folder,
 * then renamed to FILE, so that a failure leaves nothing half-written. A FILE already there is never
 * replaced unless {@code --sovrascrivi} ({@code --overwrite}) says so: Ciclo overwrites no file on
 * its own. Never the directive or its events register, never inside the shared folder (the Settori's
 * files are there).
 */
final class OutputOption {

    @Option(names = "--output", paramLabel = "${bundle:label.file}", descriptionKey = "output")
    Path file;

    @Option(names = {"--sovrascrivi", "--overwrite"}, descriptionKey = "output.overwrite")
    boolean overwrite;

    /** What a command writes as text. */
    @FunctionalInterface
    interface Body {
        void write(PrintWriter out) throws IOException, UnusableInputException;
    }

    /** What a command writes as bytes (a workbook). */
    @FunctionalInterface
    interface Bytes {
        void write(OutputStream out) throws IOException, UnusableInputException;
    }

    /**
     * Runs {@code body} on the command's standard output, or on FILE; with FILE, says on standard
     * output where the document went.
     *
     * @param guarded files and folders FILE may not be or lie in: the directive, its register, the store
     * @throws UnusableInputException if FILE is one of them, or cannot be written (nothing is then changed)
     */
    void write(CommandSpec spec, Locale locale, List<Path> guarded, Body body) throws UnusableInputException, IOException {
        PrintWriter console = spec.commandLine().getOut();
        if (file == null) {
            body.write(console);
            console.flush();
            return;
        }
        toFile(spec, locale, guarded, stream -> {
            // A writer (ical4j's) may close what it is given: the file is closed by toFile, once all is written.
            PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8))) {
                @Override
                public void close() {
                    flush();
                }
            };
            body.write(out);
            out.flush();
            if (out.checkError()) {
                throw new IOException("write failed");
            }
        });
    }

    /**
     * As {@link #write}, for a document of bytes: to FILE, or to {@code stdout} when it is redirected
     * (never to a terminal, which cannot show it; {@code refusal} then says what to do).
     *
     * @param stdout the standard output as bytes, or null where there is none (a caller's writer)
     */
    void writeBytes(CommandSpec spec, Locale locale, List<Path> guarded, OutputStream stdout, String refusal, Bytes body)
            throws UnusableInputException, IOException {
        if (file != null) {
            toFile(spec, locale, guarded, body);
            return;
        }
        if (stdout == null || System.console() != null) {
            throw new UnusableInputException(refusal);
        }
        spec.commandLine().getOut().flush();
        body.write(stdout);
        stdout.flush();
    }

    /**
     * Refuses, before any work is done, a FILE that could not be written: one of {@code guarded} or
     * inside one, in a folder that does not exist, a folder itself, or a file already there without
     * {@code --sovrascrivi}. Nothing to check without {@code --output}.
     *
     * @param guarded files and folders FILE may not be or lie in: the directive, its register, the store
     * @throws UnusableInputException saying why FILE cannot be written
     */
    void check(Locale locale, List<Path> guarded) throws UnusableInputException {
        if (file == null) {
            return;
        }
        CliText text = new CliText(locale);
        Path target = file.toAbsolutePath().normalize();
        for (Path g : guarded) {
            Path guard = real(g.toAbsolutePath().normalize());
            if (real(target).equals(guard) || (Files.isDirectory(guard) && real(target).startsWith(guard))) {
                throw new UnusableInputException(text.get("output.guarded", file, g));
            }
        }
        Path parent = target.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new UnusableInputException(text.get("output.noFolder", file));
        }
        if (Files.isDirectory(target)) {
            throw new UnusableInputException(text.get("output.isFolder", file));
        }
        if (!overwrite && Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new UnusableInputException(text.get("output.exists", file));
        }
    }

    private void toFile(CommandSpec spec, Locale locale, List<Path> guarded, Bytes body) throws UnusableInputException, IOException {
        check(locale, guarded);
        PrintWriter console = spec.commandLine().getOut();
        CliText text = new CliText(locale);
        Path target = file.toAbsolutePath().normalize();
        Path parent = target.getParent();
        Path temporary = parent.resolve("." + target.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                OutputStream stream = new FilterOutputStream(new BufferedOutputStream(Channels.newOutputStream(channel))) {
                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        out.write(b, off, len);
                    }

                    @Override
                    public void close() throws IOException {
                        flush();
                    }
                };
                body.write(stream);
                stream.flush();
                channel.force(true);
            }
            if (overwrite) {
                try {
                    Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } else {
                // Never over a file that appeared meanwhile: the move fails instead.
                Files.move(temporary, target);
            }
        } catch (FileAlreadyExistsException e) {
            throw new UnusableInputException(text.get("output.exists", file));
        } catch (IOException e) {
            throw new UnusableInputException(text.get("output.failed", file, it.ciclo.i18n.Causes.of(e)));
        } finally {
            Files.deleteIfExists(temporary);
        }
        console.println(text.get("output.written", file));
        console.flush();
    }

    /** {@code path} with links resolved as far as it exists. */
    private static Path real(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            Path parent = path.getParent();
            return parent == null ? path : real(parent).resolve(path.getFileName());
        }
    }
}

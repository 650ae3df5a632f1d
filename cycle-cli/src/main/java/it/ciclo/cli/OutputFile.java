package it.ciclo.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * A file the command writes at the user's request: never over an existing file, and never half
 * written. The content goes to a temporary file beside the target first, which is then renamed to
 * the target's name; if anything fails, the temporary file is removed and the target is not there.
 */
final class OutputFile {

    /** Writes the content. */
    @FunctionalInterface
    interface Content {
        void write(OutputStream out) throws IOException;
    }

    private OutputFile() {
    }

    /** Whether {@code target} can be written: not there yet, in a folder that exists. */
    static void check(Path target, CliText text) throws UnusableInputException {
        if (Files.exists(target)) {
            throw new UnusableInputException(text.get("collect.output.exists", target));
        }
        Path folder = target.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new UnusableInputException(text.get("collect.output.failed", target, text.get("collect.output.noFolder")));
        }
    }

    /** Writes {@code content} to {@code target}, which must not exist. */
    static void write(Path target, Content content, CliText text) throws UnusableInputException {
        check(target, text);
        Path folder = target.toAbsolutePath().getParent();
        Path temporary = null;
        try {
            // Created like any new file (the user's umask), unlike a temporary file, which only its owner may read.
            temporary = Files.createFile(folder.resolve(".ciclo-" + UUID.randomUUID() + ".tmp"));
            try (OutputStream out = Files.newOutputStream(temporary)) {
                content.write(out);
            }
            Files.move(temporary, target);
            temporary = null;
        } catch (FileAlreadyExistsException e) {
            throw new UnusableInputException(text.get("collect.output.exists", target));
        } catch (IOException e) {
            throw new UnusableInputException(text.get("collect.output.failed", target, e.getClass().getSimpleName() + ": " + e.getMessage()));
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException e) {
                    temporary.toFile().deleteOnExit();
                }
            }
        }
    }
}

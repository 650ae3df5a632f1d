package it.ciclo.i18n;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * Why an input or output operation failed, in words: the exception's own message is usually just a
 * path, and its class name means nothing to the person who has to fix it. The operating system's
 * reason, when it gives one, is translated where it is a common one and kept as written otherwise.
 */
public final class Causes {

    private Causes() {
    }

    /**
     * The reason behind {@code e}.
     *
     * @param e a failed operation on a file or folder
     * @return a {@code store.cause.*} message
     */
    public static Message of(IOException e) {
        if (e instanceof AccessDeniedException) {
            return Message.of("store.cause.denied");
        }
        if (e instanceof NoSuchFileException) {
            return Message.of("store.cause.missing");
        }
        if (e instanceof FileSystemLoopException) {
            return Message.of("store.cause.loop");
        }
        if (e instanceof NotDirectoryException) {
            return Message.of("store.cause.notFolder");
        }
        if (e instanceof FileAlreadyExistsException) {
            return Message.of("store.cause.exists");
        }
        if (e instanceof DirectoryNotEmptyException) {
            return Message.of("store.cause.notEmpty");
        }
        String reason = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
        if (reason == null || reason.isBlank()) {
            return Message.of("store.cause.unknown");
        }
        String lower = reason.toLowerCase(Locale.ROOT);
        if (lower.contains("too many levels of symbolic links")) {
            return Message.of("store.cause.loop");
        }
        if (lower.contains("permission denied") || lower.contains("operation not permitted")) {
            return Message.of("store.cause.denied");
        }
        if (lower.contains("is a directory")) {
            return Message.of("store.cause.isFolder");
        }
        if (lower.contains("not a directory")) {
            return Message.of("store.cause.notFolder");
        }
        if (lower.contains("read-only file system")) {
            return Message.of("store.cause.readOnly");
        }
        if (lower.contains("no space left")) {
            return Message.of("store.cause.full");
        }
        if (lower.contains("file name too long")) {
            return Message.of("store.cause.nameTooLong");
        }
        if (lower.contains("input/output error")) {
            return Message.of("store.cause.io");
        }
        return Message.of("store.cause.other", Quoted.of(reason));
    }
}

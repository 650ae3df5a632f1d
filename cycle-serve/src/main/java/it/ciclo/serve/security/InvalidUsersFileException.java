package it.ciclo.serve.security;

import java.nio.file.Path;

/** A line of the users file is not {@code name:argon2-hash}. */
public final class InvalidUsersFileException extends Exception {

    private final Path file;
    private final int line;

    public InvalidUsersFileException(Path file, int line) {
        super(file + ":" + line + ": not name:$argon2id$...");
        this.file = file;
        this.line = line;
    }

    public Path file() {
        return file;
    }

    public int line() {
        return line;
    }
}

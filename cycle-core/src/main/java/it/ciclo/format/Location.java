package it.ciclo.format;

import java.util.Objects;

/**
 * Where a value stands in a directive file.
 *
 * @param source the file name as given by the caller (for messages)
 * @param line   1-based line
 * @param column 1-based column
 * @param path   the JSON path, e.g. {@code $.acts[2].approval.on}
 */
public record Location(String source, int line, int column, String path) {

    /**
     * Validates the components, each as described above.
     *
     * @param source the file name as given by the caller (for messages)
     * @param line 1-based line
     * @param column 1-based column
     * @param path the JSON path, e.g. {@code $.acts[2].approval.on}
     */
    public Location {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(path, "path");
    }

    /** {@return {@code file:line:column}, the form editors and terminals link to} */
    public String position() {
        return source + ":" + line + ":" + column;
    }

    @Override
    public String toString() {
        return position() + " " + path;
    }
}

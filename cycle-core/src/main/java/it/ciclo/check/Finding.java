package it.ciclo.check;

import it.ciclo.i18n.Message;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing a check found in a directive.
 *
 * @param code     what kind of finding, stable across versions
 * @param severity how much it matters
 * @param act      the id of the act concerned, if one is
 * @param path     the JSON path of the offending value, e.g. {@code $.acts[3].approval.on}
 * @param message  what is wrong, renderable in Italian or English
 */
public record Finding(FindingCode code, Severity severity, Optional<String> act, String path, Message message) {

    /**
     * Validates the components, each as described above.
     *
     * @param code what kind of finding, stable across versions
     * @param severity how much it matters
     * @param act the id of the act concerned, if one is
     * @param path the JSON path of the offending value, e.g. {@code $.acts[3].approval.on}
     * @param message what is wrong, renderable in Italian or English
     */
    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(act, "act");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }
}

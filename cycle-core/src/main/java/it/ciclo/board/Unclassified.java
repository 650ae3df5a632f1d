package it.ciclo.board;

import it.ciclo.i18n.Message;
import it.ciclo.store.StorePath;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A file (or folder, when it could not be read) that the scan found but could not count as any
 * sector's submission, so that nothing dropped in the wrong place goes unnoticed.
 *
 * @param path   where it is
 * @param reason why it counts for nobody
 * @param detail   the particulars, in words (which folder, what error)
 * @param modified when the file was last modified; empty for what could not be read
 */
public record Unclassified(StorePath path, UnclassifiedReason reason, Message detail, Optional<Instant> modified) {

    /**
     * Validates the components, each as described above.
     *
     * @param path where it is
     * @param reason why it counts for nobody
     * @param detail the particulars, in words (which folder, what error)
     * @param modified when the file was last modified; empty for what could not be read
     */
    public Unclassified {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(modified, "modified");
    }

    /**
     * Something that could not be read: only its path is known.
     *
     * @param path where it is
     * @param why why
     * @return something that could not be read: only its path is known
     */
    public static Unclassified notRead(StorePath path, Message why) {
        return new Unclassified(path, UnclassifiedReason.NOT_READ, why, Optional.empty());
    }
}

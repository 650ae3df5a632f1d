package it.ciclo.board;

import it.ciclo.i18n.Message;
import it.ciclo.store.StorePath;
import java.util.Objects;

/**
 * A file (or folder, when it could not be read) that the scan found but could not count as any
 * sector's submission, so that nothing dropped in the wrong place goes unnoticed.
 *
 * @param path   where it is
 * @param reason why it counts for nobody
 * @param detail the particulars, in words (which folder, what error)
 */
public record Unclassified(StorePath path, UnclassifiedReason reason, Message detail) {

    public Unclassified {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
    }
}

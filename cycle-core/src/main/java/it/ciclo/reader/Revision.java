package it.ciclo.reader;

import java.util.Objects;
import java.util.Optional;

/**
 * Whether a run of text is a tracked change, and whose.
 *
 * @param kind   none, inserted or deleted
 * @param author who made the change, as the file records it
 */
public record Revision(Kind kind, Optional<String> author) {

    /** Not a tracked change. */
    public static final Revision NONE = new Revision(Kind.NONE, Optional.empty());

    /** What a tracked change did to the run. */
    public enum Kind { NONE, INSERTED, DELETED }

    public Revision {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(author, "author");
    }

    public static Revision inserted(Optional<String> author) {
        return new Revision(Kind.INSERTED, author);
    }

    public static Revision deleted(Optional<String> author) {
        return new Revision(Kind.DELETED, author);
    }
}

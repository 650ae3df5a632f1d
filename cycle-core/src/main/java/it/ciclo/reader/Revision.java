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
    public enum Kind {
        /** Nothing: the run is not a tracked change. */
        NONE,
        /** The run was inserted with revision marks on. */
        INSERTED,
        /** The run was deleted with revision marks on: still in the file, no longer in the text. */
        DELETED
    }

    /**
     * Validates the components, each as described above.
     *
     * @param kind none, inserted or deleted
     * @param author who made the change, as the file records it
     */
    public Revision {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(author, "author");
    }

    /**
     * A tracked insertion.
     *
     * @param author who made it, as the file records it; empty if it does not
     * @return a tracked insertion by {@code author}
     */
    public static Revision inserted(Optional<String> author) {
        return new Revision(Kind.INSERTED, author);
    }

    /**
     * A tracked deletion.
     *
     * @param author who made it, as the file records it; empty if it does not
     * @return a tracked deletion by {@code author}
     */
    public static Revision deleted(Optional<String> author) {
        return new Revision(Kind.DELETED, author);
    }
}

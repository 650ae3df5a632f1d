package it.ciclo.store;

/** What an entry of a store is. */
public enum EntryKind {
    /** A folder, which holds other entries. */
    FOLDER,
    /** A document (a file), which holds content. */
    DOCUMENT,
    /**
     * A link that leads nowhere: its target is missing, or links lead round in a circle. Neither a
     * folder nor a document: it is reported and passed over, and it blocks a folder of its name.
     */
    BROKEN_LINK
}

package it.ciclo.store;

/** What an entry of a store is. */
public enum EntryKind {
    /** A folder, which holds other entries. */
    FOLDER,
    /** A document (a file), which holds content. */
    DOCUMENT
}

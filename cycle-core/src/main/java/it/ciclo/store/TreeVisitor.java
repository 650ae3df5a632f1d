package it.ciclo.store;

/**
 * Receives the entries of a subtree from {@link DocumentStore#walk}, one at a time, so that no
 * listing of the whole tree need ever be held in memory.
 */
public interface TreeVisitor {

    /**
     * A folder, before its contents.
     *
     * @param folder the folder
     * @return whether to visit its contents
     */
    boolean folder(StoreEntry folder);

    /**
     * A document.
     *
     * @param document the directive as read
     */
    void document(StoreEntry document);

    /**
     * An entry the store could not read, or chose not to follow (a link to a folder); the walk goes
     * on with the next entry.
     *
     * @param problem what went wrong
     */
    void failed(StoreException problem);
}

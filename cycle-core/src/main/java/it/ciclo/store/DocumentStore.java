package it.ciclo.store;

import it.ciclo.i18n.Message;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where the Settori's files live: a folder tree of documents, read and grown but never pruned.
 * There is deliberately no operation that deletes, moves, renames or overwrites, and documents are
 * only ever opened for reading: whatever calls this interface cannot lose or change anybody's work.
 *
 * <p>Shaped for a remote repository as much as for a disk: {@link #children} is a lazy stream, so
 * an implementation can fetch it a page at a time, and {@link #walk} visits a whole subtree in one
 * call, so an implementation that can answer for a subtree at once (a CMIS {@code IN_TREE} query,
 * {@code getDescendants}) spares a round trip per folder. Paths are {@link StorePath}s relative to
 * the store's root; names are compared exactly as the store spells them (matching composed and
 * decomposed Unicode, or ignoring case, is the caller's choice, made on the names listed).
 *
 * <p>Implementations are safe to use from one thread at a time, unless they say that reading
 * ({@link #entry}, {@link #children}, {@link #walk}) is safe from several at once
 * ({@link #supportsConcurrentReads}); they may hold connections and should then be closed.
 */
public interface DocumentStore extends AutoCloseable {

    /** {@return the store's root as the user would name it (a folder on disk, a repository URL), for messages} */
    String location();

    /**
     * The entry at {@code path}, or empty if nothing is there.
     *
     * @param path the path in the store
     * @return the entry at {@code path}, or empty if nothing is there
     * @throws StoreException if the store cannot tell (unreadable, unreachable)
     */
    Optional<StoreEntry> entry(StorePath path) throws StoreException;

    /**
     * The entries directly inside folder {@code folder}, in no particular order, read lazily. The
     * stream must be closed (try-with-resources). A failure while reading it is thrown as an
     * {@link UncheckedIOException} whose cause is a {@link StoreException}, as
     * {@link java.nio.file.Files#list} does.
     *
     * @param folder the folder
     * @return the entries directly inside folder {@code folder}, in no particular order, read lazily
     * @throws StoreException if {@code folder} does not exist, is not a folder, or cannot be read
     */
    Stream<StoreEntry> children(StorePath folder) throws StoreException;

    /**
     * Visits {@code folder} and everything below it, depth first, each folder before its contents.
     * Never gives up: what cannot be read (including {@code folder} itself) is reported to
     * {@link TreeVisitor#failed} and the walk goes on. Links are not followed into folders, so a
     * link that points back up the tree cannot make the walk go round for ever.
     *
     * <p>This default lists one folder at a time with {@link #children}. It suits stores in which a
     * folder has one parent and no links (a CMIS repository's folders); a store with links, or one
     * that can list a subtree more cheaply, overrides it.
     *
     * @param folder the folder
     * @param visitor told of every entry
     */
    default void walk(StorePath folder, TreeVisitor visitor) {
        Optional<StoreEntry> start;
        try {
            start = entry(folder);
        } catch (StoreException e) {
            visitor.failed(e);
            return;
        }
        if (start.isEmpty()) {
            visitor.failed(new StoreException(folder, Message.of("store.notFound", folder), null));
        } else if (!start.get().isFolder()) {
            visitor.document(start.get());
        } else {
            walkBelow(start.get(), visitor);
        }
    }

    private void walkBelow(StoreEntry folder, TreeVisitor visitor) {
        if (!visitor.folder(folder)) {
            return;
        }
        try (Stream<StoreEntry> children = children(folder.path())) {
            Iterator<StoreEntry> it = children.iterator();
            while (it.hasNext()) {
                StoreEntry child = it.next();
                if (child.isFolder()) {
                    walkBelow(child, visitor);
                } else if (child.kind() == EntryKind.BROKEN_LINK) {
                    visitor.failed(StoreException.brokenLink(child.path()));
                } else {
                    visitor.document(child);
                }
            }
        } catch (StoreException e) {
            visitor.failed(e);
        } catch (UncheckedIOException e) {
            visitor.failed(StoreException.unwrap(folder.path(), e));
        }
    }

    /**
     * Says, before anything is created, why a folder could not be created directly in the existing
     * folder {@code parent}: so that a plan (a dry run, or the check a real run makes first) refuses
     * what the creation itself would refuse, and a refusal comes before any folder is made. This
     * default finds no reason; a store that can tell (a folder reached through a link that leads
     * outside its root, a read-only folder) overrides it.
     *
     * @param parent an existing folder
     * @throws StoreException saying why a folder could not be created in it
     */
    default void checkCanCreateIn(StorePath parent) throws StoreException {
    }

    /**
     * The content of the document at {@code path}, to be read once and closed. Opening it never
     * changes the document (nor, where the store keeps one, its version or modification date).
     *
     * @param path the path of a document in the store
     * @return the document's content; the caller closes it
     * @throws StoreException if there is no document at {@code path}, it is a folder, or it cannot be read
     */
    InputStream open(StorePath path) throws StoreException;

    /**
     * Creates the folder {@code path}, whose parent must already be a folder. Never replaces
     * anything: if an entry of that name exists, nothing changes and a {@link StoreException} says so.
     *
     * @param path the path in the store
     * @return the folder created
     * @throws StoreException if the parent is missing, the name is taken, or the store refuses
     */
    StoreEntry createFolder(StorePath path) throws StoreException;

    /**
     * Whether {@link #entry}, {@link #children} and {@link #walk} may be called from several threads
     * at once, so that a scan can read several folders at the same time (on a network share, where
     * each listing waits for the server, that is most of a scan's time). False by default.
     *
     * @return true if reading is thread-safe
     */
    default boolean supportsConcurrentReads() {
        return false;
    }

    /** Releases what the store holds (connections); a shared folder holds nothing. */
    @Override
    default void close() {
    }
}

package it.ciclo.store;

import it.ciclo.submission.SubmissionStatus;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One folder or document of a store, as listed: what a scan needs, and nothing it would have to
 * ask for one entry at a time.
 *
 * @param path     where it stands
 * @param kind     folder or document
 * @param size     the content's length in bytes; 0 for a folder
 * @param modified when it was last modified, as the store records it (on a file system: the file's
 *                 modification time, which copying may preserve)
 * @param creator  who created it, where the store knows (a repository does; a shared folder does not)
 * @param review   the review state of a document, where the store keeps one (a repository with the
 *                 review workflow does; a shared folder does not)
 * @param arrived  when the document arrived, where the store records it (a repository does: when it
 *                 was marked as a submission, else when it was created there; a shared folder does
 *                 not, and a copy carries the modification time of the original)
 */
public record StoreEntry(StorePath path, EntryKind kind, long size, Instant modified,
        Optional<String> creator, Optional<SubmissionStatus> review, Optional<Instant> arrived) {

    /**
     * Validates the components, each as described above.
     *
     * @param path where it stands
     * @param kind folder or document
     * @param size the content's length in bytes; 0 for a folder
     * @param modified when it was last modified, as the store records it (on a file system: the file's modification
     *                 time, which copying may preserve)
     * @param creator who created it, where the store knows (a repository does; a shared folder does not)
     * @param review the review state of a document, where the store keeps one (a repository with the review workflow
     *               does; a shared folder does not)
     * @param arrived when the document arrived, where the store records it (a repository does: when it was marked as
     *                a submission, else when it was created there; a shared folder does not, and a copy carries the
     *                modification time of the original)
     */
    public StoreEntry {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(modified, "modified");
        Objects.requireNonNull(creator, "creator");
        Objects.requireNonNull(review, "review");
        Objects.requireNonNull(arrived, "arrived");
        if (size < 0) {
            throw new IllegalArgumentException("negative size " + size + " for \"" + path + "\"");
        }
        if (kind != EntryKind.DOCUMENT && (size != 0 || review.isPresent())) {
            throw new IllegalArgumentException("only a document has a size and a review state: \"" + path + "\"");
        }
    }

    /**
     * An entry whose arrival the store does not record.
     *
     * @param path where it stands
     * @param kind folder or document
     * @param size the content's length in bytes; 0 for a folder
     * @param modified when it was last modified, as the store records it (on a file system: the file's modification
     *                 time, which copying may preserve)
     * @param creator who created it, where the store knows (a repository does; a shared folder does not)
     * @param review the review state of a document, where the store keeps one (a repository with the review workflow
     *               does; a shared folder does not)
     */
    public StoreEntry(StorePath path, EntryKind kind, long size, Instant modified, Optional<String> creator,
            Optional<SubmissionStatus> review) {
        this(path, kind, size, modified, creator, review, Optional.empty());
    }

    /**
     * A folder, with nothing known beyond its modification time.
     *
     * @param path where it stands
     * @param modified when it was last modified, as the store records it (on a file system: the file's modification
     *                 time, which copying may preserve)
     * @return a folder, with nothing known beyond its modification time
     */
    public static StoreEntry folder(StorePath path, Instant modified) {
        return new StoreEntry(path, EntryKind.FOLDER, 0, modified, Optional.empty(), Optional.empty());
    }

    /**
     * A document, with neither creator, review state nor arrival known (a file on a shared folder).
     *
     * @param path where it stands
     * @param size the content's length in bytes; 0 for a folder
     * @param modified when it was last modified, as the store records it (on a file system: the file's modification
     *                 time, which copying may preserve)
     * @return a document, with neither creator, review state nor arrival known (a file on a shared folder)
     */
    public static StoreEntry document(StorePath path, long size, Instant modified) {
        return new StoreEntry(path, EntryKind.DOCUMENT, size, modified, Optional.empty(), Optional.empty());
    }

    /**
     * A link that leads nowhere, last modified (the link itself) at {@code modified}.
     *
     * @param path where it stands
     * @param modified when it was last modified, as the store records it (on a file system: the file's modification
     *                 time, which copying may preserve)
     * @return a link that leads nowhere, last modified (the link itself) at {@code modified}
     */
    public static StoreEntry brokenLink(StorePath path, Instant modified) {
        return new StoreEntry(path, EntryKind.BROKEN_LINK, 0, modified, Optional.empty(), Optional.empty());
    }

    /** {@return the entry's own name (the last name of its path)} */
    public String name() {
        return path.name();
    }

    /** {@return whether it is a folder} */
    public boolean isFolder() {
        return kind == EntryKind.FOLDER;
    }
}

package it.ciclo.store.local;

import it.ciclo.i18n.Causes;
import it.ciclo.i18n.Message;
import it.ciclo.store.DocumentStore;
import it.ciclo.store.StoreEntry;
import it.ciclo.store.StoreException;
import it.ciclo.store.StorePath;
import it.ciclo.store.TreeVisitor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A {@link DocumentStore} on a folder of the file system: a local folder or a mounted share.
 *
 * <p>What a file system cannot tell: who created a file (the owner is often the share's service
 * account, so it is not reported) and any review state; {@link StoreEntry#modified()} is the file's
 * last-modification time, which copying usually preserves.
 *
 * <p>Links: {@link #entry} and {@link #children} report what a link points to. {@link #walk} reports
 * a link to a document as that document, but does not follow a link into a folder (it reports it
 * as not followed): a link pointing back up the tree cannot make a scan go round for ever, and a
 * scan never wanders outside the root. {@link #createFolder} refuses to create anything whose
 * parent, links resolved, lies outside the root.
 */
public final class LocalFolderStore implements DocumentStore {

    private final Path root;
    private final Path realRoot;

    private LocalFolderStore(Path root, Path realRoot) {
        this.root = root;
        this.realRoot = realRoot;
    }

    /**
     * The store rooted at folder {@code root}.
     *
     * @param root the folder
     * @return the store rooted at folder {@code root}
     * @throws StoreException if {@code root} does not exist or is not a folder
     */
    public static LocalFolderStore open(Path root) throws StoreException {
        Objects.requireNonNull(root, "root");
        String names = System.getProperty("sun.jnu.encoding", "UTF-8");
        if (!namesAreFaithful(System.getProperty("os.name", ""), names)) {
            // Under LANG=C the JVM decodes names as ASCII: "Attività" would be listed as "Attivit??", not
            // found, reported overdue and offered for creation. Refused rather than a wrong board.
            throw new StoreException(StorePath.ROOT, Message.of("store.locale", names), null);
        }
        Path absolute = root.toAbsolutePath().normalize();
        if (!Files.isDirectory(absolute)) {
            String key = Files.exists(absolute) ? "store.root.notFolder" : "store.root.notFound";
            throw new StoreException(StorePath.ROOT, Message.of(key, root), null);
        }
        try {
            return new LocalFolderStore(absolute, absolute.toRealPath());
        } catch (IOException e) {
            throw new StoreException(StorePath.ROOT, Message.of("store.unreadable", root, cause(e)), e);
        }
    }

    /**
     * Whether file names are read as the file system stores them: on Windows (names in UTF-16 whatever
     * the locale) and macOS always, elsewhere when the JVM decodes them as UTF-8, which it does only
     * when it was started under a UTF-8 locale.
     *
     * @param osName        the {@code os.name} system property
     * @param namesEncoding the {@code sun.jnu.encoding} system property
     * @return whether a name with accents is listed with its accents
     */
    public static boolean namesAreFaithful(String osName, String namesEncoding) {
        String os = osName.toLowerCase(java.util.Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac")) {
            return true;
        }
        String e = namesEncoding.toUpperCase(java.util.Locale.ROOT).replace("-", "").replace("_", "");
        return e.equals("UTF8");
    }

    /** Reading is thread-safe: the store keeps no state between calls. */
    @Override
    public boolean supportsConcurrentReads() {
        return true;
    }

    @Override
    public String location() {
        return root.toString();
    }

    @Override
    public Optional<StoreEntry> entry(StorePath path) throws StoreException {
        Path local = local(path);
        try {
            return Optional.of(entry(path, Files.readAttributes(local, BasicFileAttributes.class)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw unreadable(path, e);
        }
    }

    @Override
    public Stream<StoreEntry> children(StorePath folder) throws StoreException {
        Path local = local(folder);
        DirectoryStream<Path> stream;
        try {
            stream = Files.newDirectoryStream(local);
        } catch (NotDirectoryException e) {
            throw new StoreException(folder, Message.of("store.notFolder", folder), e);
        } catch (NoSuchFileException e) {
            throw new StoreException(folder, Message.of("store.notFound", folder), e);
        } catch (IOException e) {
            throw unreadable(folder, e);
        }
        return StreamSupport.stream(stream.spliterator(), false)
                .map(child -> {
                    StorePath path = folder.resolve(child.getFileName().toString());
                    try {
                        return entry(path, Files.readAttributes(child, BasicFileAttributes.class));
                    } catch (IOException e) {
                        // A link that leads nowhere is listed as such, not a reason to give up the whole folder.
                        return brokenLink(child, path).orElseThrow(() -> new UncheckedIOException(unreadable(path, e)));
                    }
                })
                .onClose(() -> {
                    try {
                        stream.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(unreadable(folder, e));
                    }
                });
    }

    /**
     * Walks with {@link Files#walkFileTree}, without following links: the attributes it reads for
     * each entry (one {@code lstat}) are all a scan needs, so there is no second call per file.
     */
    @Override
    public void walk(StorePath folder, TreeVisitor visitor) {
        Path start;
        try {
            start = local(folder);
        } catch (StoreException e) {
            visitor.failed(e);
            return;
        }
        Deque<StorePath> folders = new ArrayDeque<>();
        try {
            Files.walkFileTree(start, Set.of(), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    StorePath path = folders.isEmpty() ? folder : folders.peek().resolve(dir.getFileName().toString());
                    if (!visitor.folder(entry(path, attrs))) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    folders.push(path);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    StorePath path = pathOf(file);
                    if (attrs.isSymbolicLink()) {
                        followLink(file, path, visitor);
                    } else {
                        visitor.document(entry(path, attrs));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    visitor.failed(unreadable(pathOf(file), e));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                    StorePath path = folders.pop();
                    if (e != null) {
                        visitor.failed(unreadable(path, e));
                    }
                    return FileVisitResult.CONTINUE;
                }

                private StorePath pathOf(Path file) {
                    return folders.isEmpty() ? folder : folders.peek().resolve(file.getFileName().toString());
                }
            });
        } catch (IOException e) {
            // The visitor above never throws, so only the start can fail here; report it like any other.
            visitor.failed(unreadable(folder, e));
        }
    }

    /** A link to a document is that document; a link to a folder is not followed, a broken one is unreadable. */
    private static void followLink(Path file, StorePath path, TreeVisitor visitor) {
        try {
            BasicFileAttributes target = Files.readAttributes(file, BasicFileAttributes.class);
            if (target.isDirectory()) {
                visitor.failed(new StoreException(path, Message.of("store.link.folder", path), null));
            } else {
                visitor.document(entry(path, target));
            }
        } catch (IOException e) {
            visitor.failed(new StoreException(path, Message.of("store.link.broken", path, cause(e)), e));
        }
    }

    /** The entry of {@code link} if it is a link (whose target, it was just found, cannot be read). */
    private static Optional<StoreEntry> brokenLink(Path link, StorePath path) {
        try {
            BasicFileAttributes own = Files.readAttributes(link, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return own.isSymbolicLink() ? Optional.of(StoreEntry.brokenLink(path, own.lastModifiedTime().toInstant()))
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Refuses an existing folder that, links resolved, lies outside the root (a folder would be
     * created outside the store), or that this user cannot write in: the same checks as
     * {@link #createFolder}, made before anything is created.
     */
    @Override
    public void checkCanCreateIn(StorePath parent) throws StoreException {
        Path local = local(parent);
        try {
            if (!local.toRealPath().startsWith(realRoot)) {
                throw new StoreException(parent, Message.of("store.outside.folder", parent, location()), null);
            }
        } catch (StoreException e) {
            throw e;
        } catch (IOException e) {
            throw unreadable(parent, e);
        }
        if (!Files.isWritable(local)) {
            throw new StoreException(parent, Message.of("store.folderReadOnly", parent), null);
        }
    }

    /**
     * Opens the file for reading only. A link is followed to a document inside the root, as
     * {@link #walk} reports it, but never to one outside it.
     */
    @Override
    public InputStream open(StorePath path) throws StoreException {
        Path local = local(path);
        try {
            if (Files.isDirectory(local)) {
                throw new StoreException(path, Message.of("store.notDocument", path), null);
            }
            if (Files.isSymbolicLink(local) && !local.toRealPath().startsWith(realRoot)) {
                throw new StoreException(path, Message.of("store.link.outside", path, location()), null);
            }
            return Files.newInputStream(local, StandardOpenOption.READ);
        } catch (NoSuchFileException e) {
            throw new StoreException(path, Message.of("store.notFound", path), e);
        } catch (StoreException e) {
            throw e;
        } catch (IOException e) {
            throw unreadable(path, e);
        }
    }

    @Override
    public StoreEntry createFolder(StorePath path) throws StoreException {
        StorePath parent = path.parent().orElseThrow(
                () -> new StoreException(path, Message.of("store.exists", location()), null));
        Path localParent = local(parent);
        Path local = local(path);
        try {
            if (!Files.isDirectory(localParent)) {
                throw new StoreException(path, Message.of("store.parentMissing", path, parent), null);
            }
            if (!localParent.toRealPath().startsWith(realRoot)) {
                throw new StoreException(path, Message.of("store.outside", path, location()), null);
            }
            Files.createDirectory(local);
            return entry(path, Files.readAttributes(local, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
        } catch (FileAlreadyExistsException e) {
            throw new StoreException(path, Message.of("store.exists", path), e);
        } catch (StoreException e) {
            throw e;
        } catch (IOException e) {
            throw new StoreException(path, Message.of("store.createFailed", path, cause(e)), e);
        }
    }

    @Override
    public String toString() {
        return "LocalFolderStore[" + root + "]";
    }

    private Path local(StorePath path) throws StoreException {
        Path local = root;
        try {
            for (String name : path.names()) {
                local = local.resolve(name);
            }
        } catch (InvalidPathException e) {
            throw new StoreException(path, Message.of("store.encoding", path, System.getProperty("sun.jnu.encoding")), e);
        }
        return local;
    }

    private static StoreEntry entry(StorePath path, BasicFileAttributes attrs) {
        return attrs.isDirectory()
                ? StoreEntry.folder(path, attrs.lastModifiedTime().toInstant())
                : StoreEntry.document(path, attrs.size(), attrs.lastModifiedTime().toInstant());
    }

    private static StoreException unreadable(StorePath path, IOException e) {
        return new StoreException(path, Message.of("store.unreadable", path, cause(e)), e);
    }

    /** Why an I/O operation failed, in words. */
    private static Message cause(IOException e) {
        return Causes.of(e);
    }
}

package it.ciclo.testing;

import it.ciclo.i18n.Message;
import it.ciclo.store.DocumentStore;
import it.ciclo.store.StoreEntry;
import it.ciclo.store.StoreException;
import it.ciclo.store.StorePath;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A store in memory, standing in for a repository: it knows review states, uses the SPI's default
 * walk, holds documents' content, and can be told to fail listing some folders.
 */
public final class MemoryStore implements DocumentStore {

    private final Map<StorePath, StoreEntry> entries = new TreeMap<>();
    private final Set<StorePath> failing = new HashSet<>();
    private final Map<StorePath, byte[]> contents = new HashMap<>();

    public MemoryStore() {
        entries.put(StorePath.ROOT, StoreEntry.folder(StorePath.ROOT, Instant.EPOCH));
    }

    /** Adds {@code entry}, and the folders above it. */
    public MemoryStore with(StoreEntry entry) {
        StorePath p = entry.path();
        while (p.parent().isPresent()) {
            p = p.parent().get();
            entries.putIfAbsent(p, StoreEntry.folder(p, Instant.EPOCH));
        }
        entries.put(entry.path(), entry);
        return this;
    }

    /** Adds a document at {@code path} holding {@code content}, and the folders above it. */
    public MemoryStore withContent(StorePath path, byte[] content) {
        contents.put(path, content.clone());
        return with(StoreEntry.document(path, content.length, Instant.EPOCH));
    }

    /** Makes listing {@code folder} fail, as an unreadable folder would. */
    public MemoryStore failing(StorePath folder) {
        failing.add(folder);
        return this;
    }

    @Override
    public String location() {
        return "memory";
    }

    @Override
    public Optional<StoreEntry> entry(StorePath path) {
        return Optional.ofNullable(entries.get(path));
    }

    @Override
    public Stream<StoreEntry> children(StorePath folder) throws StoreException {
        if (failing.contains(folder)) {
            throw new StoreException(folder, Message.of("store.unreadable", folder, Message.of("store.cause.denied")), null);
        }
        return entries.values().stream().filter(e -> e.path().parent().map(folder::equals).orElse(false));
    }

    @Override
    public InputStream open(StorePath path) throws StoreException {
        StoreEntry entry = entries.get(path);
        if (entry == null) {
            throw new StoreException(path, Message.of("store.notFound", path), null);
        }
        if (entry.isFolder()) {
            throw new StoreException(path, Message.of("store.notDocument", path), null);
        }
        return new ByteArrayInputStream(contents.getOrDefault(path, new byte[0]));
    }

    @Override
    public StoreEntry createFolder(StorePath path) throws StoreException {
        if (entries.containsKey(path)) {
            throw new StoreException(path, Message.of("store.exists", path), null);
        }
        StoreEntry folder = StoreEntry.folder(path, Instant.now());
        entries.put(path, folder);
        return folder;
    }
}

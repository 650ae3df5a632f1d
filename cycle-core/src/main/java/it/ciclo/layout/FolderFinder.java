package it.ciclo.layout;

import it.ciclo.store.DocumentStore;
import it.ciclo.store.EntryKind;
import it.ciclo.store.StoreEntry;
import it.ciclo.store.StoreException;
import it.ciclo.store.StorePath;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Finds in a store the folders a directive names, name by name, matching names with a
 * {@link NameMatch}. Lists each folder on the way once and remembers it, since act folders share
 * their ancestors: on a remote store that is one round trip per folder, not per act.
 */
public final class FolderFinder {

    private final DocumentStore store;
    private final NameMatch match;
    private final Map<StorePath, Map<String, List<StoreEntry>>> listings = new HashMap<>();
    private final List<StorePath> brokenLinks = new ArrayList<>();

    /**
     * A finder on {@code store}.
     *
     * @param store the store
     * @param match how names found in it are matched with the directive's
     */
    public FolderFinder(DocumentStore store, NameMatch match) {
        this.store = Objects.requireNonNull(store, "store");
        this.match = Objects.requireNonNull(match, "match");
    }

    /**
     * The existing folders whose names match {@code wanted}'s, level by level. Usually one or none;
     * more when a disk that tells case or Unicode form apart holds twins (a folder written once
     * composed, once decomposed), which all count.
     *
     * @param wanted the folder wanted
     * @return the existing folders whose names match {@code wanted}'s, level by level
     * @throws StoreException if a folder on the way cannot be listed
     */
    public List<StorePath> find(StorePath wanted) throws StoreException {
        List<StorePath> found = List.of(StorePath.ROOT);
        for (String name : wanted.names()) {
            List<StorePath> next = new ArrayList<>();
            for (StorePath folder : found) {
                for (StoreEntry e : named(folder, name)) {
                    if (e.isFolder()) {
                        next.add(e.path());
                    }
                }
            }
            if (next.isEmpty()) {
                return List.of();
            }
            found = next;
        }
        return found;
    }

    /**
     * The entries directly in {@code folder} whose names match {@code name}, the exact spelling
     * first.
     *
     * @param folder the folder
     * @param name the name
     * @return the entries directly in {@code folder} whose names match {@code name}, the exact spelling first
     * @throws StoreException if {@code folder} cannot be listed
     */
    public List<StoreEntry> named(StorePath folder, String name) throws StoreException {
        List<StoreEntry> all = listing(folder).getOrDefault(match.key(name), List.of());
        List<StoreEntry> sorted = new ArrayList<>(all);
        sorted.sort((a, b) -> Boolean.compare(!a.name().equals(name), !b.name().equals(name)));
        return sorted;
    }

    /** {@return the links that lead nowhere seen in the folders listed so far, in the order seen} */
    public List<StorePath> brokenLinks() {
        return List.copyOf(brokenLinks);
    }

    private Map<String, List<StoreEntry>> listing(StorePath folder) throws StoreException {
        Map<String, List<StoreEntry>> cached = listings.get(folder);
        if (cached != null) {
            return cached;
        }
        Map<String, List<StoreEntry>> byKey = new LinkedHashMap<>();
        try (Stream<StoreEntry> children = store.children(folder)) {
            children.forEach(e -> {
                byKey.computeIfAbsent(match.key(e.name()), k -> new ArrayList<>()).add(e);
                if (e.kind() == EntryKind.BROKEN_LINK) {
                    brokenLinks.add(e.path());
                }
            });
        } catch (UncheckedIOException e) {
            throw StoreException.unwrap(folder, e);
        }
        listings.put(folder, byKey);
        return byKey;
    }
}

package it.ciclo.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where an entry stands in a store: the folder names from the store's root down to it. Names are
 * kept exactly as the store gives them (no Unicode normalisation, no case folding), so that a path
 * read from the store leads back to the same entry. The root is the empty path.
 *
 * @param names the names from the root down, each non-empty, neither {@code .} nor {@code ..}, and
 *              without {@code /}
 */
public record StorePath(List<String> names) implements Comparable<StorePath> {

    /** The store's root. */
    public static final StorePath ROOT = new StorePath(List.of());

    public StorePath {
        names = List.copyOf(Objects.requireNonNull(names, "names"));
        for (String name : names) {
            requireName(name);
        }
    }

    /** The path made of {@code names}, from the root down. */
    public static StorePath of(String... names) {
        return new StorePath(List.of(names));
    }

    /** The child {@code name} of this folder. */
    public StorePath resolve(String name) {
        List<String> longer = new ArrayList<>(names.size() + 1);
        longer.addAll(names);
        longer.add(requireName(name));
        return new StorePath(longer);
    }

    /** The folder this path stands in; empty for the root. */
    public Optional<StorePath> parent() {
        return isRoot() ? Optional.empty() : Optional.of(new StorePath(names.subList(0, names.size() - 1)));
    }

    /** The last name; empty for the root. */
    public String name() {
        return isRoot() ? "" : names.get(names.size() - 1);
    }

    public boolean isRoot() {
        return names.isEmpty();
    }

    /** How many names lead from the root here (0 for the root). */
    public int depth() {
        return names.size();
    }

    /** Whether this path is {@code ancestor} or below it. */
    public boolean startsWith(StorePath ancestor) {
        return names.size() >= ancestor.names.size() && names.subList(0, ancestor.names.size()).equals(ancestor.names);
    }

    /** The path of this entry relative to {@code ancestor}, which it must start with. */
    public StorePath relativeTo(StorePath ancestor) {
        if (!startsWith(ancestor)) {
            throw new IllegalArgumentException("\"" + this + "\" is not inside \"" + ancestor + "\"");
        }
        return new StorePath(names.subList(ancestor.names.size(), names.size()));
    }

    /** Names joined with {@code /}; the empty string for the root. */
    @Override
    public String toString() {
        return String.join("/", names);
    }

    /** Name by name, in the order of {@link String#compareTo}, a folder before what it contains. */
    @Override
    public int compareTo(StorePath other) {
        int common = Math.min(names.size(), other.names.size());
        for (int i = 0; i < common; i++) {
            int c = names.get(i).compareTo(other.names.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(names.size(), other.names.size());
    }

    private static String requireName(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isEmpty() || name.equals(".") || name.equals("..") || name.indexOf('/') >= 0 || name.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("not a single entry name: \"" + name + "\"");
        }
        return name;
    }
}

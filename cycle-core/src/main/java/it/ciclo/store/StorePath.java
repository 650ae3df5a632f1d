package it.ciclo.store;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where an entry stands in a store: the folder names from the store's root down to it, each
 * non-empty, neither {@code .} nor {@code ..}, and without {@code /}. Names are kept exactly as the
 * store gives them (no Unicode normalisation, no case folding), so that a path read from the store
 * leads back to the same entry. The root is the empty path. Immutable; equal when the names are.
 *
 * <p>A final class rather than a record so that {@link #resolve}, called once per file by a scan,
 * checks only the new name and copies the array once.
 */
public final class StorePath implements Comparable<StorePath> {

    /** The store's root. */
    public static final StorePath ROOT = new StorePath(new String[0]);

    private final String[] names;

    private StorePath(String[] trusted) {
        this.names = trusted;
    }

    /**
     * The path made of {@code names}, from the root down.
     *
     * @param names the names, from the root down
     * @throws IllegalArgumentException if a name is empty, {@code .}, {@code ..} or holds {@code /}
     */
    public StorePath(List<String> names) {
        this(Objects.requireNonNull(names, "names").toArray(new String[0]));
        for (String name : this.names) {
            requireName(name);
        }
    }

    /** {@return the names from the root down} */
    public List<String> names() {
        return List.of(names);
    }

    /**
     * The name at {@code depth} (0 for the first below the root).
     *
     * @param depth how deep, 0 for the first name
     * @return the name at {@code depth} (0 for the first below the root)
     */
    public String name(int depth) {
        return names[depth];
    }

    /**
     * The path made of {@code names}, from the root down.
     *
     * @param names the names, from the root down
     * @return the path made of {@code names}, from the root down
     */
    public static StorePath of(String... names) {
        return new StorePath(List.of(names));
    }

    /**
     * The child {@code name} of this folder.
     *
     * @param name the name
     * @return the child {@code name} of this folder
     */
    public StorePath resolve(String name) {
        String[] longer = Arrays.copyOf(names, names.length + 1);
        longer[names.length] = requireName(name);
        return new StorePath(longer);
    }

    /** {@return the folder this path stands in; empty for the root} */
    public Optional<StorePath> parent() {
        return isRoot() ? Optional.empty() : Optional.of(new StorePath(Arrays.copyOf(names, names.length - 1)));
    }

    /** {@return the last name; empty for the root} */
    public String name() {
        return isRoot() ? "" : names[names.length - 1];
    }

    /** {@return whether this is the store's root} */
    public boolean isRoot() {
        return names.length == 0;
    }

    /** {@return how many names lead from the root here (0 for the root)} */
    public int depth() {
        return names.length;
    }

    /**
     * Whether this path is {@code ancestor} or below it.
     *
     * @param ancestor a folder
     * @return whether this path is {@code ancestor} or below it
     */
    public boolean startsWith(StorePath ancestor) {
        return names.length >= ancestor.names.length
                && Arrays.equals(names, 0, ancestor.names.length, ancestor.names, 0, ancestor.names.length);
    }

    /**
     * The path of this entry relative to {@code ancestor}, which it must start with.
     *
     * @param ancestor a folder
     * @return the path of this entry relative to {@code ancestor}, which it must start with
     */
    public StorePath relativeTo(StorePath ancestor) {
        if (!startsWith(ancestor)) {
            throw new IllegalArgumentException("\"" + this + "\" is not inside \"" + ancestor + "\"");
        }
        return new StorePath(Arrays.copyOfRange(names, ancestor.names.length, names.length));
    }

    /** Names joined with {@code /}; the empty string for the root. */
    @Override
    public String toString() {
        return String.join("/", names);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StorePath other && Arrays.equals(names, other.names);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(names);
    }

    /** Name by name, in the order of {@link String#compareTo}, a folder before what it contains. */
    @Override
    public int compareTo(StorePath other) {
        int common = Math.min(names.length, other.names.length);
        for (int i = 0; i < common; i++) {
            // Siblings share their parents' name instances: no need to compare those character by character.
            int c = names[i] == other.names[i] ? 0 : names[i].compareTo(other.names[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(names.length, other.names.length);
    }

    private static String requireName(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isEmpty() || name.equals(".") || name.equals("..") || name.indexOf('/') >= 0 || name.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("not a single entry name: \"" + name + "\"");
        }
        return name;
    }
}

package it.ciclo.objective;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where something stands in the DUP's objective tree: the titles from the strategic direction down,
 * as the DUP writes them ("1 Comune sostenibile", "1.1 Mobilità", ...). At most one title per
 * {@link ObjectiveLevel}; empty when nothing places it.
 *
 * @param titles the titles, from the strategic direction down; none blank
 */
public record ObjectivePath(List<String> titles) {

    /** No place in the tree. */
    public static final ObjectivePath NONE = new ObjectivePath(List.of());

    /**
     * Validates the components, each as described above.
     *
     * @param titles the titles, from the strategic direction down; none blank
     * @throws IllegalArgumentException if there are more titles than {@link ObjectiveLevel}s, or one is blank
     */
    public ObjectivePath {
        titles = List.copyOf(Objects.requireNonNull(titles, "titles"));
        if (titles.size() > ObjectiveLevel.values().length) {
            throw new IllegalArgumentException("more titles than objective levels: " + titles);
        }
        if (titles.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("blank title in " + titles);
        }
    }

    /**
     * The path made of {@code titles}.
     *
     * @param titles the titles, from the strategic direction down; none blank
     * @return the path made of {@code titles}
     */
    public static ObjectivePath of(String... titles) {
        return new ObjectivePath(List.of(titles));
    }

    /**
     * The title at {@code level}, if the path reaches it.
     *
     * @param level the level of the DUP
     * @return the title at {@code level}; empty if the path stops above it
     */
    public Optional<String> at(ObjectiveLevel level) {
        return level.ordinal() < titles.size() ? Optional.of(titles.get(level.ordinal())) : Optional.empty();
    }

    /** {@return the deepest title: what the path points at; empty for {@link #NONE}} */
    public Optional<String> last() {
        return titles.isEmpty() ? Optional.empty() : Optional.of(titles.get(titles.size() - 1));
    }

    /** {@return whether the path has no title: nothing places it in the tree} */
    public boolean isEmpty() {
        return titles.isEmpty();
    }

    /** The titles joined with {@code " → "}; empty for {@link #NONE}. */
    @Override
    public String toString() {
        return String.join(" → ", titles);
    }
}

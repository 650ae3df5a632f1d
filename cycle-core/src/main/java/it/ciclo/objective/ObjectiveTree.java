package it.ciclo.objective;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The objective tree of a cycle: DUP strategic directions → strategic objectives → operational
 * objectives → PEG actions → PIAO indicators; and the actions whose objective the DUP does not have
 * ({@link #unlinked()}), so that nothing gathered is lost. Immutable; grown by a {@link Builder}.
 */
public final class ObjectiveTree {

    private final List<Objective> directions;
    private final List<Action> unlinked;

    private ObjectiveTree(List<Objective> directions, List<Action> unlinked) {
        this.directions = List.copyOf(directions);
        this.unlinked = List.copyOf(unlinked);
    }

    /** {@return a tree with nothing in it} */
    public static ObjectiveTree empty() {
        return new ObjectiveTree(List.of(), List.of());
    }

    /** {@return a builder with nothing in it yet} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the strategic directions, in the order first met} */
    public List<Objective> directions() {
        return directions;
    }

    /** {@return the actions linked to no objective of the DUP (none named, or one the DUP does not have)} */
    public List<Action> unlinked() {
        return unlinked;
    }

    /**
     * The objective {@code reference} names (a code, a title, or both, see {@link ObjectiveKey}),
     * the deepest first when several match.
     *
     * @param reference an objective as a person writes it ("1.2.3", "Ob. op. 1.2.3 – Piste ciclabili")
     * @return the objective it names; empty if none does
     */
    public Optional<Objective> find(String reference) {
        ObjectiveKey key = ObjectiveKey.of(reference);
        Objective[] best = {null};
        visit(directions, o -> {
            if (ObjectiveKey.of(o.title()).matches(key) && (best[0] == null || o.level().compareTo(best[0].level()) > 0)) {
                best[0] = o;
            }
        });
        return Optional.ofNullable(best[0]);
    }

    private static void visit(List<Objective> objectives, java.util.function.Consumer<Objective> visitor) {
        for (Objective o : objectives) {
            visitor.accept(o);
            visit(o.children(), visitor);
        }
    }

    /** Grows a tree: objectives from the DUP's headings, then actions linked to them. Not thread-safe. */
    public static final class Builder {

        private final List<Node> directions = new ArrayList<>();
        private final List<Action> unlinked = new ArrayList<>();

        private Builder() {
        }

        /**
         * Adds the objectives of {@code path} that are not there yet (matched by {@link ObjectiveKey}).
         *
         * @param path the titles of a DUP heading, from the strategic direction down
         * @return this builder
         */
        public Builder add(ObjectivePath path) {
            Objects.requireNonNull(path, "path");
            List<Node> level = directions;
            for (int depth = 0; depth < path.titles().size(); depth++) {
                String title = path.titles().get(depth);
                ObjectiveKey key = ObjectiveKey.of(title);
                Node node = level.stream().filter(n -> n.key.matches(key)).findFirst().orElse(null);
                if (node == null) {
                    node = new Node(ObjectiveLevel.atDepth(depth), title, key);
                    level.add(node);
                }
                level = node.children;
            }
            return this;
        }

        /**
         * Links {@code action} to the objective {@code reference} names, the deepest when several
         * match; to {@link ObjectiveTree#unlinked()} when none does or the reference is blank.
         *
         * @param reference the objective as the scheda writes it (a code, a title, or both)
         * @param action the PEG action to link
         * @return whether an objective was found
         */
        public boolean link(String reference, Action action) {
            Objects.requireNonNull(reference, "reference");
            Objects.requireNonNull(action, "action");
            Node found = reference.isBlank() ? null : find(directions, ObjectiveKey.of(reference));
            if (found == null) {
                unlinked.add(action);
                return false;
            }
            found.actions.add(action);
            return true;
        }

        /**
         * Whether {@code reference} names an objective already added.
         *
         * @param reference an objective as a person writes it (a code, a title, or both)
         * @return whether it names an objective already added; never for a blank reference
         */
        public boolean knows(String reference) {
            return !reference.isBlank() && find(directions, ObjectiveKey.of(reference)) != null;
        }

        private static Node find(List<Node> nodes, ObjectiveKey key) {
            Node best = null;
            for (Node n : nodes) {
                Node below = find(n.children, key);
                Node candidate = below != null ? below : n.key.matches(key) ? n : null;
                if (candidate != null && (best == null || candidate.level.compareTo(best.level) > 0)) {
                    best = candidate;
                }
            }
            return best;
        }

        /** {@return the tree grown so far, objectives and actions in the order first met} */
        public ObjectiveTree build() {
            return new ObjectiveTree(directions.stream().map(Node::freeze).toList(), unlinked);
        }

        private static final class Node {
            final ObjectiveLevel level;
            final String title;
            final ObjectiveKey key;
            final List<Node> children = new ArrayList<>();
            final List<Action> actions = new ArrayList<>();

            Node(ObjectiveLevel level, String title, ObjectiveKey key) {
                this.level = level;
                this.title = title;
                this.key = key;
            }

            Objective freeze() {
                return new Objective(level, key.code(), title, children.stream().map(Node::freeze).toList(), actions);
            }
        }
    }
}

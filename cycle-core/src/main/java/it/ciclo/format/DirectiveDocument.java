package it.ciclo.format;

import it.ciclo.collect.CollectSettings;
import it.ciclo.directive.Directive;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A directive as read from a file, with where each of its values was written, so that findings
 * about it can point at lines and columns, and what {@code cycle raccogli} is to gather.
 *
 * @param directive the directive
 * @param locations every value's location, by JSON path
 * @param collect   the {@code collect} settings, or their defaults when the file has none
 */
public record DirectiveDocument(Directive directive, Map<String, Location> locations, CollectSettings collect) {

    /**
     * Validates the components, each as described above.
     *
     * @param directive the directive
     * @param locations every value's location, by JSON path
     * @param collect the {@code collect} settings, or their defaults when the file has none
     */
    public DirectiveDocument {
        Objects.requireNonNull(directive, "directive");
        locations = Map.copyOf(Objects.requireNonNull(locations, "locations"));
        Objects.requireNonNull(collect, "collect");
    }

    /**
     * A directive with the default {@code collect} settings ({@link CollectSettings#defaults(Directive)}).
     *
     * @param directive the directive
     * @param locations every value's location, by JSON path
     */
    public DirectiveDocument(Directive directive, Map<String, Location> locations) {
        this(directive, locations, CollectSettings.defaults(directive));
    }

    /**
     * Where the value at {@code path} was written; for a path below any written value (a key left
     * out), the nearest written ancestor.
     *
     * @param path the JSON path of a value, e.g. {@code $.acts[2].approval.on}
     * @return where the value at {@code path} was written; for a path below any written value (a key left out), the
     *         nearest written ancestor
     */
    public Optional<Location> locate(String path) {
        String p = path;
        while (p != null && !p.isEmpty()) {
            Location at = locations.get(p);
            if (at != null) {
                return Optional.of(at);
            }
            p = parent(p);
        }
        return Optional.empty();
    }

    private static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut <= 0 ? null : path.substring(0, cut);
    }
}

package it.ciclo.format;

import java.util.List;
import java.util.Map;

/**
 * A JSON value that remembers where it was written. A small tree of our own rather than Jackson's
 * {@code JsonNode}, because every message about a directive must point at a line and column.
 */
sealed interface JsonNode {

    Location location();

    /** A JSON object; members in the order written. */
    record Obj(Map<String, JsonNode> members, Map<String, Location> keys, Location location) implements JsonNode {
    }

    /** A JSON array. */
    record Arr(List<JsonNode> items, Location location) implements JsonNode {
    }

    /** A JSON string. */
    record Str(String value, Location location) implements JsonNode {
    }

    /** A JSON number, kept as written. */
    record Num(String text, boolean integral, Location location) implements JsonNode {
    }

    /** {@code true} or {@code false}. */
    record Bool(boolean value, Location location) implements JsonNode {
    }

    /** {@code null}. */
    record Null(Location location) implements JsonNode {
    }
}

package it.ciclo.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON into {@link JsonNode}s with Jackson's streaming parser, recording each value's line,
 * column and path. Duplicate keys and trailing content are errors.
 */
final class JsonTreeReader {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final String source;

    JsonTreeReader(String source) {
        this.source = source;
    }

    /** The single JSON value in {@code in}; Jackson's exception on malformed input. */
    JsonNode read(Reader in) throws IOException {
        try (JsonParser parser = FACTORY.createParser(in)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return null;
            }
            JsonNode root = value(parser, "$");
            if (parser.nextToken() != null) {
                throw new com.fasterxml.jackson.core.JsonParseException(parser, "unexpected content after the end of the directive");
            }
            return root;
        }
    }

    private JsonNode value(JsonParser p, String path) throws IOException {
        Location at = location(p.currentTokenLocation(), path);
        JsonToken token = p.currentToken();
        switch (token) {
            case START_OBJECT:
                Map<String, JsonNode> members = new LinkedHashMap<>();
                Map<String, Location> keys = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    String childPath = path + "." + name;
                    keys.put(name, location(p.currentTokenLocation(), childPath));
                    p.nextToken();
                    members.put(name, value(p, childPath));
                }
                return new JsonNode.Obj(Collections.unmodifiableMap(members), Collections.unmodifiableMap(keys), at);
            case START_ARRAY:
                List<JsonNode> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(value(p, path + "[" + items.size() + "]"));
                }
                return new JsonNode.Arr(List.copyOf(items), at);
            case VALUE_STRING:
                return new JsonNode.Str(p.getText(), at);
            case VALUE_NUMBER_INT:
                return new JsonNode.Num(p.getText(), true, at);
            case VALUE_NUMBER_FLOAT:
                return new JsonNode.Num(p.getText(), false, at);
            case VALUE_TRUE:
            case VALUE_FALSE:
                return new JsonNode.Bool(token == JsonToken.VALUE_TRUE, at);
            case VALUE_NULL:
                return new JsonNode.Null(at);
            default:
                throw new com.fasterxml.jackson.core.JsonParseException(p, "unexpected " + token);
        }
    }

    /** Where Jackson found {@code e}, at the root path (the tree could not be read). */
    static Location where(JsonProcessingException e, String source) {
        JsonLocation loc = e.getLocation();
        return new Location(source, loc == null ? 1 : loc.getLineNr(), loc == null ? 1 : loc.getColumnNr(), "$");
    }

    private Location location(JsonLocation loc, String path) {
        return new Location(source, loc.getLineNr(), loc.getColumnNr(), path);
    }
}

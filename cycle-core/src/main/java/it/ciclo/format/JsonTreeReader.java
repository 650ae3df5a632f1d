package it.ciclo.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import it.ciclo.i18n.Message;
import it.ciclo.i18n.Quoted;
import it.ciclo.i18n.Visible;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads JSON into {@link JsonNode}s with Jackson's streaming parser, recording each value's line,
 * column and path. Duplicate keys and trailing content are errors.
 *
 * <p>Jackson reports a syntax error in English and where it noticed it, which is not always where
 * the slip is: a missing comma is noticed at the next key, on the next line. So a syntax error is
 * said here in the user's words, from what the parser was doing and the character it stopped at, and
 * placed where the fix goes: a missing comma right after the value it should follow, a comma too many
 * where that comma is, a file that ends too soon at the bracket left open.
 */
final class JsonTreeReader {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** Key names written into paths as they are; anything else is quoted ({@code $["a b"]}). */
    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$-]{0,63}");
    private static final Pattern ESCAPE = Pattern.compile("Unrecognized character escape '(.)'");
    private static final Pattern TOKEN = Pattern.compile("Unrecognized token '([^']*)'");
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'");
    private static final String CURLY_QUOTES = "\u201C\u201D\u201E\u201F\u2018\u2019\u201A\u201B\u00AB\u00BB\u2033";

    private final String source;
    private String text;
    /** The objects and arrays open at the moment, innermost first: where each was opened, and its path. */
    private final Deque<Location> open = new ArrayDeque<>();
    /** Just after the last complete value or key, for "a comma is missing here". */
    private Location lastEnd;

    JsonTreeReader(String source) {
        this.source = source;
    }

    /**
     * The single JSON value in {@code text}, or null if it holds none.
     *
     * @throws InvalidJsonException at the first syntax error, said in the user's words
     */
    JsonNode read(String text) throws InvalidJsonException {
        this.text = text;
        open.clear();
        lastEnd = new Location(source, 1, 1, "$");
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken first;
            try {
                first = parser.nextToken();
                if (first == null) {
                    return null;
                }
                JsonNode root = value(parser, "$");
                JsonLocation after = parser.currentLocation();
                if (parser.nextToken() != null) {
                    throw new InvalidJsonException(new Problem(location(parser.currentTokenLocation(), "$"),
                            Message.of("json.trailing", location(after, "$").line())));
                }
                return root;
            } catch (JsonProcessingException e) {
                throw new InvalidJsonException(explain(e));
            }
        } catch (InvalidJsonException e) {
            throw e;
        } catch (IOException e) {
            // Only a JsonProcessingException can come from parsing a string; closing one cannot fail.
            throw new InvalidJsonException(new Problem(new Location(source, 1, 1, "$"),
                    Message.of("json.other")));
        }
    }

    private JsonNode value(JsonParser p, String path) throws IOException {
        Location at = location(p.currentTokenLocation(), path);
        JsonToken token = p.currentToken();
        switch (token) {
            case START_OBJECT:
                open.push(at);
                Map<String, JsonNode> members = new LinkedHashMap<>();
                Map<String, Location> keys = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    String childPath = path + segment(name);
                    keys.put(name, location(p.currentTokenLocation(), childPath));
                    lastEnd = location(p.currentLocation(), childPath);
                    p.nextToken();
                    members.put(name, value(p, childPath));
                }
                open.pop();
                lastEnd = location(p.currentLocation(), path);
                return new JsonNode.Obj(Collections.unmodifiableMap(members), Collections.unmodifiableMap(keys), at);
            case START_ARRAY:
                open.push(at);
                List<JsonNode> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(value(p, path + "[" + items.size() + "]"));
                }
                open.pop();
                lastEnd = location(p.currentLocation(), path);
                return new JsonNode.Arr(List.copyOf(items), at);
            case VALUE_STRING:
                return scalar(p, new JsonNode.Str(p.getText(), at));
            case VALUE_NUMBER_INT:
                return scalar(p, new JsonNode.Num(p.getText(), true, at));
            case VALUE_NUMBER_FLOAT:
                return scalar(p, new JsonNode.Num(p.getText(), false, at));
            case VALUE_TRUE:
            case VALUE_FALSE:
                return scalar(p, new JsonNode.Bool(token == JsonToken.VALUE_TRUE, at));
            case VALUE_NULL:
                return scalar(p, new JsonNode.Null(at));
            default:
                throw new InvalidJsonException(new Problem(at, Message.of("json.other")));
        }
    }

    private JsonNode scalar(JsonParser p, JsonNode node) {
        lastEnd = location(p.currentLocation(), node.location().path());
        return node;
    }

    /** The path segment of key {@code name}: {@code .name}, or {@code ["name"]} when it is not a plain word. */
    private static String segment(String name) {
        if (PLAIN_KEY.matcher(name).matches()) {
            return "." + name;
        }
        return "[\"" + Visible.of(name.length() > 40 ? name.substring(0, 40) + "…" : name) + "\"]";
    }

    /** A syntax error said in the user's words, placed where the fix goes. */
    private Problem explain(JsonProcessingException e) {
        String message = String.valueOf(e.getOriginalMessage());
        JsonLocation loc = e.getLocation();
        String path = open.isEmpty() ? "$" : open.peek().path();
        Location at = loc == null ? new Location(source, 1, 1, path) : location(loc, path);
        int offset = loc == null ? -1 : (int) loc.getCharOffset();
        if (e instanceof StreamConstraintsException) {
            return new Problem(at, Message.of(message.startsWith("Document nesting depth") ? "json.tooDeep"
                    : message.startsWith("Number") ? "json.numberTooLong" : "json.tooLong"));
        }
        if (e instanceof JsonEOFException) {
            if (message.contains("closing quote")) {
                return new Problem(at, Message.of("json.end.string"));
            }
            Location opened = open.isEmpty() ? at : open.peek();
            return new Problem(opened, Message.of("json.end.open", bracket(opened), opened.line(), opened.column()));
        }
        Matcher escape = ESCAPE.matcher(message);
        if (escape.find()) {
            return new Problem(before(offset, '\\', at), Message.of("json.escape", Quoted.of("\\" + escape.group(1))));
        }
        if (message.startsWith("Illegal unquoted character")) {
            char c = offset > 0 && offset <= text.length() ? text.charAt(offset - 1) : '?';
            return new Problem(at, Message.of("json.control", Visible.of(String.valueOf(c)), (int) c));
        }
        Matcher duplicate = DUPLICATE.matcher(message);
        if (duplicate.find()) {
            return new Problem(at, Message.of("json.duplicate", Quoted.of(duplicate.group(1))));
        }
        if (message.startsWith("Unexpected close marker")) {
            Location opened = open.isEmpty() ? at : open.peek();
            return new Problem(at, Message.of("json.close", Quoted.of(charAt(offset)), bracket(opened), opened.line(),
                    opened.column()));
        }
        char c = offset >= 0 && offset < text.length() ? text.charAt(offset) : 0;
        if (message.contains("was expecting comma")) {
            return new Problem(lastEnd, Message.of("json.comma", Quoted.of(charAt(offset)), at.line(), at.column()));
        }
        if (CURLY_QUOTES.indexOf(c) >= 0) {
            return new Problem(at, Message.of("json.curlyQuotes", String.valueOf(c)));
        }
        if ((c == '}' && message.contains("double-quote to start field name"))
                || (c == ']' && message.contains("expected a valid value"))) {
            Location comma = before(offset, ',', at);
            if (comma != at) {
                return new Problem(comma, Message.of("json.trailingComma", String.valueOf(c)));
            }
        }
        if (c == '\'') {
            return new Problem(at, Message.of("json.singleQuote"));
        }
        if (c == '/' || c == '#') {
            return new Problem(at, Message.of("json.comment"));
        }
        if (message.contains("double-quote to start field name")) {
            return new Problem(at, Message.of("json.key", Quoted.of(charAt(offset))));
        }
        if (message.contains("colon to separate")) {
            return new Problem(lastEnd, Message.of("json.colon"));
        }
        if (message.contains("expected a value") || (message.contains("expected a valid value") && (c == ',' || c == '}' || c == ']'))) {
            return new Problem(at, Message.of("json.missingValue", Quoted.of(charAt(offset))));
        }
        if (message.contains("numeric value") || message.startsWith("Non-standard token")
                || message.startsWith("Invalid numeric value") || c == '+' || c == '.') {
            return new Problem(at, Message.of("json.number"));
        }
        Matcher token = TOKEN.matcher(message);
        if (token.find()) {
            String word = token.group(1);
            return new Problem(location(offset - word.length(), at), Message.of("json.token", Quoted.of(word)));
        }
        if (message.startsWith("Unexpected character") && offset >= 0) {
            return new Problem(at, Message.of("json.unexpected", Quoted.of(charAt(offset))));
        }
        return new Problem(at, Message.of("json.other"));
    }

    /** The bracket opened at {@code opened}: {@code [} or <code>{</code>. */
    private String bracket(Location opened) {
        int offset = offsetOf(opened);
        return offset >= 0 && offset < text.length() && text.charAt(offset) == '[' ? "[" : "{";
    }

    /** The character at {@code offset} (a whole code point), or an empty string past the end. */
    private String charAt(int offset) {
        if (offset < 0 || offset >= text.length()) {
            return "";
        }
        return new String(Character.toChars(text.codePointAt(offset)));
    }

    /** Where {@code wanted} stands, looking back from {@code offset} over white space only; {@code otherwise} if it is not there. */
    private Location before(int offset, char wanted, Location otherwise) {
        int i = Math.min(offset - 1, text.length() - 1);
        while (i >= 0 && Character.isWhitespace(text.charAt(i)) && text.charAt(i) != wanted) {
            i--;
        }
        if (wanted == '\\') {
            // The escape's backslash is one or two characters back, inside the string.
            int back = text.lastIndexOf('\\', Math.max(0, offset - 1));
            return back < 0 ? otherwise : location(back, otherwise);
        }
        return i >= 0 && text.charAt(i) == wanted ? location(i, otherwise) : otherwise;
    }

    /** The location of character {@code offset} of the text, with the path of {@code like}. */
    private Location location(int offset, Location like) {
        if (offset < 0 || offset > text.length() || like == null) {
            return like;
        }
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Location(source, line, offset - lineStart + 1, like.path());
    }

    /** The character offset of {@code at} in the text, or -1. */
    private int offsetOf(Location at) {
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            if (line == at.line()) {
                return i + at.column() - 1;
            }
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return -1;
    }

    private Location location(JsonLocation loc, String path) {
        return new Location(source, loc.getLineNr(), loc.getColumnNr(), path);
    }

    /** A syntax error: the one problem of a file that is not JSON. */
    static final class InvalidJsonException extends IOException {

        private static final long serialVersionUID = 1L;

        private final transient Problem problem;

        InvalidJsonException(Problem problem) {
            super(null, null);
            this.problem = problem;
        }

        Problem problem() {
            return problem;
        }
    }
}

package it.ciclo.format;

import it.ciclo.directive.Ids;
import it.ciclo.i18n.Message;
import it.ciclo.i18n.Quoted;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One pass over a JSON tree read by {@link JsonTreeReader}, collecting every problem (with its
 * location) instead of stopping at the first: the checks of scalars, objects and lists that every
 * file format of Ciclo (the directive, the events register) shares. Each reading method returns the
 * value, or null after recording a problem.
 */
abstract class JsonWalk {

    final List<Problem> problems = new ArrayList<>();

    List<Problem> sortedProblems() {
        List<Problem> sorted = new ArrayList<>(problems);
        sorted.sort((a, b) -> a.location().line() != b.location().line()
                ? Integer.compare(a.location().line(), b.location().line())
                : Integer.compare(a.location().column(), b.location().column()));
        return sorted;
    }

    int problemCount() {
        return problems.size();
    }

    void problem(Location at, String key, Object... args) {
        problems.add(new Problem(at, Message.of(key, args)));
    }

    String string(JsonNode n) {
        if (n instanceof JsonNode.Str s) {
            return s.value();
        }
        problem(n.location(), "format.type", Message.of("type.string"));
        return null;
    }

    Boolean bool(JsonNode n) {
        if (n instanceof JsonNode.Bool b) {
            return b.value();
        }
        problem(n.location(), "format.type", Message.of("type.boolean"));
        return null;
    }

    String id(JsonNode n) {
        String s = string(n);
        if (s != null && !Ids.isValid(s)) {
            problem(n.location(), "format.id", Quoted.of(s));
            return null;
        }
        return s;
    }

    Integer integer(JsonNode n, int min, int max) {
        if (!(n instanceof JsonNode.Num num) || !num.integral()) {
            problem(n.location(), "format.type", Message.of("type.integer"));
            return null;
        }
        long value;
        try {
            value = Long.parseLong(num.text());
        } catch (NumberFormatException e) {
            value = Long.MAX_VALUE;
        }
        if (value < min || value > max) {
            problem(n.location(), "format.range", Quoted.of(num.text()), min, max);
            return null;
        }
        return (int) value;
    }

    /** A day written YYYY-MM-DD, existing and in the years Ciclo computes with ({@link DateText}). */
    LocalDate date(JsonNode n) {
        String s = string(n);
        if (s == null) {
            return null;
        }
        try {
            return DateText.parse(s);
        } catch (InvalidDateException e) {
            problems.add(new Problem(n.location(), e.reason()));
            return null;
        }
    }

    /**
     * A string of the {@code form} (a regular expression) that {@code parse} turns into a value; a
     * problem {@code key} naming the string otherwise.
     */
    <T> T parsed(JsonNode n, String form, Function<String, T> parse, String key) {
        String s = string(n);
        if (s == null) {
            return null;
        }
        try {
            if (s.matches(form)) {
                return parse.apply(s);
            }
        } catch (DateTimeParseException e) {
            // falls through to the message below
        }
        problem(n.location(), key, Quoted.of(s));
        return null;
    }

    <T> T oneOf(JsonNode n, List<String> allowed, Function<String, T> convert) {
        String s = string(n);
        if (s == null) {
            return null;
        }
        if (!allowed.contains(s)) {
            problem(n.location(), "format.enum", Quoted.of(s), String.join(", ", allowed));
            return null;
        }
        return convert.apply(s);
    }

    <T> List<T> list(JsonNode n, Function<JsonNode, T> item) {
        if (!(n instanceof JsonNode.Arr a)) {
            problem(n.location(), "format.type", Message.of("type.array"));
            return null;
        }
        List<T> out = new ArrayList<>();
        boolean complete = true;
        for (JsonNode child : a.items()) {
            T value = item.apply(child);
            if (value == null) {
                complete = false;
            } else {
                out.add(value);
            }
        }
        return complete ? out : null;
    }

    Fields fields(JsonNode n, String... allowed) {
        if (!(n instanceof JsonNode.Obj o)) {
            problem(n.location(), "format.type", Message.of("type.object"));
            return null;
        }
        List<String> known = List.of(allowed);
        o.members().keySet().stream().filter(k -> !known.contains(k))
                .forEach(k -> problem(o.keys().get(k), "format.unknownKey", Quoted.of(k), String.join(", ", known)));
        return new Fields(o);
    }

    /** The members of one object, read by key. */
    final class Fields {
        final JsonNode.Obj obj;

        Fields(JsonNode.Obj obj) {
            this.obj = obj;
        }

        /** The value of a key that must be present and valid; null (and a problem recorded) otherwise. */
        <T> T required(String key, Function<JsonNode, T> read) {
            JsonNode n = obj.members().get(key);
            if (n == null) {
                problem(obj.location(), "format.missing", key);
                return null;
            }
            return read.apply(n);
        }

        /** Empty when the key is absent, or present but invalid (a problem is then recorded). */
        <T> Optional<T> optional(String key, Function<JsonNode, T> read) {
            JsonNode n = obj.members().get(key);
            if (n == null) {
                return Optional.empty();
            }
            return Optional.ofNullable(read.apply(n));
        }
    }
}

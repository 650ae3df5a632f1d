package it.ciclo.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import it.ciclo.calendar.CalendarSpec;
import it.ciclo.collect.CollectSettings;
import it.ciclo.calendar.Roll;
import it.ciclo.deadline.Conditional;
import it.ciclo.deadline.DaysAfter;
import it.ciclo.deadline.DeadlineKind;
import it.ciclo.deadline.DeadlineReference;
import it.ciclo.deadline.DeadlineRule;
import it.ciclo.deadline.Earliest;
import it.ciclo.deadline.EventReference;
import it.ciclo.deadline.FixedDate;
import it.ciclo.deadline.Latest;
import it.ciclo.deadline.Reference;
import it.ciclo.deadline.WorkingDays;
import it.ciclo.directive.Act;
import it.ciclo.directive.CircularDeadlinesException;
import it.ciclo.directive.ActKind;
import it.ciclo.directive.Cycle;
import it.ciclo.directive.Directive;
import it.ciclo.directive.EventDefinition;
import it.ciclo.directive.EventKind;
import it.ciclo.directive.Ids;
import it.ciclo.directive.Issuance;
import it.ciclo.directive.ReportingPeriod;
import it.ciclo.directive.Sector;
import it.ciclo.directive.SubmissionTerms;
import it.ciclo.i18n.Message;
import it.ciclo.layout.FolderPath;
import it.ciclo.layout.InvalidFolderPathException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads the directive format (see {@code docs/directive-format.md}). Strict: a key it does not know,
 * a repeated key, a value of the wrong type, a date that does not exist, a reference to an event or
 * act that is not declared, and deadlines that depend on each other in a circle are all refused,
 * each with file, line, column, JSON path and what was expected. Reports every problem it can find
 * in one pass. Thread-safe.
 */
public final class DirectiveReader {

    /** Reads the directive in {@code file} (UTF-8). */
    public DirectiveDocument read(Path file) throws InvalidDirectiveException {
        String source = file.toString();
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw single(source, Message.of("format.encoding"));
        } catch (IOException e) {
            throw single(source, Message.of("format.unreadable", e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
        return read(new StringReader(text), source);
    }

    /**
     * Reads a directive from {@code in}; {@code source} names it in messages.
     */
    public DirectiveDocument read(Reader in, String source) throws InvalidDirectiveException {
        JsonNode root;
        try {
            root = new JsonTreeReader(source).read(in);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            Location at = new Location(source, loc == null ? 1 : loc.getLineNr(), loc == null ? 1 : loc.getColumnNr(), "$");
            throw new InvalidDirectiveException(List.of(new Problem(at, Message.of("format.syntax", e.getOriginalMessage()))));
        } catch (IOException e) {
            throw single(source, Message.of("format.unreadable", e.getMessage()));
        }
        if (root == null) {
            throw single(source, Message.of("format.empty"));
        }
        Walk walk = new Walk();
        Directive directive = walk.directive(root);
        if (!walk.problems.isEmpty() || directive == null) {
            throw new InvalidDirectiveException(walk.sortedProblems());
        }
        Map<String, Location> locations = new HashMap<>();
        index(root, locations);
        return new DirectiveDocument(directive, locations,
                walk.collect != null ? walk.collect : CollectSettings.defaults(directive));
    }

    private static InvalidDirectiveException single(String source, Message message) {
        return new InvalidDirectiveException(List.of(new Problem(new Location(source, 1, 1, "$"), message)));
    }

    private static void index(JsonNode node, Map<String, Location> into) {
        into.put(node.location().path(), node.location());
        if (node instanceof JsonNode.Obj o) {
            o.members().values().forEach(v -> index(v, into));
        } else if (node instanceof JsonNode.Arr a) {
            a.items().forEach(v -> index(v, into));
        }
    }

    /** One pass over one file's tree, collecting problems instead of stopping at the first. */
    static final class Walk {

        private final List<Problem> problems = new ArrayList<>();
        /** The {@code collect} settings, when written (read by {@link CollectReading}). */
        private CollectSettings collect;
        /** References seen in rules, checked once every event and act is known. */
        private final List<Map.Entry<Reference, Location>> references = new ArrayList<>();
        /** Where each act's approval and submission rule was written, for circularity messages. */
        private final Map<DeadlineReference, Location> ruleLocations = new HashMap<>();

        List<Problem> sortedProblems() {
            List<Problem> sorted = new ArrayList<>(problems);
            sorted.sort((a, b) -> a.location().line() != b.location().line()
                    ? Integer.compare(a.location().line(), b.location().line())
                    : Integer.compare(a.location().column(), b.location().column()));
            return sorted;
        }

        void problem(Location at, String key, Object... args) {
            problems.add(new Problem(at, Message.of(key, args)));
        }

        int problemCount() {
            return problems.size();
        }

        Directive directive(JsonNode root) {
            Fields f = fields(root, "$schema", "id", "title", "issued", "cycle", "calendar", "events", "sectors", "acts",
                    "collect");
            if (f == null) {
                return null;
            }
            f.optional("$schema", this::string);
            String id = f.required("id", this::id);
            String title = f.required("title", this::string);
            Issuance issued = f.required("issued", this::issuance);
            Cycle cycle = f.required("cycle", this::cycle);
            CalendarSpec calendar = f.optional("calendar", this::calendar).orElse(CalendarSpec.italy());
            Map<String, EventDefinition> events = f.optional("events", this::events).orElse(Map.of());
            List<Sector> sectors = f.optional("sectors", n -> list(n, this::sector)).orElse(List.of());
            List<Act> acts = f.required("acts", n -> list(n, this::act));
            collect = f.optional("collect", n -> new CollectReading(this).read(n, acts, sectors)).orElse(null);
            if (acts != null) {
                unique(root, "acts", acts, Act::id);
            }
            if (sectors != null) {
                unique(root, "sectors", sectors, Sector::id);
                unique(root, "sectors", sectors, s -> s.folder().toLowerCase(Locale.ROOT));
            }
            if (acts != null && events != null) {
                checkReferences(events, acts);
            }
            if (!problems.isEmpty()) {
                return null;
            }
            try {
                return new Directive(id, title, issued, cycle, calendar, events, sectors, acts);
            } catch (CircularDeadlinesException e) {
                problem(ruleLocations.get(e.circle().get(0)), "format.circle",
                        e.circle().stream().map(DeadlineReference::toString).collect(Collectors.joining(" → ")));
                return null;
            } catch (IllegalArgumentException e) {
                problem(root.location(), "format.invalid", e.getMessage());
                return null;
            }
        }

        private <T> void unique(JsonNode root, String key, List<T> items, Function<T, String> idOf) {
            if (!(((JsonNode.Obj) root).members().get(key) instanceof JsonNode.Arr arr)) {
                return;
            }
            Map<String, Integer> seen = new HashMap<>();
            for (int i = 0; i < items.size(); i++) {
                Integer first = seen.putIfAbsent(idOf.apply(items.get(i)), i);
                if (first != null) {
                    problem(arr.items().get(i).location(), "format.duplicate", idOf.apply(items.get(i)),
                            arr.items().get(first).location().path());
                }
            }
        }

        private void checkReferences(Map<String, EventDefinition> events, List<Act> acts) {
            Map<String, Act> byId = acts.stream().collect(Collectors.toMap(Act::id, a -> a, (a, b) -> a, LinkedHashMap::new));
            for (Map.Entry<Reference, Location> use : references) {
                Location at = use.getValue();
                if (use.getKey() instanceof EventReference e && !events.containsKey(e.eventId())) {
                    problem(at, "format.ref.unknownEvent", e.eventId(), declared(events.keySet()));
                } else if (use.getKey() instanceof DeadlineReference d) {
                    Act target = byId.get(d.actId());
                    if (target == null) {
                        problem(at, "format.ref.unknownAct", d.actId(), declared(byId.keySet()));
                        } else if (d.kind() == DeadlineKind.SUBMISSION && target.submission().isEmpty()) {
                        problem(at, "format.ref.noSubmission", d.actId());
                        }
                }
            }
        }

        /** The identifiers declared, for "declared: ..." in messages; a dash when there are none. */
        private static String declared(Collection<String> ids) {
            return ids.isEmpty() ? "—" : String.join(", ", ids);
        }

        // ---- values ------------------------------------------------------------------------

        Issuance issuance(JsonNode n) {
            Fields f = fields(n, "on", "by", "number");
            if (f == null) {
                return null;
            }
            LocalDate on = f.required("on", this::date);
            String by = f.required("by", this::string);
            String number = f.optional("number", this::string).orElse("");
            return on == null || by == null ? null : new Issuance(on, by, number);
        }

        Cycle cycle(JsonNode n) {
            Fields f = fields(n, "firstYear", "lastYear");
            if (f == null) {
                return null;
            }
            Integer first = f.required("firstYear", v -> integer(v, 1900, 2999));
            Integer last = f.required("lastYear", v -> integer(v, 1900, 2999));
            if (first == null || last == null) {
                return null;
            }
            if (last < first) {
                problem(f.obj.members().get("lastYear").location(), "format.cycle.order", last, first);
                return null;
            }
            return new Cycle(first, last);
        }

        CalendarSpec calendar(JsonNode n) {
            Fields f = fields(n, "country", "patronSaint", "patronSaintLegalHoliday", "closures");
            if (f == null) {
                return null;
            }
            String country = f.optional("country", v -> oneOf(v, List.of(CalendarSpec.ITALY), Function.identity()))
                    .orElse(CalendarSpec.ITALY);
            Optional<MonthDay> patron = f.optional("patronSaint", this::monthDay);
            List<LocalDate> closures = f.optional("closures", v -> list(v, this::date)).orElse(List.of());
            boolean legal = f.optional("patronSaintLegalHoliday", this::bool).orElse(false);
            if (legal && patron.isEmpty()) {
                problem(f.obj.keys().get("patronSaintLegalHoliday"), "format.patronSaintLegalHoliday");
                return null;
            }
            return new CalendarSpec(country, patron, closures, legal);
        }

        Map<String, EventDefinition> events(JsonNode n) {
            if (!(n instanceof JsonNode.Obj o)) {
                problem(n.location(), "format.type", Message.of("type.object"));
                return null;
            }
            Map<String, EventDefinition> events = new LinkedHashMap<>();
            o.members().forEach((key, value) -> {
                if (!Ids.isValid(key)) {
                    problem(o.keys().get(key), "format.id", key);
                    return;
                }
                Fields f = fields(value, "label", "kind", "on");
                if (f == null) {
                    return;
                }
                String label = f.required("label", this::string);
                Optional<EventKind> kind = f.optional("kind", v -> oneOf(v,
                        Arrays.stream(EventKind.values()).map(EventKind::jsonName).toList(), EventKind::fromJsonName));
                Optional<LocalDate> on = f.optional("on", this::date);
                if (label != null) {
                    events.put(key, new EventDefinition(key, label, kind, on));
                }
            });
            return events;
        }

        Sector sector(JsonNode n) {
            Fields f = fields(n, "id", "name", "folder");
            if (f == null) {
                return null;
            }
            String id = f.required("id", this::id);
            String name = f.required("name", this::string);
            String folder = f.required("folder", this::folderName);
            return id == null || name == null || folder == null ? null : new Sector(id, name, folder);
        }

        Act act(JsonNode n) {
            Fields f = fields(n, "id", "kind", "title", "text", "approval", "submission", "reports");
            if (f == null) {
                return null;
            }
            String id = f.required("id", this::id);
            ActKind kind = f.optional("kind", v -> oneOf(v,
                    Arrays.stream(ActKind.values()).map(ActKind::jsonName).toList(), ActKind::fromJsonName))
                    .orElse(ActKind.OTHER);
            String title = f.required("title", this::string);
            String text = f.optional("text", this::string).orElse("");
            DeadlineRule approval = f.required("approval", this::rule);
            Optional<SubmissionTerms> submission = f.optional("submission", this::submission);
            Optional<ReportingPeriod> reports = f.optional("reports", this::period);
            if (id != null) {
                remember(f.obj.members().get("approval"), new DeadlineReference(id, DeadlineKind.APPROVAL));
                if (f.obj.members().get("submission") instanceof JsonNode.Obj sub) {
                    remember(sub.members().get("due"), new DeadlineReference(id, DeadlineKind.SUBMISSION));
                }
            }
            if (id == null || title == null || approval == null) {
                return null;
            }
            return new Act(id, kind, title, text, approval, submission, reports);
        }

        private void remember(JsonNode node, DeadlineReference ref) {
            if (node != null) {
                ruleLocations.put(ref, node.location());
            }
        }

        SubmissionTerms submission(JsonNode n) {
            Fields f = fields(n, "due", "folder", "instructions", "shared");
            if (f == null) {
                return null;
            }
            DeadlineRule due = f.required("due", this::rule);
            String folder = f.required("folder", this::folderPath);
            String instructions = f.optional("instructions", this::string).orElse("");
            boolean shared = f.optional("shared", this::bool).orElse(false);
            return due == null || folder == null ? null : new SubmissionTerms(due, folder, instructions, shared);
        }

        ReportingPeriod period(JsonNode n) {
            Fields f = fields(n, "from", "to");
            if (f == null) {
                return null;
            }
            LocalDate from = f.required("from", this::date);
            LocalDate to = f.required("to", this::date);
            if (from == null || to == null) {
                return null;
            }
            if (to.isBefore(from)) {
                problem(f.obj.members().get("to").location(), "format.period.order", to, from);
                return null;
            }
            return new ReportingPeriod(from, to);
        }

        // ---- deadline rules ---------------------------------------------------------------

        private static final List<String> RULE_KINDS = List.of("on", "days", "workingDays", "latest", "earliest", "if");

        DeadlineRule rule(JsonNode n) {
            if (!(n instanceof JsonNode.Obj o)) {
                problem(n.location(), "format.type", Message.of("type.rule"));
                return null;
            }
            List<String> kinds = RULE_KINDS.stream().filter(o.members()::containsKey).toList();
            if (kinds.size() != 1) {
                problem(n.location(), "format.rule.kind", String.join(", ", RULE_KINDS),
                        kinds.isEmpty() ? "—" : String.join(", ", kinds));
                return null;
            }
            String kind = kinds.get(0);
            return switch (kind) {
                case "on" -> {
                    Fields f = fields(n, "on", "roll");
                    LocalDate on = f.required("on", this::date);
                    Roll roll = roll(f);
                    yield on == null ? null : new FixedDate(on, roll);
                }
                case "days" -> {
                    Fields f = fields(n, "days", "after", "roll");
                    Integer days = f.required("days", v -> integer(v, 0, 3660));
                    Reference after = f.required("after", this::reference);
                    Roll roll = roll(f);
                    yield days == null || after == null ? null : new DaysAfter(days, after, roll);
                }
                case "workingDays" -> workingDays(n);
                case "latest", "earliest" -> {
                    Fields f = fields(n, kind, "roll");
                    List<DeadlineRule> rules = f.required(kind, v -> list(v, this::rule));
                    Roll roll = roll(f);
                    if (rules != null && rules.isEmpty()) {
                        problem(o.members().get(kind).location(), "format.rule.empty", kind);
                        yield null;
                    }
                    if (rules == null) {
                        yield null;
                    }
                    yield "latest".equals(kind) ? new Latest(rules, roll) : new Earliest(rules, roll);
                }
                default -> {
                    Fields f = fields(n, "if", "then", "else", "roll");
                    String event = f.required("if", this::id);
                    DeadlineRule then = f.required("then", this::rule);
                    DeadlineRule otherwise = f.required("else", this::rule);
                    Roll roll = roll(f);
                    if (event != null) {
                        references.add(Map.entry(new EventReference(event), o.members().get("if").location()));
                    }
                    yield event == null || then == null || otherwise == null
                            ? null : new Conditional(event, then, otherwise, roll);
                }
            };
        }

        private DeadlineRule workingDays(JsonNode n) {
            Fields f = fields(n, "workingDays", "after", "before", "roll");
            JsonNode.Obj o = f.obj;
            Integer count = f.required("workingDays", v -> integer(v, 1, 2000));
            boolean after = o.members().containsKey("after");
            if (after == o.members().containsKey("before")) {
                problem(n.location(), "format.rule.direction");
                return null;
            }
            Reference ref = f.required(after ? "after" : "before", this::reference);
            Roll roll = roll(f);
            if (count == null || ref == null) {
                return null;
            }
            return new WorkingDays(count, after ? WorkingDays.Direction.AFTER : WorkingDays.Direction.BEFORE, ref, roll);
        }

        private Roll roll(Fields f) {
            return f.optional("roll", v -> oneOf(v, Arrays.stream(Roll.values()).map(Roll::jsonName).toList(), Roll::fromJsonName))
                    .orElse(Roll.NONE);
        }

        Reference reference(JsonNode n) {
            String text = string(n);
            if (text == null) {
                return null;
            }
            Reference ref;
            try {
                ref = Reference.parse(text);
            } catch (IllegalArgumentException e) {
                problem(n.location(), "format.ref.syntax", text);
                return null;
            }
            String id = ref instanceof EventReference e ? e.eventId() : ((DeadlineReference) ref).actId();
            if (!Ids.isValid(id)) {
                problem(n.location(), "format.ref.syntax", text);
                return null;
            }
            references.add(Map.entry(ref, n.location()));
            return ref;
        }

        // ---- scalars -------------------------------------------------------------------------

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
                problem(n.location(), "format.id", s);
                return null;
            }
            return s;
        }

        String folderName(JsonNode n) {
            String s = string(n);
            if (s != null && (s.isBlank() || s.contains("/") || s.contains("\\") || s.equals(".") || s.equals(".."))) {
                problem(n.location(), "format.folderName", s);
                return null;
            }
            return s;
        }

        String folderPath(JsonNode n) {
            String s = string(n);
            if (s == null) {
                return null;
            }
            try {
                FolderPath.parse(s);
            } catch (InvalidFolderPathException e) {
                problems.add(new Problem(n.location(), e.reason()));
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
                problem(n.location(), "format.range", num.text(), min, max);
                return null;
            }
            return (int) value;
        }

        LocalDate date(JsonNode n) {
            String s = string(n);
            if (s == null) {
                return null;
            }
            try {
                if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
                    return LocalDate.parse(s);
                }
            } catch (DateTimeParseException e) {
                // falls through to the message below
            }
            problem(n.location(), "format.date", s);
            return null;
        }

        MonthDay monthDay(JsonNode n) {
            String s = string(n);
            if (s == null) {
                return null;
            }
            try {
                if (s.matches("\\d{2}-\\d{2}")) {
                    return MonthDay.parse("--" + s);
                }
            } catch (DateTimeParseException e) {
                // falls through to the message below
            }
            problem(n.location(), "format.monthDay", s);
            return null;
        }

        <T> T oneOf(JsonNode n, List<String> allowed, Function<String, T> convert) {
            String s = string(n);
            if (s == null) {
                return null;
            }
            if (!allowed.contains(s)) {
                problem(n.location(), "format.enum", s, String.join(", ", allowed));
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
                    .forEach(k -> problem(o.keys().get(k), "format.unknownKey", k, String.join(", ", known)));
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
}

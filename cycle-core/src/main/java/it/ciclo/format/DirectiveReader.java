package it.ciclo.format;

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
import it.ciclo.directive.Contact;
import it.ciclo.directive.ActKind;
import it.ciclo.directive.Cycle;
import it.ciclo.directive.Directive;
import it.ciclo.directive.EventDefinition;
import it.ciclo.directive.EventKind;
import it.ciclo.directive.FileRules;
import it.ciclo.directive.Ids;
import it.ciclo.directive.Issuance;
import it.ciclo.directive.ReportingPeriod;
import it.ciclo.directive.Reminders;
import it.ciclo.directive.Sector;
import it.ciclo.directive.SubmissionTerms;
import it.ciclo.i18n.Capped;
import it.ciclo.i18n.Message;
import it.ciclo.i18n.Quoted;
import it.ciclo.layout.FolderName;
import it.ciclo.layout.FolderPath;
import it.ciclo.layout.InvalidFolderPathException;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
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

    /**
     * Reads the directive in {@code file}: UTF-8 (a byte order mark is accepted), a regular file of at
     * most {@link TextFile#MAX_BYTES} bytes, refused before reading otherwise.
     *
     * @param file the directive's file
     * @return the directive, with where each value was written
     * @throws InvalidDirectiveException with every problem found, each located
     */
    public DirectiveDocument read(Path file) throws InvalidDirectiveException {
        String source = file.toString();
        try {
            return parse(TextFile.read(file, source), source);
        } catch (TextFile.Unreadable e) {
            throw new InvalidDirectiveException(List.of(e.problem()));
        }
    }

    /**
     * Reads a directive from {@code in}; {@code source} names it in messages.
     *
     * @param in     the directive's text; at most {@link TextFile#MAX_BYTES} characters are read
     * @param source how messages name it
     * @return the directive, with where each value was written
     * @throws InvalidDirectiveException with every problem found, each located
     */
    public DirectiveDocument read(Reader in, String source) throws InvalidDirectiveException {
        String text;
        try {
            text = readAll(in);
        } catch (IOException e) {
            throw single(source, Message.of("format.unreadable", it.ciclo.i18n.Causes.of(e)));
        }
        if (text == null) {
            throw single(source, Message.of("file.tooLarge.chars", TextFile.MAX_BYTES));
        }
        return parse(text.startsWith("\uFEFF") ? text.substring(1) : text, source);
    }

    /** All of {@code in}, or null if it holds more than {@link TextFile#MAX_BYTES} characters. */
    static String readAll(Reader in) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            text.append(buffer, 0, n);
            if (text.length() > TextFile.MAX_BYTES) {
                return null;
            }
        }
        return text.toString();
    }

    private DirectiveDocument parse(String text, String source) throws InvalidDirectiveException {
        JsonNode root;
        try {
            root = new JsonTreeReader(source).read(text);
        } catch (JsonTreeReader.InvalidJsonException e) {
            throw new InvalidDirectiveException(List.of(e.problem()));
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
    static final class Walk extends JsonWalk {

        /** The {@code collect} settings, when written (read by {@link CollectReading}). */
        private CollectSettings collect;

        /** References seen in rules, checked once every event and act is known. */
        private final List<Map.Entry<Reference, Location>> references = new ArrayList<>();
        /** Where each act's approval and submission rule was written, for circularity messages. */
        private final Map<DeadlineReference, Location> ruleLocations = new HashMap<>();

        Directive directive(JsonNode root) {
            Fields f = fields(root, "$schema", "id", "title", "issued", "cycle", "calendar", "files", "events", "sectors", "acts",
                    "reminders", "collect");
            if (f == null) {
                return null;
            }
            f.optional("$schema", this::string);
            String id = f.required("id", this::id);
            String title = f.required("title", this::string);
            Issuance issued = f.required("issued", this::issuance);
            Cycle cycle = f.required("cycle", this::cycle);
            CalendarSpec calendar = f.optional("calendar", this::calendar).orElse(CalendarSpec.italy());
            FileRules files = f.optional("files", this::files).orElse(FileRules.DEFAULTS);
            Map<String, EventDefinition> events = f.optional("events", this::events).orElse(Map.of());
            List<Sector> sectors = f.optional("sectors", n -> list(n, this::sector)).orElse(List.of());
            List<Act> acts = f.required("acts", n -> list(n, this::act));
            Reminders reminders = f.optional("reminders", this::reminders).orElse(Reminders.DEFAULTS);
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
            if (acts != null && sectors != null) {
                checkSectors(root, sectors, acts);
            }
            if (!problems.isEmpty()) {
                return null;
            }
            try {
                return new Directive(id, title, issued, cycle, calendar, events, sectors, acts, files, reminders);
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
            if (((JsonNode.Obj) root).members().get(key) instanceof JsonNode.Arr arr) {
                unique(arr, items, idOf, "format.duplicate");
            }
        }

        private void checkReferences(Map<String, EventDefinition> events, List<Act> acts) {
            Map<String, Act> byId = acts.stream().collect(Collectors.toMap(Act::id, a -> a, (a, b) -> a, LinkedHashMap::new));
            for (Map.Entry<Reference, Location> use : references) {
                Location at = use.getValue();
                if (use.getKey() instanceof EventReference e && !events.containsKey(e.eventId())) {
                    problem(at, "format.ref.unknownEvent", e.eventId(), Capped.of(events.keySet()));
                } else if (use.getKey() instanceof DeadlineReference d) {
                    Act target = byId.get(d.actId());
                    if (target == null) {
                        problem(at, "format.ref.unknownAct", d.actId(), Capped.of(byId.keySet()));
                        } else if (d.kind() == DeadlineKind.SUBMISSION && target.submission().isEmpty()) {
                        problem(at, "format.ref.noSubmission", d.actId());
                        }
                }
            }
        }

        /** Each sector an act names must be declared; located at the name. */
        private void checkSectors(JsonNode root, List<Sector> sectors, List<Act> acts) {
            List<String> declared = sectors.stream().map(Sector::id).toList();
            java.util.Set<String> known = new java.util.HashSet<>(declared);
            if (!(((JsonNode.Obj) root).members().get("acts") instanceof JsonNode.Arr arr)) {
                return;
            }
            for (int i = 0; i < acts.size() && i < arr.items().size(); i++) {
                if (!(arr.items().get(i) instanceof JsonNode.Obj act)
                        || !(act.members().get("submission") instanceof JsonNode.Obj sub)
                        || !(sub.members().get("sectors") instanceof JsonNode.Arr named)) {
                    continue;
                }
                for (JsonNode name : named.items()) {
                    if (name instanceof JsonNode.Str str && !known.contains(str.value())) {
                        problem(name.location(), "format.ref.unknownSector", Quoted.of(str.value()), Capped.of(declared));
                    }
                }
            }
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
            Fields f = fields(n, "country", "patronSaint", "patronSaintLegalHoliday", "closures", "zone");
            if (f == null) {
                return null;
            }
            String country = f.optional("country", v -> oneOf(v, List.of(CalendarSpec.ITALY), Function.identity()))
                    .orElse(CalendarSpec.ITALY);
            Optional<MonthDay> patron = f.optional("patronSaint", this::monthDay);
            List<LocalDate> closures = f.optional("closures", v -> list(v, this::date)).orElse(List.of());
            boolean legal = f.optional("patronSaintLegalHoliday", this::bool).orElse(false);
            ZoneId zone = f.optional("zone", this::zone).orElse(CalendarSpec.ROME);
            if (legal && patron.isEmpty()) {
                problem(f.obj.keys().get("patronSaintLegalHoliday"), "format.patronSaintLegalHoliday");
                return null;
            }
            return new CalendarSpec(country, patron, closures, legal, zone);
        }

        FileRules files(JsonNode n) {
            Fields f = fields(n, "matchCase", "ignore", "templatesFolder");
            if (f == null) {
                return null;
            }
            boolean matchCase = f.optional("matchCase", this::bool).orElse(false);
            List<String> ignore = f.optional("ignore", v -> list(v, this::pattern)).orElse(List.of());
            Optional<String> templates = f.optional("templatesFolder", this::folderName);
            if (f.obj.members().containsKey("ignore") && f.obj.members().get("ignore") instanceof JsonNode.Arr a) {
                unique(a, ignore, Function.identity(), "format.repeated");
            }
            return new FileRules(matchCase, ignore, templates);
        }

        Map<String, EventDefinition> events(JsonNode n) {
            if (!(n instanceof JsonNode.Obj o)) {
                problem(n.location(), "format.type", Message.of("type.object"));
                return null;
            }
            Map<String, EventDefinition> events = new LinkedHashMap<>();
            o.members().forEach((key, value) -> {
                if (!Ids.isValid(key)) {
                    problem(o.keys().get(key), "format.id", Quoted.of(key));
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
            Fields f = fields(n, "id", "name", "folder", "contacts");
            if (f == null) {
                return null;
            }
            String id = f.required("id", this::id);
            String name = f.required("name", this::string);
            String folder = f.required("folder", this::folderName);
            List<Contact> contacts = f.optional("contacts", this::contacts).orElse(List.of());
            return id == null || name == null || folder == null || contacts == null ? null : new Sector(id, name, folder, contacts);
        }

        /** Who reminders go to: a list of contacts, each address once. */
        List<Contact> contacts(JsonNode n) {
            List<Contact> contacts = list(n, this::contact);
            if (contacts != null && n instanceof JsonNode.Arr a && !unique(a, contacts, c -> c.email().toLowerCase(Locale.ROOT),
                    "format.repeated")) {
                return null;
            }
            return contacts;
        }

        Contact contact(JsonNode n) {
            Fields f = fields(n, "name", "email");
            if (f == null) {
                return null;
            }
            String name = f.optional("name", this::string).orElse("");
            String email = f.required("email", this::email);
            return name == null || email == null ? null : new Contact(name, email);
        }

        String email(JsonNode n) {
            String s = string(n);
            if (s != null && !Contact.isEmail(s)) {
                problem(n.location(), "format.email", s);
                return null;
            }
            return s;
        }

        Reminders reminders(JsonNode n) {
            Fields f = fields(n, "workingDaysBefore", "chaseEvery", "office");
            if (f == null) {
                return null;
            }
            Integer before = f.optional("workingDaysBefore", v -> integer(v, 0, 60)).orElse(Reminders.DEFAULTS.workingDaysBefore());
            Integer every = f.optional("chaseEvery", v -> integer(v, 0, 60)).orElse(Reminders.DEFAULTS.chaseEvery());
            List<Contact> office = f.optional("office", this::contacts).orElse(List.of());
            return before == null || every == null || office == null ? null : new Reminders(before, every, office);
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
            Fields f = fields(n, "due", "folder", "instructions", "shared", "opens", "sectors");
            if (f == null) {
                return null;
            }
            DeadlineRule due = f.required("due", this::rule);
            String folder = f.required("folder", this::folderPath);
            String instructions = f.optional("instructions", this::string).orElse("");
            boolean shared = f.optional("shared", this::bool).orElse(false);
            Optional<LocalDate> opens = f.optional("opens", this::date);
            List<String> sectors = f.optional("sectors", v -> list(v, this::id)).orElse(List.of());
            JsonNode written = f.obj.members().get("sectors");
            if (written instanceof JsonNode.Arr a) {
                if (a.items().isEmpty()) {
                    problem(a.location(), "format.sectors.empty");
                    return null;
                }
                if (shared) {
                    problem(f.obj.keys().get("sectors"), "format.sectors.shared");
                    return null;
                }
                if (!unique(a, sectors, Function.identity(), "format.repeated")) {
                    return null;
                }
            }
            if (due == null || folder == null || (written != null && sectors == null)) {
                return null;
            }
            return new SubmissionTerms(due, folder, instructions, shared, opens, sectors);
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
                problem(n.location(), "format.ref.syntax", Quoted.of(text));
                return null;
            }
            String id = ref instanceof EventReference e ? e.eventId() : ((DeadlineReference) ref).actId();
            if (!Ids.isValid(id)) {
                problem(n.location(), "format.ref.syntax", Quoted.of(text));
                return null;
            }
            references.add(Map.entry(ref, n.location()));
            return ref;
        }

        // ---- scalars -------------------------------------------------------------------------

        /** One folder name (a sector's, the templates folder), by the share's rule ({@link FolderName}). */
        String folderName(JsonNode n) {
            String s = string(n);
            if (s == null) {
                return null;
            }
            if (s.isBlank() || s.equals(".") || s.equals("..") || s.contains("/") || s.contains("\\")) {
                problem(n.location(), "format.folderName", Quoted.of(s));
                return null;
            }
            Optional<Message> wrong = FolderName.problem(s);
            if (wrong.isPresent()) {
                problems.add(new Problem(n.location(), wrong.get()));
                return null;
            }
            return s;
        }

        /** A name pattern of the ignore list: one name, * and ? as wildcards. */
        String pattern(JsonNode n) {
            String s = string(n);
            if (s != null && (s.isBlank() || s.contains("/") || s.contains("\\"))) {
                problem(n.location(), "format.pattern", Quoted.of(s));
                return null;
            }
            return s;
        }

        ZoneId zone(JsonNode n) {
            String s = string(n);
            if (s == null) {
                return null;
            }
            try {
                return ZoneId.of(s);
            } catch (DateTimeException e) {
                problem(n.location(), "format.zone", Quoted.of(s));
                return null;
            }
        }

        /**
         * Whether the values read from {@code arr} (one per item) are all different; a problem
         * {@code key} (value, where first written) at each repetition otherwise.
         */
        private <T> boolean unique(JsonNode.Arr arr, List<T> values, Function<T, String> keyOf, String key) {
            if (values == null) {
                return true;
            }
            Map<String, Integer> seen = new HashMap<>();
            boolean unique = true;
            for (int i = 0; i < values.size() && i < arr.items().size(); i++) {
                Integer first = seen.putIfAbsent(keyOf.apply(values.get(i)), i);
                if (first != null) {
                    problem(arr.items().get(i).location(), key, Quoted.of(keyOf.apply(values.get(i))),
                            arr.items().get(first).location().path());
                    unique = false;
                }
            }
            return unique;
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

        MonthDay monthDay(JsonNode n) {
            return parsed(n, "\\d{2}-\\d{2}", t -> MonthDay.parse("--" + t), "format.monthDay");
        }

    }
}

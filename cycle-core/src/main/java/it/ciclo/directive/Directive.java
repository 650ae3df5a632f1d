package it.ciclo.directive;

import it.ciclo.calendar.CalendarSpec;
import it.ciclo.deadline.DeadlineKind;
import it.ciclo.deadline.DeadlineReference;
import it.ciclo.deadline.DeadlineRule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A directive of the Segretario Generale for one planning cycle. Validated on construction: ids
 * are unique, every rule refers to a declared event or act, and no deadline depends on itself.
 *
 * @param id       the identifier (e.g. {@code direttiva-4-2023}); also the stable part of calendar UIDs
 * @param title    the subject line
 * @param issued   who issued it, when, with which number
 * @param cycle    the years it plans
 * @param calendar the Comune's calendar
 * @param events   the events deadlines depend on, by id, in the order declared
 * @param sectors  the Settori, in the order declared
 * @param acts     the acts, in the order declared
 * @param files     how the files in its folders are read: name matching, files never counted,
 *                  the templates folder
 * @param reminders when the Settori are reminded of their deadlines, and who gets the digest
 */
public record Directive(String id, String title, Issuance issued, Cycle cycle, CalendarSpec calendar,
        Map<String, EventDefinition> events, List<Sector> sectors, List<Act> acts, FileRules files, Reminders reminders) {

    /**
     * Validates the components, each as described above.
     *
     * @param id the identifier (e.g. {@code direttiva-4-2023}); also the stable part of calendar UIDs
     * @param title the subject line
     * @param issued who issued it, when, with which number
     * @param cycle the years it plans
     * @param calendar the Comune's calendar
     * @param events the events deadlines depend on, by id, in the order declared
     * @param sectors the Settori, in the order declared
     * @param acts the acts, in the order declared
     * @param files how the files in its folders are read: name matching, files never counted, the templates folder
     * @param reminders when the Settori are reminded of their deadlines, and who gets the digest
     */
    public Directive {
        Ids.require(id, "directive id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(issued, "issued");
        Objects.requireNonNull(cycle, "cycle");
        Objects.requireNonNull(calendar, "calendar");
        events = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(events, "events")));
        sectors = List.copyOf(Objects.requireNonNull(sectors, "sectors"));
        acts = List.copyOf(Objects.requireNonNull(acts, "acts"));
        Objects.requireNonNull(files, "files");
        Objects.requireNonNull(reminders, "reminders");
        events.forEach((key, e) -> {
            if (!key.equals(e.id())) {
                throw new IllegalArgumentException("event registered as \"" + key + "\" has id \"" + e.id() + "\"");
            }
        });
        requireUnique(sectors.stream().map(Sector::id).toList(), "sector id");
        requireUnique(sectors.stream().map(s -> s.folder().toLowerCase(Locale.ROOT)).toList(), "sector folder");
        requireUnique(acts.stream().map(Act::id).toList(), "act id");
        Set<String> actIds = new HashSet<>(acts.stream().map(Act::id).toList());
        for (Act act : acts) {
            for (DeadlineRule rule : rulesOf(act)) {
                requireKnownReferences(act, rule, events.keySet(), actIds);
            }
        }
        Set<String> sectorIds = new HashSet<>(sectors.stream().map(Sector::id).toList());
        for (Act act : acts) {
            for (String sector : act.submission().map(SubmissionTerms::sectors).orElse(List.of())) {
                if (!sectorIds.contains(sector)) {
                    throw new IllegalArgumentException("act \"" + act.id() + "\" names undeclared sector \"" + sector + "\"");
                }
            }
        }
        requireNoCycle(acts);
    }

    /**
     * A directive with the default reminders ({@link Reminders#DEFAULTS}).
     *
     * @param id the identifier (e.g. {@code direttiva-4-2023}); also the stable part of calendar UIDs
     * @param title the subject line
     * @param issued who issued it, when, with which number
     * @param cycle the years it plans
     * @param calendar the Comune's calendar
     * @param events the events deadlines depend on, by id, in the order declared
     * @param sectors the Settori, in the order declared
     * @param acts the acts, in the order declared
     * @param files how the files in its folders are read: name matching, files never counted, the templates folder
     */
    public Directive(String id, String title, Issuance issued, Cycle cycle, CalendarSpec calendar,
            Map<String, EventDefinition> events, List<Sector> sectors, List<Act> acts, FileRules files) {
        this(id, title, issued, cycle, calendar, events, sectors, acts, files, Reminders.DEFAULTS);
    }

    /**
     * A directive with the default file rules ({@link FileRules#DEFAULTS}) and reminders.
     *
     * @param id the identifier (e.g. {@code direttiva-4-2023}); also the stable part of calendar UIDs
     * @param title the subject line
     * @param issued who issued it, when, with which number
     * @param cycle the years it plans
     * @param calendar the Comune's calendar
     * @param events the events deadlines depend on, by id, in the order declared
     * @param sectors the Settori, in the order declared
     * @param acts the acts, in the order declared
     */
    public Directive(String id, String title, Issuance issued, Cycle cycle, CalendarSpec calendar,
            Map<String, EventDefinition> events, List<Sector> sectors, List<Act> acts) {
        this(id, title, issued, cycle, calendar, events, sectors, acts, FileRules.DEFAULTS);
    }

    /**
     * The act with {@code id}, if declared.
     *
     * @param id the identifier (e.g. {@code direttiva-4-2023}); also the stable part of calendar UIDs
     * @return the act with {@code id}, if declared
     */
    public Optional<Act> act(String id) {
        return acts.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /**
     * The sector with {@code id}, if declared.
     *
     * @param id the identifier (e.g. {@code direttiva-4-2023}); also the stable part of calendar UIDs
     * @return the sector with {@code id}, if declared
     */
    public Optional<Sector> sector(String id) {
        return sectors.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /**
     * The Settori that owe files for {@code act}, in the directive's order: those its submission
     * names, or every Settore when it names none; none for a shared act or an act that asks for no files.
     *
     * @param act the act
     * @return the Settori that owe files for {@code act}, in the directive's order: those its submission names, or
     *         every Settore when it names none; none for a shared act or an act that asks for no files
     */
    public List<Sector> sectorsOwing(Act act) {
        return act.submission().map(s -> sectors.stream().filter(sector -> s.owedBy(sector.id())).toList())
                .orElse(List.of());
    }

    /**
     * The first day on which a file counts as handed in for {@code act}: the day its submission
     * names, else the day after the directive was issued.
     *
     * @param act the act
     * @return the first day on which a file counts as handed in for {@code act}: the day its submission names, else
     *         the day after the directive was issued
     */
    public LocalDate collectionOpens(Act act) {
        return act.submission().flatMap(SubmissionTerms::opens).orElse(issued.on().plusDays(1));
    }

    /**
     * The first event of {@code kind}, if declared.
     *
     * @param kind which kind
     * @return the first event of {@code kind}, if declared
     */
    public Optional<EventDefinition> eventOfKind(EventKind kind) {
        return events.values().stream().filter(e -> e.kind().equals(Optional.of(kind))).findFirst();
    }

    /**
     * The first act of {@code kind}, if declared.
     *
     * @param kind which kind
     * @return the first act of {@code kind}, if declared
     */
    public Optional<Act> actOfKind(ActKind kind) {
        return acts.stream().filter(a -> a.kind() == kind).findFirst();
    }

    private static List<DeadlineRule> rulesOf(Act act) {
        List<DeadlineRule> rules = new ArrayList<>();
        rules.add(act.approval());
        act.submission().ifPresent(s -> rules.add(s.due()));
        return rules;
    }

    private static void requireUnique(List<String> values, String what) {
        Set<String> seen = new HashSet<>();
        for (String v : values) {
            if (!seen.add(v)) {
                throw new IllegalArgumentException("duplicate " + what + ": \"" + v + "\"");
            }
        }
    }

    private static void requireKnownReferences(Act act, DeadlineRule rule, Set<String> eventIds, Set<String> actIds) {
        for (String event : rule.eventsMentioned()) {
            if (!eventIds.contains(event)) {
                throw new IllegalArgumentException("act \"" + act.id() + "\" refers to undeclared event \"" + event + "\"");
            }
        }
        for (DeadlineReference ref : rule.deadlinesMentioned()) {
            if (!actIds.contains(ref.actId())) {
                throw new IllegalArgumentException("act \"" + act.id() + "\" refers to undeclared act \"" + ref.actId() + "\"");
            }
        }
    }

    /**
     * Every deadline of the directive (each act's approval, then its internal deadline if it has
     * one), each after the deadlines it refers to: the order in which they can be computed one by
     * one. Computed without recursion, so a chain of thousands of acts each counted from the one
     * before needs no deep stack.
     *
     * @return the deadlines, dependencies first
     */
    public List<DeadlineReference> dependencyOrder() {
        return dependencyOrder(acts);
    }

    private static void requireNoCycle(List<Act> acts) {
        dependencyOrder(acts);
    }

    /** The deadlines in dependency order; a circle, if there is one, is thrown, starting from the first act in the directive. */
    private static List<DeadlineReference> dependencyOrder(List<Act> acts) {
        // Insertion order makes the reported circle start from the first act in the directive.
        Map<DeadlineReference, List<DeadlineReference>> edges = new LinkedHashMap<>();
        for (Act act : acts) {
            edges.put(new DeadlineReference(act.id(), DeadlineKind.APPROVAL), act.approval().deadlinesMentioned());
            act.submission().ifPresent(s -> edges.put(
                    new DeadlineReference(act.id(), DeadlineKind.SUBMISSION), s.due().deadlinesMentioned()));
        }
        edges.forEach((from, targets) -> {
            for (DeadlineReference t : targets) {
                if (!edges.containsKey(t)) {
                    throw new IllegalArgumentException("\"" + from + "\" refers to \"" + t
                            + "\", but that act has no internal deadline");
                }
            }
        });
        List<DeadlineReference> order = new ArrayList<>(edges.size());
        Set<DeadlineReference> done = new HashSet<>();
        // The path being followed, with each node's position in it, and how far each node's list of targets has been gone through.
        List<DeadlineReference> stack = new ArrayList<>();
        Map<DeadlineReference, Integer> onStack = new HashMap<>();
        List<Integer> next = new ArrayList<>();
        for (DeadlineReference start : edges.keySet()) {
            if (done.contains(start)) {
                continue;
            }
            stack.add(start);
            onStack.put(start, 0);
            next.add(0);
            while (!stack.isEmpty()) {
                int top = stack.size() - 1;
                DeadlineReference node = stack.get(top);
                List<DeadlineReference> targets = edges.get(node);
                int i = next.get(top);
                if (i < targets.size()) {
                    next.set(top, i + 1);
                    DeadlineReference target = targets.get(i);
                    Integer at = onStack.get(target);
                    if (at != null) {
                        List<DeadlineReference> circle = new ArrayList<>(stack.subList(at, stack.size()));
                        circle.add(target);
                        throw new CircularDeadlinesException(circle);
                    }
                    if (!done.contains(target)) {
                        onStack.put(target, stack.size());
                        stack.add(target);
                        next.add(0);
                    }
                } else {
                    stack.remove(top);
                    next.remove(top);
                    onStack.remove(node);
                    done.add(node);
                    order.add(node);
                }
            }
        }
        return order;
    }
}

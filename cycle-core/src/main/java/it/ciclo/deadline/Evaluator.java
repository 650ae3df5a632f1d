package it.ciclo.deadline;

import it.ciclo.calendar.OfficeCalendar;
import it.ciclo.calendar.Roll;
import it.ciclo.calendar.SupportedYears;
import it.ciclo.directive.Act;
import it.ciclo.directive.Directive;
import it.ciclo.i18n.Listing;
import it.ciclo.i18n.Message;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;

/**
 * Evaluates rules for one directive, calendar and set of event dates, remembering each act's
 * deadlines so that a deadline referred to by many others is computed once. The directive has been
 * checked for circular references on construction, so the recursion ends. Not thread-safe; used
 * only while a {@link Schedule} is built.
 */
final class Evaluator {

    private final Directive directive;
    private final OfficeCalendar calendar;
    private final EventDates events;
    /** The directive's acts by id: {@link Directive#act} scans the list, and every reference looks one up. */
    private final Map<String, Act> acts = new HashMap<>();
    private final Map<DeadlineReference, Deadline> done = new HashMap<>();
    /** The deadline being computed, for a message if a date leaves the supported years. */
    private DeadlineReference current;

    Evaluator(Directive directive, OfficeCalendar calendar, EventDates events) {
        this.directive = directive;
        this.calendar = calendar;
        this.events = events;
        directive.acts().forEach(a -> acts.put(a.id(), a));
    }

    /**
     * The deadline {@code ref} points at. Its references are computed first if they are not yet:
     * {@link Schedule} asks in the directive's dependency order, so that this never goes deeper than
     * one reference.
     *
     * @throws DeadlineOutOfRangeException if a date computed on the way leaves the supported years
     */
    Deadline deadline(DeadlineReference ref) {
        Deadline known = done.get(ref);
        if (known != null) {
            return known;
        }
        Act act = act(ref.actId());
        DeadlineRule rule = ref.kind() == DeadlineKind.APPROVAL
                ? act.approval()
                : act.submission().orElseThrow().due();
        DeadlineReference outer = current;
        current = ref;
        try {
            Deadline result = evaluate(rule, "");
            done.put(ref, result);
            return result;
        } finally {
            current = outer;
        }
    }

    /** {@code date}, if it lies in the supported years. */
    private LocalDate inRange(LocalDate date) {
        if (!SupportedYears.contains(date)) {
            throw new DeadlineOutOfRangeException(current, act(current.actId()).title(), date);
        }
        return date;
    }

    private Deadline evaluate(DeadlineRule rule, String path) {
        return roll(base(rule, path), rule.roll());
    }

    private Deadline base(DeadlineRule rule, String path) {
        if (rule instanceof FixedDate f) {
            return Deadline.due(inRange(f.date()), f.date(), Message.of("rule.on", f.date()), join(path, "on"));
        }
        if (rule instanceof DaysAfter d) {
            return relative(d.after(), path, "rule.days", d.days(), from -> from.plusDays(d.days()));
        }
        if (rule instanceof WorkingDays w) {
            return w.direction() == WorkingDays.Direction.AFTER
                    ? relative(w.reference(), path, "rule.workingDays.after", w.count(),
                            from -> calendar.plusWorkingDays(from, w.count()))
                    : relative(w.reference(), path, "rule.workingDays.before", w.count(),
                            from -> calendar.minusWorkingDays(from, w.count()));
        }
        if (rule instanceof Latest l) {
            return extreme(l.rules(), path, "latest", Comparator.reverseOrder());
        }
        if (rule instanceof Earliest e) {
            return extreme(e.rules(), path, "earliest", Comparator.naturalOrder());
        }
        return conditional((Conditional) rule, path);
    }

    private interface Count {
        LocalDate from(LocalDate reference);
    }

    private Deadline relative(Reference ref, String path, String key, int amount, Count count) {
        Message label = label(ref);
        Deadline from = resolve(ref);
        if (!from.isDue()) {
            return Deadline.pending(from.waitsFor(), Message.of(key + ".pending", amount, label, waitingFor(from.waitsFor())));
        }
        LocalDate start = from.effective().orElseThrow();
        LocalDate result = inRange(count.from(start));
        return Deadline.due(result, result, Message.of(key, amount, label, start, result), path);
    }

    private Listing waitingFor(Set<String> eventIds) {
        return new Listing(eventIds.stream().map(this::eventLabel).toList());
    }

    private Deadline resolve(Reference ref) {
        if (ref instanceof EventReference e) {
            return events.dateOf(e.eventId())
                    .map(this::inRange)
                    .map(d -> Deadline.due(d, d, Message.of("rule.event", eventLabel(e.eventId()), d), ""))
                    .orElseGet(() -> Deadline.pending(Set.of(e.eventId()),
                            Message.of("rule.event.pending", eventLabel(e.eventId()))));
        }
        return deadline((DeadlineReference) ref);
    }

    private Deadline extreme(List<DeadlineRule> rules, String path, String key, Comparator<LocalDate> order) {
        List<Deadline> results = new ArrayList<>();
        Set<String> waits = new LinkedHashSet<>();
        for (int i = 0; i < rules.size(); i++) {
            Deadline d = evaluate(rules.get(i), join(path, key + "[" + i + "]"));
            results.add(d);
            waits.addAll(d.waitsFor());
        }
        List<Message> parts = results.stream().map(Deadline::explanation).toList();
        if (!waits.isEmpty()) {
            return Deadline.pending(waits, Message.of("rule." + key + ".pending", new Listing(parts), waitingFor(waits)));
        }
        Deadline chosen = results.stream()
                .min(Comparator.comparing(d -> d.effective().orElseThrow(), order))
                .orElseThrow();
        return Deadline.due(chosen.nominal().orElseThrow(), chosen.effective().orElseThrow(),
                Message.of("rule." + key, new Listing(parts), chosen.effective().orElseThrow()), chosen.origin());
    }

    private Deadline conditional(Conditional c, String path) {
        return events.dateOf(c.event())
                .map(date -> {
                    Deadline then = evaluate(c.then(), join(path, "then"));
                    return withExplanation(then, Message.of("rule.if.then", eventLabel(c.event()), date, then.explanation()));
                })
                .orElseGet(() -> {
                    Deadline otherwise = evaluate(c.otherwise(), join(path, "else"));
                    return withExplanation(otherwise, Message.of("rule.if.else", eventLabel(c.event()), otherwise.explanation()));
                });
    }

    private Deadline roll(Deadline base, Roll roll) {
        if (!base.isDue() || roll == Roll.NONE) {
            return base;
        }
        LocalDate before = base.effective().orElseThrow();
        LocalDate after = inRange(roll.apply(before, calendar));
        if (after.equals(before)) {
            return base;
        }
        Message explanation = Message.of("rule.rolled", base.explanation(), calendar.kindOf(before), roll, after);
        return new Deadline(base.nominal(), Optional.of(after), Set.of(), explanation, base.origin());
    }

    private static Deadline withExplanation(Deadline d, Message explanation) {
        return new Deadline(d.nominal(), d.effective(), d.waitsFor(), explanation, d.origin());
    }

    private Message label(Reference ref) {
        if (ref instanceof EventReference e) {
            return Message.of("ref.event", eventLabel(e.eventId()));
        }
        DeadlineReference d = (DeadlineReference) ref;
        return Message.of("ref." + d.kind().jsonName(), act(d.actId()).title());
    }

    private Act act(String id) {
        Act act = acts.get(id);
        if (act == null) {
            throw new NoSuchElementException("no act \"" + id + "\" in directive \"" + directive.id() + "\"");
        }
        return act;
    }

    private String eventLabel(String eventId) {
        return directive.events().get(eventId).label();
    }

    private static String join(String path, String segment) {
        return path.isEmpty() ? segment : path + "." + segment;
    }
}

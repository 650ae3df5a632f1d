package it.ciclo.office.calendar;

import it.ciclo.deadline.Change;
import it.ciclo.deadline.DeadlineReference;
import it.ciclo.directive.Directive;
import it.ciclo.register.EventRegister;
import it.ciclo.register.RegisterHistory;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How often each deadline has moved, and when last: its {@code SEQUENCE} and {@code LAST-MODIFIED}
 * in the calendar. Taken from the events register's history ({@link RegisterHistory}), which only
 * grows, so a deadline's sequence never goes down from one calendar to the next and a calendar
 * program takes a moved deadline as an update of the same event. A deadline never moved has
 * sequence 0 and was last modified when the directive was issued (its day's start, in the
 * Comune's zone). Editing a date in the directive itself is not in the register and does not raise
 * the sequence: deadlines move by recording events.
 */
public final class Revisions {

    private final Instant issued;
    private final Map<DeadlineReference, Integer> sequences;
    private final Map<DeadlineReference, Instant> modified;

    private Revisions(Instant issued, Map<DeadlineReference, Integer> sequences, Map<DeadlineReference, Instant> modified) {
        this.issued = issued;
        this.sequences = Map.copyOf(sequences);
        this.modified = Map.copyOf(modified);
    }

    /** The revisions of {@code directive}'s deadlines after {@code register}'s entries. */
    public static Revisions of(Directive directive, EventRegister register) {
        Objects.requireNonNull(directive, "directive");
        RegisterHistory history = RegisterHistory.of(directive, register);
        Map<DeadlineReference, Integer> sequences = new HashMap<>();
        Map<DeadlineReference, Instant> modified = new HashMap<>();
        for (RegisterHistory.Step step : history.steps()) {
            for (Change c : step.moved()) {
                sequences.merge(c.after().reference(), 1, Integer::sum);
                modified.put(c.after().reference(), step.entry().at());
            }
        }
        Instant issued = directive.issued().on().atStartOfDay(directive.calendar().zone()).toInstant();
        return new Revisions(issued, sequences, modified);
    }

    /**
     * These revisions with {@code changes} made at {@code at} on top: events given for one run
     * ({@code --event}), which are not in the register but still move the deadlines shown.
     */
    public Revisions with(List<Change> changes, Instant at) {
        Objects.requireNonNull(at, "at");
        Map<DeadlineReference, Integer> s = new HashMap<>(sequences);
        Map<DeadlineReference, Instant> m = new HashMap<>(modified);
        for (Change c : changes) {
            s.merge(c.after().reference(), 1, Integer::sum);
            m.put(c.after().reference(), at);
        }
        return new Revisions(issued, s, m);
    }

    /** How many times deadline {@code ref} moved: its {@code SEQUENCE}. */
    public int sequence(DeadlineReference ref) {
        return sequences.getOrDefault(Objects.requireNonNull(ref, "ref"), 0);
    }

    /** When deadline {@code ref} last moved, or when the directive was issued: its {@code LAST-MODIFIED}. */
    public Instant lastModified(DeadlineReference ref) {
        return modified.getOrDefault(Objects.requireNonNull(ref, "ref"), issued);
    }
}

package it.ciclo.deadline;

import it.ciclo.i18n.Message;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An evaluated deadline: its nominal date (as the rule computes it) and effective date (after the
 * roll convention), or, while it is pending, the events it waits for; and in either case how it
 * was found, in words.
 *
 * @param nominal     the date before rolling; empty while pending
 * @param effective   the date the deadline actually falls on; empty while pending
 * @param waitsFor    ids of the events still without a date that it depends on; empty when due
 * @param explanation how the date was computed, or what it waits for
 * @param origin      the JSON path, relative to the rule, of the rule part that gave the nominal
 *                    date ({@code else.on}); empty for the rule itself or when pending
 */
public record Deadline(Optional<LocalDate> nominal, Optional<LocalDate> effective, Set<String> waitsFor,
        Message explanation, String origin) {

    /**
     * Validates the components, each as described above.
     *
     * @param nominal the date before rolling; empty while pending
     * @param effective the date the deadline actually falls on; empty while pending
     * @param waitsFor ids of the events still without a date that it depends on; empty when due
     * @param explanation how the date was computed, or what it waits for
     * @param origin the JSON path, relative to the rule, of the rule part that gave the nominal date ({@code
     *               else.on}); empty for the rule itself or when pending
     */
    public Deadline {
        Objects.requireNonNull(nominal, "nominal");
        Objects.requireNonNull(effective, "effective");
        waitsFor = Collections.unmodifiableSet(new LinkedHashSet<>(Objects.requireNonNull(waitsFor, "waitsFor")));
        Objects.requireNonNull(explanation, "explanation");
        Objects.requireNonNull(origin, "origin");
        if (nominal.isPresent() != effective.isPresent() || nominal.isPresent() == !waitsFor.isEmpty()) {
            throw new IllegalArgumentException("a deadline has both dates and waits for nothing, or neither date and waits for something");
        }
    }

    /**
     * A deadline whose date is known.
     *
     * @param nominal the date before rolling; empty while pending
     * @param effective the date the deadline actually falls on; empty while pending
     * @param explanation how the date was computed, or what it waits for
     * @param origin the JSON path, relative to the rule, of the rule part that gave the nominal date ({@code
     *               else.on}); empty for the rule itself or when pending
     * @return a deadline whose date is known
     */
    public static Deadline due(LocalDate nominal, LocalDate effective, Message explanation, String origin) {
        return new Deadline(Optional.of(nominal), Optional.of(effective), Set.of(), explanation, origin);
    }

    /**
     * A deadline waiting for events.
     *
     * @param waitsFor ids of the events still without a date that it depends on; empty when due
     * @param explanation how the date was computed, or what it waits for
     * @return a deadline waiting for events
     */
    public static Deadline pending(Set<String> waitsFor, Message explanation) {
        if (waitsFor.isEmpty()) {
            throw new IllegalArgumentException("a pending deadline waits for at least one event");
        }
        return new Deadline(Optional.empty(), Optional.empty(), waitsFor, explanation, "");
    }

    /** {@return whether the date is known} */
    public DeadlineStatus status() {
        return waitsFor.isEmpty() ? DeadlineStatus.DUE : DeadlineStatus.PENDING;
    }

    /** {@return whether the date is known} */
    public boolean isDue() {
        return waitsFor.isEmpty();
    }

    /** {@return whether rolling moved the date} */
    public boolean wasRolled() {
        return isDue() && !nominal.equals(effective);
    }
}

package it.ciclo.register;

import it.ciclo.deadline.EventDates;
import it.ciclo.directive.Ids;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The events register of one directive: every entry ever made, in order. Immutable: recording or
 * undoing gives a new register with one more entry; nothing is ever removed or changed.
 *
 * <p>In force, for each event: its latest record that has not been undone. So a second deferral
 * decree replaces the first, and undoing it brings the first back.
 *
 * <pre>{@code
 * EventRegister r = EventRegister.empty("direttiva-4-2023")
 * .record("bilancio-differito", LocalDate.of(2024, 3, 15), "mario.rossi", now, "DM Interno 22/12/2023", "GU
 * n. 303");
 * Schedule schedule = Schedule.of(directive, r.inForce());
 * }</pre>
 *
 * @param directiveId the directive the register belongs to
 * @param entries     its entries, numbered 1, 2, ... in order
 */
public record EventRegister(String directiveId, List<RegisterEntry> entries) {

    /**
     * Validates the components, each as described above.
     *
     * @param directiveId the directive the register belongs to
     * @param entries its entries, numbered 1, 2, ... in order
     */
    public EventRegister {
        Ids.require(directiveId, "directive id");
        entries = List.copyOf(Objects.requireNonNull(entries, "entries"));
        Set<Integer> undone = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            RegisterEntry e = entries.get(i);
            if (e.number() != i + 1) {
                throw new IllegalArgumentException("entry " + (i + 1) + " is numbered " + e.number());
            }
            if (e instanceof RecordUndone u) {
                if (!(entries.get(u.undoes() - 1) instanceof EventRecorded r) || !r.eventId().equals(u.eventId())
                        || !undone.add(u.undoes())) {
                    throw new IllegalArgumentException("entry " + u.number() + " undoes entry " + u.undoes()
                            + ", which is no record of " + u.eventId() + " in force");
                }
            }
        }
    }

    /**
     * A register with no entry yet.
     *
     * @param directiveId the directive the register belongs to
     * @return a register with no entry yet
     */
    public static EventRegister empty(String directiveId) {
        return new EventRegister(directiveId, List.of());
    }

    /**
     * The register with {@code eventId} recorded on {@code date}.
     *
     * @param eventId the event's identifier
     * @param date the day
     * @param by who
     * @param at when
     * @param decree the decree
     * @param gazette the Gazzetta Ufficiale
     * @return the register with {@code eventId} recorded on {@code date}
     */
    public EventRegister record(String eventId, LocalDate date, String by, Instant at, String decree, String gazette) {
        return with(new EventRecorded(entries.size() + 1, eventId, date, by, at, decree, gazette));
    }

    /**
     * The register with the record of {@code eventId} in force withdrawn.
     *
     * @param eventId the event's identifier
     * @param by who
     * @param at when
     * @param reason why
     * @return the register with the record of {@code eventId} in force withdrawn
     * @throws IllegalStateException if no record of it is in force
     */
    public EventRegister undo(String eventId, String by, Instant at, String reason) {
        EventRecorded current = inForce(eventId)
                .orElseThrow(() -> new IllegalStateException("no record of " + eventId + " is in force"));
        return with(new RecordUndone(entries.size() + 1, eventId, current.number(), by, at, reason));
    }

    /**
     * The record of {@code eventId} in force: its latest not undone.
     *
     * @param eventId the event's identifier
     * @return the record of {@code eventId} in force: its latest not undone
     */
    public Optional<EventRecorded> inForce(String eventId) {
        Set<Integer> undone = undone();
        EventRecorded found = null;
        for (RegisterEntry e : entries) {
            if (e instanceof EventRecorded r && r.eventId().equals(eventId) && !undone.contains(r.number())) {
                found = r;
            }
        }
        return Optional.ofNullable(found);
    }

    /** {@return the dates in force, by event, in the order the events were first recorded} */
    public EventDates inForce() {
        Map<String, LocalDate> dates = new LinkedHashMap<>();
        for (RegisterEntry e : entries) {
            inForce(e.eventId()).ifPresent(r -> dates.put(r.eventId(), r.date()));
        }
        return EventDates.of(dates);
    }

    /**
     * Whether {@code record} is the one in force for its event.
     *
     * @param record the entry
     * @return whether {@code record} is the one in force for its event
     */
    public boolean isInForce(EventRecorded record) {
        return inForce(record.eventId()).filter(record::equals).isPresent();
    }

    /**
     * Whether {@code record} was withdrawn.
     *
     * @param record the entry
     * @return whether {@code record} was withdrawn
     */
    public boolean isUndone(EventRecorded record) {
        return undone().contains(record.number());
    }

    private Set<Integer> undone() {
        Set<Integer> undone = new HashSet<>();
        entries.stream().filter(e -> e instanceof RecordUndone).forEach(e -> undone.add(((RecordUndone) e).undoes()));
        return undone;
    }

    private EventRegister with(RegisterEntry entry) {
        List<RegisterEntry> more = new ArrayList<>(entries);
        more.add(entry);
        return new EventRegister(directiveId, more);
    }
}

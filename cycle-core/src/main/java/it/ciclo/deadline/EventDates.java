package it.ciclo.deadline;

import it.ciclo.directive.Directive;
import it.ciclo.directive.Ids;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The dates of the events known so far: the budget was approved on 20/12/2023, the decree
 * deferred its deadline to 15/03/2024. Immutable; {@link #with} gives a new instance.
 */
public final class EventDates {

    private static final EventDates NONE = new EventDates(Map.of());

    private final Map<String, LocalDate> dates;

    private EventDates(Map<String, LocalDate> dates) {
        this.dates = dates;
    }

    /** {@return the dates of no event: none has happened} */
    public static EventDates none() {
        return NONE;
    }

    /**
     * The given dates, by event id.
     *
     * @param dates the dates, by event id
     * @return the given dates, by event id
     */
    public static EventDates of(Map<String, LocalDate> dates) {
        Map<String, LocalDate> copy = new LinkedHashMap<>();
        Objects.requireNonNull(dates, "dates").forEach((id, date) -> copy.put(Ids.require(id, "event id"),
                Objects.requireNonNull(date, "date of " + id)));
        return new EventDates(Collections.unmodifiableMap(copy));
    }

    /**
     * The dates a directive already records for its events ({@code "on"}).
     *
     * @param directive the directive
     * @return the dates a directive already records for its events ({@code "on"})
     */
    public static EventDates recordedIn(Directive directive) {
        Map<String, LocalDate> recorded = new LinkedHashMap<>();
        directive.events().values().forEach(e -> e.on().ifPresent(d -> recorded.put(e.id(), d)));
        return of(recorded);
    }

    /**
     * These dates, with {@code eventId} happening on {@code date} (replacing an earlier date).
     *
     * @param eventId the event's identifier
     * @param date the day
     * @return these dates, with {@code eventId} happening on {@code date} (replacing an earlier date)
     */
    public EventDates with(String eventId, LocalDate date) {
        Map<String, LocalDate> copy = new LinkedHashMap<>(dates);
        copy.put(Ids.require(eventId, "event id"), Objects.requireNonNull(date, "date"));
        return new EventDates(Collections.unmodifiableMap(copy));
    }

    /**
     * These dates, overridden by {@code later} where both have one.
     *
     * @param later the dates that prevail
     * @return these dates, overridden by {@code later} where both have one
     */
    public EventDates overriddenBy(EventDates later) {
        Map<String, LocalDate> copy = new LinkedHashMap<>(dates);
        copy.putAll(later.dates);
        return new EventDates(Collections.unmodifiableMap(copy));
    }

    /**
     * The date of {@code eventId}, if it has happened.
     *
     * @param eventId the event's identifier
     * @return the date of {@code eventId}, if it has happened
     */
    public Optional<LocalDate> dateOf(String eventId) {
        return Optional.ofNullable(dates.get(eventId));
    }

    /** {@return all known dates, by event id, in the order given} */
    public Map<String, LocalDate> asMap() {
        return dates;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EventDates other && dates.equals(other.dates);
    }

    @Override
    public int hashCode() {
        return dates.hashCode();
    }

    @Override
    public String toString() {
        return dates.toString();
    }
}

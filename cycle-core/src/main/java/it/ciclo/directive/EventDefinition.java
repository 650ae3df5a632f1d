package it.ciclo.directive;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Something that happens on a date not known when the directive is written (the budget's approval,
 * a deferral decree), on which deadlines may depend.
 *
 * @param id    the identifier rules refer to
 * @param label what people call it, in the directive's language
 * @param kind  what it means in law, if the checks need to know
 * @param on    the date, if already known when the directive was written or updated
 */
public record EventDefinition(String id, String label, Optional<EventKind> kind, Optional<LocalDate> on) {

    /**
     * Validates the components, each as described above.
     *
     * @param id the identifier rules refer to
     * @param label what people call it, in the directive's language
     * @param kind what it means in law, if the checks need to know
     * @param on the date, if already known when the directive was written or updated
     */
    public EventDefinition {
        Ids.require(id, "event id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(on, "on");
    }

    /**
     * An event of no particular kind whose date is not known yet.
     *
     * @param id the identifier rules refer to
     * @param label what people call it, in the directive's language
     * @return an event of no particular kind whose date is not known yet
     */
    public static EventDefinition of(String id, String label) {
        return new EventDefinition(id, label, Optional.empty(), Optional.empty());
    }
}

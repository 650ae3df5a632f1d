package it.ciclo.directive;

/**
 * What an event means in law, when the checks need to know it. An event of no particular kind is
 * just a date others hang on.
 */
public enum EventKind {
    /** The Consiglio approves the bilancio di previsione (TUEL art. 151, 162). */
    BUDGET_APPROVED("approvazione-bilancio"),
    /**
     * A decree of the Interior Minister defers the deadline for the bilancio (TUEL art. 151 c.1,
     * 163 c.3); the event's date is the new deadline.
     */
    BUDGET_DEADLINE_DEFERRED("differimento-bilancio");

    private final String jsonName;

    EventKind(String jsonName) {
        this.jsonName = jsonName;
    }

    /** {@return the name used in the directive format} */
    public String jsonName() {
        return jsonName;
    }

    /**
     * The kind named {@code name} in the directive format, or null.
     *
     * @param name the name
     * @return the kind named {@code name} in the directive format, or null
     */
    public static EventKind fromJsonName(String name) {
        for (EventKind k : values()) {
            if (k.jsonName.equals(name)) {
                return k;
            }
        }
        return null;
    }
}

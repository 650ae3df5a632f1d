package it.ciclo.scheda;

import it.ciclo.i18n.Localizable;
import it.ciclo.i18n.Message;
import java.util.Locale;
import java.util.Optional;

/** What a column of the scheda holds. The JSON name is the key used in the directive. */
public enum SchedaColumn implements Localizable {
    /** The DUP objective (operational, usually) the action pursues: its code, its title, or both. */
    OBJECTIVE("objective", false),
    /** The action (PEG obiettivo di gestione). */
    ACTION("action", true),
    /** The Settore, for a scheda every Settore fills in (a shared file). */
    SECTOR("sector", false),
    /** The internal parties involved. */
    INTERNAL_PARTIES("internalParties", false),
    /** The external parties involved. */
    EXTERNAL_PARTIES("externalParties", false),
    /** The indicator. */
    INDICATOR("indicator", true),
    /** The baseline: the value at the start. */
    BASELINE("baseline", true),
    /** The source of the information. */
    SOURCE("source", true),
    /** The expected result (target). */
    TARGET("target", true),
    /** The result achieved (reports). */
    RESULT("result", false),
    /** Why the result differs from the target (reports). */
    GAP("gap", false);

    private final String jsonName;
    private final boolean required;

    SchedaColumn(String jsonName, boolean required) {
        this.jsonName = jsonName;
        this.required = required;
    }

    /** {@return the key naming it in the directive's {@code collect.schede.columns}} */
    public String jsonName() {
        return jsonName;
    }

    /** {@return whether every template must name it} */
    public boolean required() {
        return required;
    }

    /**
     * The column the directive's key {@code name} names.
     *
     * @param name a key of the directive's {@code collect.schede.columns}, as written (case counts)
     * @return the column with that {@link #jsonName()}; empty if there is none
     */
    public static Optional<SchedaColumn> fromJsonName(String name) {
        for (SchedaColumn c : values()) {
            if (c.jsonName.equals(name)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    @Override
    public String describe(Locale locale) {
        return Message.of("scheda.column." + jsonName).render(locale);
    }
}

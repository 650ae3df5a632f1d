package it.ciclo.objective;

import it.ciclo.i18n.Localizable;
import it.ciclo.i18n.Message;
import java.util.Locale;

/** The levels of the DUP's objectives, from the broadest down. */
public enum ObjectiveLevel implements Localizable {
    /** Indirizzo strategico (DUP, sezione strategica). */
    DIRECTION("indirizzo-strategico"),
    /** Obiettivo strategico (DUP, sezione strategica). */
    STRATEGIC("obiettivo-strategico"),
    /** Obiettivo operativo (DUP, sezione operativa), to which PEG actions belong. */
    OPERATIONAL("obiettivo-operativo");

    private final String jsonName;

    ObjectiveLevel(String jsonName) {
        this.jsonName = jsonName;
    }

    /** {@return the stable name used in JSON output} */
    public String jsonName() {
        return jsonName;
    }

    /**
     * The level at {@code depth} in the tree.
     *
     * @param depth 0 for the strategic direction, 1 for the strategic objective, 2 for the operational one
     * @return the level at {@code depth}
     * @throws ArrayIndexOutOfBoundsException if {@code depth} is not one of the DUP's levels
     */
    public static ObjectiveLevel atDepth(int depth) {
        return values()[depth];
    }

    @Override
    public String describe(Locale locale) {
        return Message.of("objective.level." + jsonName).render(locale);
    }
}

package it.ciclo.deadline;

import it.ciclo.i18n.Localizable;
import it.ciclo.i18n.Message;
import java.util.Locale;

/** The two deadlines an act may have. */
public enum DeadlineKind implements Localizable {
    /** When the Giunta must approve the act. */
    APPROVAL("approval"),
    /** When the Settori must hand in their files (the internal deadline). */
    SUBMISSION("submission");

    private final String jsonName;

    DeadlineKind(String jsonName) {
        this.jsonName = jsonName;
    }

    /** {@return the name used in references ({@code peg.approval}) and in JSON output} */
    public String jsonName() {
        return jsonName;
    }

    /**
     * The kind named {@code name}, or null.
     *
     * @param name the name
     * @return the kind named {@code name}, or null
     */
    public static DeadlineKind fromJsonName(String name) {
        for (DeadlineKind k : values()) {
            if (k.jsonName.equals(name)) {
                return k;
            }
        }
        return null;
    }

    @Override
    public String describe(Locale locale) {
        return Message.of("deadline.kind." + jsonName).render(locale);
    }
}

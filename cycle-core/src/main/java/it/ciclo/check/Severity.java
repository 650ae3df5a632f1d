package it.ciclo.check;

import it.ciclo.i18n.Localizable;
import it.ciclo.i18n.Message;
import java.util.Locale;

/** How much a finding matters. Declared from the most to the least serious. */
public enum Severity implements Localizable {
    /** The directive cannot be followed as written: fix it before it goes out. */
    ERROR("error"),
    /** Probably a slip: look at it. */
    WARNING("warning"),
    /** Worth knowing; nothing is wrong. */
    INFO("info");

    private final String jsonName;

    Severity(String jsonName) {
        this.jsonName = jsonName;
    }

    /** {@return the stable name used in JSON output} */
    public String jsonName() {
        return jsonName;
    }

    @Override
    public String describe(Locale locale) {
        return Message.of("severity." + jsonName).render(locale);
    }
}

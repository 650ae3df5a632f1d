package it.ciclo.office;

import it.ciclo.i18n.Bundles;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The words of the documents made for the office (headings, yes and no, calendar titles), from
 * {@code it/ciclo/office/text*.properties}: Italian unless English is asked for (ADR 0004).
 */
public final class OfficeText {

    private final Locale locale;
    private final ResourceBundle bundle;

    public OfficeText(Locale locale) {
        this.locale = Objects.requireNonNull(locale, "locale");
        this.bundle = Bundles.of("it.ciclo.office.text", locale);
    }

    public Locale locale() {
        return locale;
    }

    /** The text {@code key} with {@code args} in place. */
    public String get(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }
}

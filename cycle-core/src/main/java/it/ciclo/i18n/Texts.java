package it.ciclo.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The words of one resource bundle in one language (ADR 0004: Italian unless English is asked for),
 * for the modules that write documents and pages: {@code get(key, args)} formats the pattern with
 * {@link MessageFormat} in that language.
 */
public final class Texts {

    private final Locale locale;
    private final ResourceBundle bundle;

    /**
     * The bundle {@code baseName} in {@code locale}'s language: English for an English locale, Italian
     * otherwise.
     *
     * @param baseName the bundle's base name
     * @param locale the language asked for
     */
    public Texts(String baseName, Locale locale) {
        this.locale = Bundles.isEnglish(Objects.requireNonNull(locale, "locale")) ? Locale.ENGLISH : Locale.ITALIAN;
        this.bundle = Bundles.of(baseName, locale);
    }

    /** {@return Italian or English: the language the texts are in} */
    public Locale locale() {
        return locale;
    }

    /**
     * The text {@code key} with {@code args} in place.
     *
     * @param key the key in the bundle
     * @param args the values of the pattern's placeholders ({@code {0}}, {@code {1}}, ...), in order
     * @return the text {@code key} with {@code args} in place, formatted in the bundle's language
     * @throws java.util.MissingResourceException if the bundle has no {@code key}
     */
    public String get(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    /**
     * Whether the bundle has {@code key}.
     *
     * @param key the key in the bundle
     * @return whether the bundle has {@code key}
     */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }
}

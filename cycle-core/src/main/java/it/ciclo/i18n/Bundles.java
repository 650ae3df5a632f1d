package it.ciclo.i18n;

import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The one rule for which language a resource bundle speaks (ADR 0004): English for English locales,
 * Italian (the base file) for every other, and never the machine's default locale, which on a server
 * started without one (LANG=C) is English. Every Ciclo bundle (core, command, Alfresco module) is
 * opened here.
 */
public final class Bundles {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Bundles() {
    }

    /**
     * Whether {@code locale} asks for English.
     *
     * @param locale the language: English for an English locale, Italian otherwise
     * @return whether {@code locale} asks for English
     */
    public static boolean isEnglish(Locale locale) {
        return "en".equals(Objects.requireNonNull(locale, "locale").getLanguage());
    }

    /**
     * The bundle {@code baseName} in English for English locales, in Italian otherwise.
     *
     * @param baseName the bundle's base name
     * @param locale the language: English for an English locale, Italian otherwise
     * @return the bundle {@code baseName} in English for English locales, in Italian otherwise
     */
    public static ResourceBundle of(String baseName, Locale locale) {
        return ResourceBundle.getBundle(Objects.requireNonNull(baseName, "baseName"),
                isEnglish(locale) ? Locale.ENGLISH : Locale.ROOT, NO_FALLBACK);
    }
}

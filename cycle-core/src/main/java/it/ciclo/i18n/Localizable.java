package it.ciclo.i18n;

import java.util.Locale;

/** A value with a name people read, in their language. */
public interface Localizable {

    /**
     * This value's name in {@code locale}'s language (Italian unless English is asked for).
     *
     * @param locale the language: English for an English locale, Italian otherwise
     * @return this value's name in {@code locale}'s language (Italian unless English is asked for)
     */
    String describe(Locale locale);
}

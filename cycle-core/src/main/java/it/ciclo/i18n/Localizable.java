package it.ciclo.i18n;

import java.util.Locale;

/** A value with a name people read, in their language. */
public interface Localizable {

    /** This value's name in {@code locale}'s language (Italian unless English is asked for). */
    String describe(Locale locale);
}

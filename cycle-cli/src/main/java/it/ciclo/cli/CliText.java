package it.ciclo.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The command's own words (headers, errors about arguments), from {@code it/ciclo/cli/text*.properties}. */
final class CliText {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;
    private final ResourceBundle bundle;

    CliText(Locale locale) {
        this.locale = locale;
        this.bundle = bundle("it.ciclo.cli.text", locale);
    }

    /** The bundle {@code name} in English for English locales, in Italian (the base bundle) otherwise. */
    static ResourceBundle bundle(String name, Locale locale) {
        return ResourceBundle.getBundle(name, Languages.isEnglish(locale) ? Locale.ENGLISH : Locale.ROOT, NO_FALLBACK);
    }

    Locale locale() {
        return locale;
    }

    String get(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }
}

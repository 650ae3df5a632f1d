package it.ciclo.cli;

import it.ciclo.i18n.Bundles;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The command's own words (headers, errors about arguments), from {@code it/ciclo/cli/text*.properties}. */
final class CliText {

    private final Locale locale;
    private final ResourceBundle bundle;

    CliText(Locale locale) {
        this.locale = locale;
        this.bundle = bundle("it.ciclo.cli.text", locale);
    }

    /** The bundle {@code name} in English for English locales, in Italian (the base bundle) otherwise. */
    static ResourceBundle bundle(String name, Locale locale) {
        return Bundles.of(name, locale);
    }

    Locale locale() {
        return locale;
    }

    String get(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }
}

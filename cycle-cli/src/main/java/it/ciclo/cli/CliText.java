package it.ciclo.cli;

import it.ciclo.i18n.Bundles;
import it.ciclo.i18n.Localizable;
import it.ciclo.i18n.Message;
import it.ciclo.i18n.Visible;
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

    /**
     * The text {@code key} with {@code args}; numbers stay numbers (for plurals), messages and {@link Localizable}
     * arguments are said in this language, and every other argument (a path, a name, a value typed)
     * is shown {@link Visible}: a control character in it cannot act on the terminal.
     */
    String get(String key, Object... args) {
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = args[i] instanceof Localizable l ? l.describe(locale)
                    : args[i] instanceof Message m ? m.render(locale)
                    : args[i] instanceof Number || args[i] == null ? args[i] : Visible.of(String.valueOf(args[i]));
        }
        return new MessageFormat(bundle.getString(key), locale).format(shown);
    }
}

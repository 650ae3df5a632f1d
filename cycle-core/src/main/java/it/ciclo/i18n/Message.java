package it.ciclo.i18n;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * A piece of user-facing text that is not yet in any language: a key of the {@code messages}
 * bundle and its arguments. Arguments that are themselves messages, dates, months or {@link Localizable}
 * values are rendered in the same language; text arguments are shown {@link Visible} (a control
 * character in a file name cannot act on the terminal that shows the message). Immutable.
 *
 * @param key  a key of {@code it/ciclo/i18n/messages.properties}
 * @param args the pattern's arguments, never null
 */
public record Message(String key, List<Object> args) {

    /** The language used when none is asked for. */
    public static final Locale ITALIAN = Locale.ITALIAN;

    private static final String BUNDLE = "it.ciclo.i18n.messages";

    /**
     * Validates the components, each as described above.
     *
     * @param key a key of {@code it/ciclo/i18n/messages.properties}
     * @param args the pattern's arguments, never null
     */
    public Message {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(Objects.requireNonNull(args, "args"));
    }

    /**
     * A message with its arguments.
     *
     * @param key a key of {@code it/ciclo/i18n/messages.properties}
     * @param args the pattern's arguments, never null
     * @return a message with its arguments
     */
    public static Message of(String key, Object... args) {
        return new Message(key, List.of(args));
    }

    /**
     * This message in {@code locale}'s language: English for English locales, Italian otherwise.
     *
     * @param locale the language: English for an English locale, Italian otherwise
     * @return this message in {@code locale}'s language: English for English locales, Italian otherwise
     */
    public String render(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        ResourceBundle bundle = bundle(locale);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no message '" + key + "' in " + BUNDLE, e);
        }
        MessageFormat format = new MessageFormat(pattern, bundle.getLocale().getLanguage().isEmpty() ? ITALIAN : locale);
        // A number stays a number where the pattern formats it ({0,choice,...} for singular and
        // plural, {0,number,#}); everywhere else it is shown as written, so that a year is never "2.024".
        java.text.Format[] formats = format.getFormatsByArgumentIndex();
        Object[] rendered = new Object[args.size()];
        for (int i = 0; i < rendered.length; i++) {
            Object arg = args.get(i);
            boolean formatted = i < formats.length && formats[i] != null;
            rendered[i] = arg instanceof Number && formatted ? arg : renderArg(arg, locale);
        }
        return format.format(rendered);
    }

    /** This message in Italian. */
    @Override
    public String toString() {
        return render(ITALIAN);
    }

    /**
     * Whether {@code key} exists in the bundle of {@code locale}'s language (for tests and tools).
     *
     * @param key a key of {@code it/ciclo/i18n/messages.properties}
     * @param locale the language: English for an English locale, Italian otherwise
     * @return whether {@code key} exists in the bundle of {@code locale}'s language (for tests and tools)
     */
    public static boolean exists(String key, Locale locale) {
        return bundle(locale).containsKey(key);
    }

    /**
     * Formats a date the way people in {@code locale} read it: 09/01/2024 in Italian, 2024-01-09 in English.
     *
     * @param date the day
     * @param locale the language: English for an English locale, Italian otherwise
     * @return the date as people in {@code locale} read it: 09/01/2024 in Italian, 2024-01-09 in English
     */
    public static String date(LocalDate date, Locale locale) {
        return Bundles.isEnglish(locale) ? date.toString() : date.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    static ResourceBundle bundle(Locale locale) {
        return Bundles.of(BUNDLE, locale);
    }

    static String renderArg(Object arg, Locale locale) {
        if (arg instanceof Message m) {
            return m.render(locale);
        }
        if (arg instanceof LocalDate d) {
            return date(d, locale);
        }
        if (arg instanceof YearMonth m) {
            return m.format(DateTimeFormatter.ofPattern("MMMM yyyy", Bundles.isEnglish(locale) ? Locale.ENGLISH : ITALIAN));
        }
        if (arg instanceof Localizable l) {
            return l.describe(locale);
        }
        return Visible.of(String.valueOf(arg));
    }
}

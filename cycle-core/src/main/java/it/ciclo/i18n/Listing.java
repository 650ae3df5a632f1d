package it.ciclo.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Several values shown as one argument of a message, separated by semicolons, each rendered in the
 * message's language.
 *
 * @param items messages, dates, localizable values or plain text
 */
public record Listing(List<?> items) implements Localizable {

    /**
     * Validates the components, each as described above.
     *
     * @param items messages, dates, localizable values or plain text
     */
    public Listing {
        items = List.copyOf(Objects.requireNonNull(items, "items"));
    }

    @Override
    public String describe(Locale locale) {
        return items.stream().map(item -> Message.renderArg(item, locale)).collect(Collectors.joining("; "));
    }
}

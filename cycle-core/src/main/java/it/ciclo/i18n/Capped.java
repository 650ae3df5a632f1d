package it.ciclo.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A list of names shown in a message (the identifiers declared, say): the first {@value #LIMIT},
 * then how many more, so that a message about a directive of thousands of acts stays one line.
 *
 * @param items the names, in their order
 */
public record Capped(List<String> items) implements Localizable {

    /** How many names a message lists before "and N more". */
    public static final int LIMIT = 10;

    /**
     * @param items the names, never null
     */
    public Capped {
        items = List.copyOf(Objects.requireNonNull(items, "items"));
    }

    /**
     * The names, to pass as a message argument.
     *
     * @param items the names, in their order
     * @return them, capped
     */
    public static Capped of(java.util.Collection<String> items) {
        return new Capped(List.copyOf(items));
    }

    @Override
    public String describe(Locale locale) {
        if (items.isEmpty()) {
            return "—";
        }
        String shown = String.join(", ", items.subList(0, Math.min(LIMIT, items.size())).stream()
                .map(i -> Quoted.of(i).describe(locale)).toList());
        return items.size() <= LIMIT ? shown : Message.of("list.more", shown, items.size() - LIMIT).render(locale);
    }
}

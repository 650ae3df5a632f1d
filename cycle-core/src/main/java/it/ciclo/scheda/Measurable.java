package it.ciclo.scheda;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a target can be measured, and the number in a value. A target is measurable when it names
 * a quantity, a percentage or a date (it holds a digit: "12", "95%", "entro il 30/06/2025") or is a
 * yes/no ("sì", "no"); "migliorare il servizio" is not.
 */
public final class Measurable {

    private static final Pattern YES_NO = Pattern.compile("(?iu)s[iì]|no|yes");
    /** A number as an Italian writes it: 1.234,5 or 1234,5 or 12. */
    private static final Pattern NUMBER = Pattern.compile("(?<![\\d/])(-?\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|-?\\d+(?:,\\d+)?)(?![\\d/])");

    private Measurable() {
    }

    /**
     * Whether {@code target} can be measured: it holds a digit, or it is a yes/no.
     *
     * @param target the expected result, as the scheda writes it
     * @return whether {@code target} can be measured
     */
    public static boolean isMeasurable(String target) {
        String t = target.strip();
        return t.chars().anyMatch(Character::isDigit) || YES_NO.matcher(t).matches();
    }

    /**
     * The one number {@code value} states ("95%" → 95, "1.234,5 pratiche" → 1234.5); empty when it
     * states none, several, or a date.
     *
     * @param value a baseline, a target or a result, as the scheda writes it
     * @return the one number it states, read as an Italian writes it (thousands with dots, decimals with a
     *         comma); empty when it states none, several, or a date
     */
    public static OptionalDouble number(String value) {
        if (value.contains("/")) {
            return OptionalDouble.empty();
        }
        Matcher m = NUMBER.matcher(value);
        Optional<String> found = Optional.empty();
        while (m.find()) {
            if (found.isPresent()) {
                return OptionalDouble.empty();
            }
            found = Optional.of(m.group(1));
        }
        return found.map(n -> OptionalDouble.of(Double.parseDouble(n.replace(".", "").replace(',', '.'))))
                .orElse(OptionalDouble.empty());
    }
}

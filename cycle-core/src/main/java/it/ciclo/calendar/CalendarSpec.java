package it.ciclo.calendar;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a directive says about its Comune's calendar: the country whose national holidays apply,
 * the patron saint's day (a non-working day for the offices, not a holiday for legal counting) and
 * the days the offices are closed.
 *
 * @param country     ISO 3166 code of the country whose national holidays apply; only {@code IT} is
 *                    supported today
 * @param patronSaint the patron saint's day, if the directive names one
 * @param closures    office closures (e.g. a bridge day), never null, without duplicates
 */
public record CalendarSpec(String country, Optional<MonthDay> patronSaint, List<LocalDate> closures) {

    /** The only country whose holidays and legal counting Ciclo knows. */
    public static final String ITALY = "IT";

    public CalendarSpec {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(patronSaint, "patronSaint");
        closures = List.copyOf(Objects.requireNonNull(closures, "closures")).stream().distinct().sorted().toList();
        if (!ITALY.equals(country)) {
            throw new IllegalArgumentException("country: only \"IT\" is supported, not \"" + country + "\"");
        }
    }

    /** Italy's national holidays and nothing else: no patron saint, no closures. */
    public static CalendarSpec italy() {
        return new CalendarSpec(ITALY, Optional.empty(), List.of());
    }
}

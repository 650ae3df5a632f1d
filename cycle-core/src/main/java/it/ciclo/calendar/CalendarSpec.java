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
 * @param patronSaintLegalHoliday whether the patron saint's day is a holiday by law, so that legal
 *                    deadlines move off it too: true only where a statute says so (Rome, 29 June,
 *                    DPR 792/1985); elsewhere the patron saint closes the offices but counts as an
 *                    ordinary day for legal deadlines
 */
public record CalendarSpec(String country, Optional<MonthDay> patronSaint, List<LocalDate> closures,
        boolean patronSaintLegalHoliday) {

    /** The only country whose holidays and legal counting Ciclo knows. */
    public static final String ITALY = "IT";

    public CalendarSpec {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(patronSaint, "patronSaint");
        closures = List.copyOf(Objects.requireNonNull(closures, "closures")).stream().distinct().sorted().toList();
        if (!ITALY.equals(country)) {
            throw new IllegalArgumentException("country: only \"IT\" is supported, not \"" + country + "\"");
        }
        if (patronSaintLegalHoliday && patronSaint.isEmpty()) {
            throw new IllegalArgumentException("patronSaintLegalHoliday needs a patronSaint");
        }
    }

    /** A calendar whose patron saint, if any, is not a holiday by law (every Comune but Rome). */
    public CalendarSpec(String country, Optional<MonthDay> patronSaint, List<LocalDate> closures) {
        this(country, patronSaint, closures, false);
    }

    /** Italy's national holidays and nothing else: no patron saint, no closures. */
    public static CalendarSpec italy() {
        return new CalendarSpec(ITALY, Optional.empty(), List.of());
    }
}

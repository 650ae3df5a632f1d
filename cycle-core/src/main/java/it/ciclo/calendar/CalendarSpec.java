package it.ciclo.calendar;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
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
 * @param zone        the Comune's time zone: an instant (a file's modification, a repository's
 *                    record of arrival) falls on the day it is there, whatever the zone of the
 *                    machine that reads it
 */
public record CalendarSpec(String country, Optional<MonthDay> patronSaint, List<LocalDate> closures,
        boolean patronSaintLegalHoliday, ZoneId zone) {

    /** The only country whose holidays and legal counting Ciclo knows. */
    public static final String ITALY = "IT";

    /** Every Italian Comune's time zone, the default. */
    public static final ZoneId ROME = ZoneId.of("Europe/Rome");

    /**
     * Validates the components, each as described above.
     *
     * @param country ISO 3166 code of the country whose national holidays apply; only {@code IT} is supported today
     * @param patronSaint the patron saint's day, if the directive names one
     * @param closures office closures (e.g. a bridge day), never null, without duplicates
     * @param patronSaintLegalHoliday whether the patron saint's day is a holiday by law, so that legal deadlines move
     *                                off it too: true only where a statute says so (Rome, 29 June, DPR 792/1985);
     *                                elsewhere the patron saint closes the offices but counts as an ordinary day for
     *                                legal deadlines
     * @param zone the Comune's time zone: an instant (a file's modification, a repository's record of arrival) falls
     *             on the day it is there, whatever the zone of the machine that reads it
     */
    public CalendarSpec {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(patronSaint, "patronSaint");
        Objects.requireNonNull(zone, "zone");
        closures = List.copyOf(Objects.requireNonNull(closures, "closures")).stream().distinct().sorted().toList();
        if (!ITALY.equals(country)) {
            throw new IllegalArgumentException("country: only \"IT\" is supported, not \"" + country + "\"");
        }
        if (patronSaintLegalHoliday && patronSaint.isEmpty()) {
            throw new IllegalArgumentException("patronSaintLegalHoliday needs a patronSaint");
        }
    }

    /**
     * A calendar in Rome's time zone.
     *
     * @param country ISO 3166 code of the country whose national holidays apply; only {@code IT} is supported today
     * @param patronSaint the patron saint's day, if the directive names one
     * @param closures office closures (e.g. a bridge day), never null, without duplicates
     * @param patronSaintLegalHoliday whether the patron saint's day is a holiday by law, so that legal deadlines move
     *                                off it too: true only where a statute says so (Rome, 29 June, DPR 792/1985);
     *                                elsewhere the patron saint closes the offices but counts as an ordinary day for
     *                                legal deadlines
     */
    public CalendarSpec(String country, Optional<MonthDay> patronSaint, List<LocalDate> closures,
            boolean patronSaintLegalHoliday) {
        this(country, patronSaint, closures, patronSaintLegalHoliday, ROME);
    }

    /**
     * A calendar in Rome's time zone whose patron saint, if any, is not a holiday by law (every Comune but Rome).
     *
     * @param country ISO 3166 code of the country whose national holidays apply; only {@code IT} is supported today
     * @param patronSaint the patron saint's day, if the directive names one
     * @param closures office closures (e.g. a bridge day), never null, without duplicates
     */
    public CalendarSpec(String country, Optional<MonthDay> patronSaint, List<LocalDate> closures) {
        this(country, patronSaint, closures, false);
    }

    /** {@return Italy's national holidays and nothing else: no patron saint, no closures, Rome's time zone} */
    public static CalendarSpec italy() {
        return new CalendarSpec(ITALY, Optional.empty(), List.of());
    }

    /**
     * This calendar in another time zone.
     *
     * @param other the other time zone
     * @return this calendar in another time zone
     */
    public CalendarSpec withZone(ZoneId other) {
        return new CalendarSpec(country, patronSaint, closures, patronSaintLegalHoliday, other);
    }
}

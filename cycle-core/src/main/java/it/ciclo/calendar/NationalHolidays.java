package it.ciclo.calendar;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * A country's national public holidays. Implementations must be thread-safe.
 */
public interface NationalHolidays {

    /** Whether {@code date} is a national public holiday. */
    boolean isHoliday(LocalDate date);

    /**
     * The name of the holiday falling on {@code date}, in {@code locale}'s language where the
     * source has it.
     *
     * @return the holiday's name, or empty when {@code date} is not a holiday
     */
    Optional<String> name(LocalDate date, Locale locale);

    /** Italy's national holidays as published by jollyday, cached per year. */
    static NationalHolidays italy() {
        return JollydayHolidays.ITALY;
    }
}

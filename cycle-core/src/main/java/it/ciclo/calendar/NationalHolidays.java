package it.ciclo.calendar;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A country's national public holidays. Implementations must be thread-safe.
 */
public interface NationalHolidays {

    /**
     * Whether {@code date} is a national public holiday.
     *
     * @param date the day
     * @return whether {@code date} is a national public holiday
     */
    boolean isHoliday(LocalDate date);

    /**
     * The name of the holiday falling on {@code date}, in {@code locale}'s language where the
     * source has it.
     *
     * @param date the day
     * @param locale the language: English for an English locale, Italian otherwise
     * @return the holiday's name, or empty when {@code date} is not a holiday
     */
    Optional<String> name(LocalDate date, Locale locale);

    /**
     * The national holidays of {@code year}. This default asks {@link #isHoliday} about each day;
     * an implementation that knows a year at once answers directly.
     *
     * @param year a year
     * @return its holidays, in order
     */
    default Set<LocalDate> inYear(int year) {
        Set<LocalDate> days = new TreeSet<>();
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            if (isHoliday(d)) {
                days.add(d);
            }
        }
        return days;
    }

    /** {@return Italy's national holidays as published by jollyday, cached per year} */
    static NationalHolidays italy() {
        return JollydayHolidays.ITALY;
    }
}

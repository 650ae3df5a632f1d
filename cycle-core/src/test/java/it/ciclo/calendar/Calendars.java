package it.ciclo.calendar;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ArbitrarySupplier;

/** Calendars and dates shared by the calendar and deadline tests. */
public final class Calendars {

    /** Italy's national holidays only. */
    public static final OfficeCalendar ITALY = OfficeCalendar.italy();

    /**
     * Milan: Sant'Ambrogio (7 December) and two office closures, the bridge after Liberation Day
     * 2024 (Friday 26 April) and Saturday 27 December 2025.
     */
    public static final OfficeCalendar MILAN = OfficeCalendar.of(new CalendarSpec(CalendarSpec.ITALY,
            Optional.of(MonthDay.of(12, 7)), List.of(day("2024-04-26"), day("2025-12-27"))));

    /**
     * A hard case for arithmetic that skips weeks: a patron saint on 29 February (a day only leap
     * years have) and the offices closed for the whole of August 2024 and on a few scattered days.
     */
    public static final OfficeCalendar CLOSED_AUGUST = OfficeCalendar.of(new CalendarSpec(CalendarSpec.ITALY,
            Optional.of(MonthDay.of(2, 29)), java.util.stream.Stream.concat(
                    LocalDate.of(2024, 8, 1).datesUntil(LocalDate.of(2024, 9, 1)),
                    java.util.stream.Stream.of(day("2023-01-02"), day("2026-06-01"), day("2028-12-27"))).toList()));

    /** Turin: San Giovanni, 24 June. */
    public static final OfficeCalendar TURIN = patron(6, 24);

    private Calendars() {
    }

    /** The calendar of a Comune whose patron saint falls on {@code month}/{@code day}, without closures. */
    public static OfficeCalendar patron(int month, int day) {
        return OfficeCalendar.of(new CalendarSpec(CalendarSpec.ITALY, Optional.of(MonthDay.of(month, day)), List.of()));
    }

    /** {@code 2024-06-30} as a date. */
    public static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    /** Any day from 1 January 2020 to 31 December 2030. */
    public static final class Days implements ArbitrarySupplier<LocalDate> {
        private static final LocalDate FIRST = LocalDate.of(2020, 1, 1);
        private static final LocalDate LAST = LocalDate.of(2030, 12, 31);

        @Override
        public Arbitrary<LocalDate> get() {
            return Arbitraries.longs().between(FIRST.toEpochDay(), LAST.toEpochDay()).map(LocalDate::ofEpochDay);
        }
    }

    /** Italy's plain calendar, Milan's with its patron saint and closures, or one closed all August. */
    public static final class Offices implements ArbitrarySupplier<OfficeCalendar> {
        @Override
        public Arbitrary<OfficeCalendar> get() {
            return Arbitraries.of(ITALY, MILAN, CLOSED_AUGUST);
        }
    }
}

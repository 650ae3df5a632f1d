package it.ciclo.calendar;

import static it.ciclo.calendar.Calendars.ITALY;
import static it.ciclo.calendar.Calendars.MILAN;
import static it.ciclo.calendar.Calendars.TURIN;
import static it.ciclo.calendar.Calendars.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OfficeCalendarTest {

    @Nested
    class NationalHolidays {

        /** L. 260/1949 art. 2, DPR 792/1985; Easter from the published calendars; 4 October from 2026 (L. 151/2025). */
        @ParameterizedTest(name = "{0}")
        @CsvSource({
            "2023-01-01", "2023-01-06", "2023-04-09", "2023-04-10", "2023-04-25", "2023-05-01", "2023-06-02",
            "2023-08-15", "2023-11-01", "2023-12-08", "2023-12-25", "2023-12-26",
            "2024-01-01", "2024-01-06", "2024-03-31", "2024-04-01", "2024-04-25", "2024-05-01", "2024-06-02",
            "2024-08-15", "2024-11-01", "2024-12-08", "2024-12-25", "2024-12-26",
            "2025-01-01", "2025-01-06", "2025-04-20", "2025-04-21", "2025-04-25", "2025-05-01", "2025-06-02",
            "2025-08-15", "2025-11-01", "2025-12-08", "2025-12-25", "2025-12-26",
            "2026-01-01", "2026-01-06", "2026-04-05", "2026-04-06", "2026-04-25", "2026-05-01", "2026-06-02",
            "2026-08-15", "2026-10-04", "2026-11-01", "2026-12-08", "2026-12-25", "2026-12-26",
            "2027-01-01", "2027-01-06", "2027-03-28", "2027-03-29", "2027-04-25", "2027-05-01", "2027-06-02",
            "2027-08-15", "2027-10-04", "2027-11-01", "2027-12-08", "2027-12-25", "2027-12-26",
        })
        void isANationalHoliday(LocalDate date) {
            assertThat(ITALY.kindOf(date)).isEqualTo(DayKind.NATIONAL_HOLIDAY);
            assertThat(ITALY.isLegalHoliday(date)).isTrue();
            assertThat(ITALY.isWorkingDay(date)).isFalse();
            assertThat(ITALY.holidayName(date, Locale.ENGLISH)).isPresent();
        }

        /** Nothing else is: no regional patron days, no Good Friday, no 2 November. */
        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource({"2023, 12", "2024, 12", "2025, 12", "2026, 13", "2027, 13"})
        void countPerYear(int year, int expected) {
            assertThat(holidaysOf(year)).hasSize(expected);
        }

        @Test
        void easterMondayIsTheDayAfterEasterSunday() {
            for (LocalDate easter : List.of(day("2023-04-09"), day("2024-03-31"), day("2025-04-20"),
                    day("2026-04-05"), day("2027-03-28"))) {
                assertThat(easter.getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
                assertThat(ITALY.kindOf(easter.plusDays(1))).isEqualTo(DayKind.NATIONAL_HOLIDAY);
                assertThat(ITALY.kindOf(easter.minusDays(2))).as("Good Friday %s", easter.minusDays(2))
                        .isEqualTo(DayKind.WORKING_DAY);
                assertThat(ITALY.kindOf(easter.plusDays(2))).isEqualTo(DayKind.WORKING_DAY);
            }
        }

        @Test
        void saintFrancisFromTwoThousandTwentySix() {
            assertThat(ITALY.kindOf(day("2025-10-04"))).isEqualTo(DayKind.SATURDAY);
            assertThat(ITALY.isLegalHoliday(day("2025-10-04"))).isFalse();
            // a Sunday in 2026: the holiday wins
            assertThat(ITALY.kindOf(day("2026-10-04"))).isEqualTo(DayKind.NATIONAL_HOLIDAY);
            // a Monday in 2027: no longer a working day
            assertThat(ITALY.kindOf(day("2027-10-04"))).isEqualTo(DayKind.NATIONAL_HOLIDAY);
            assertThat(ITALY.isWorkingDay(day("2027-10-04"))).isFalse();
            assertThat(ITALY.plusWorkingDays(day("2027-10-01"), 1)).isEqualTo(day("2027-10-05"));
            assertThat(ITALY.plusWorkingDays(day("2021-10-01"), 1)).isEqualTo(day("2021-10-04"));
        }

        @ParameterizedTest(name = "{0} is a {1}")
        @CsvSource({
            "2023-11-02, WORKING_DAY",   // the day of the dead is not a holiday
            "2024-03-29, WORKING_DAY",   // Good Friday
            "2024-08-14, WORKING_DAY",
            "2024-12-24, WORKING_DAY",
            "2024-12-31, WORKING_DAY",
            "2023-12-07, WORKING_DAY",   // Milan's patron is not Italy's
            "2024-06-29, SATURDAY",
            "2024-06-30, SUNDAY",
        })
        void ordinaryDays(LocalDate date, DayKind kind) {
            assertThat(ITALY.kindOf(date)).isEqualTo(kind);
            assertThat(ITALY.holidayName(date, Locale.ENGLISH)).isEmpty();
        }

        @Test
        void holidayOnASundayIsANationalHoliday() {
            assertThat(day("2023-01-01").getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
            assertThat(ITALY.kindOf(day("2023-01-01"))).isEqualTo(DayKind.NATIONAL_HOLIDAY);
            assertThat(ITALY.kindOf(day("2024-12-08"))).isEqualTo(DayKind.NATIONAL_HOLIDAY);
        }

        @Test
        void holidayNames() {
            assertThat(ITALY.holidayName(day("2024-12-25"), Locale.ENGLISH)).contains("Christmas Day");
            assertThat(ITALY.holidayName(day("2024-12-25"), Locale.ITALIAN)).contains("Natale");
            assertThat(ITALY.holidayName(day("2025-04-21"), Locale.ITALIAN)).contains("Lunedì dell'Angelo");
            assertThat(ITALY.holidayName(day("2026-10-04"), Locale.ITALIAN)).contains("San Francesco d'Assisi");
            assertThat(ITALY.holidayName(day("2026-10-04"), Locale.ENGLISH)).contains("Saint Francis of Assisi");
            assertThat(ITALY.holidayName(day("2026-10-05"), Locale.ITALIAN)).isEmpty();
        }

        private List<LocalDate> holidaysOf(int year) {
            List<LocalDate> holidays = new ArrayList<>();
            for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
                if (ITALY.kindOf(d) == DayKind.NATIONAL_HOLIDAY) {
                    holidays.add(d);
                }
            }
            return holidays;
        }
    }

    @Nested
    class PatronSaintAndClosures {

        @Test
        void patronSaintClosesTheOfficesButIsNoLegalHoliday() {
            LocalDate santAmbrogio = day("2023-12-07"); // Thursday
            assertThat(MILAN.kindOf(santAmbrogio)).isEqualTo(DayKind.PATRON_SAINT);
            assertThat(MILAN.isLegalHoliday(santAmbrogio)).isFalse();
            assertThat(MILAN.isWorkingDay(santAmbrogio)).isFalse();
            assertThat(TURIN.kindOf(day("2024-06-24"))).isEqualTo(DayKind.PATRON_SAINT);
            assertThat(TURIN.isLegalHoliday(day("2024-06-24"))).isFalse();
            assertThat(TURIN.kindOf(day("2024-12-07"))).isEqualTo(DayKind.SATURDAY);
        }

        @Test
        void precedence() {
            // Sant'Ambrogio on a Sunday (2025) is a Sunday, on a Saturday (2024) the patron's day
            assertThat(MILAN.kindOf(day("2025-12-07"))).isEqualTo(DayKind.SUNDAY);
            assertThat(MILAN.kindOf(day("2024-12-07"))).isEqualTo(DayKind.PATRON_SAINT);
            // Venice's San Marco is Liberation Day
            assertThat(Calendars.patron(4, 25).kindOf(day("2024-04-25"))).isEqualTo(DayKind.NATIONAL_HOLIDAY);
            // a closure on a Saturday is a closure
            assertThat(MILAN.kindOf(day("2025-12-27"))).isEqualTo(DayKind.CLOSURE);
        }

        @Test
        void closureIsNeitherWorkingDayNorLegalHoliday() {
            LocalDate bridge = day("2024-04-26"); // Friday after Liberation Day
            assertThat(MILAN.kindOf(bridge)).isEqualTo(DayKind.CLOSURE);
            assertThat(MILAN.isLegalHoliday(bridge)).isFalse();
            assertThat(MILAN.isWorkingDay(bridge)).isFalse();
            assertThat(ITALY.kindOf(bridge)).isEqualTo(DayKind.WORKING_DAY);
        }

        @Test
        void duplicateClosuresAreKeptOnceInOrder() {
            CalendarSpec spec = new CalendarSpec("IT", java.util.Optional.empty(),
                    List.of(day("2024-12-27"), day("2024-04-26"), day("2024-12-27")));
            assertThat(spec.closures()).containsExactly(day("2024-04-26"), day("2024-12-27"));
            assertThatThrownBy(() -> new CalendarSpec("FR", java.util.Optional.empty(), List.of()))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class WorkingDayArithmetic {

        @ParameterizedTest(name = "{1} working days after {0} = {2}")
        @CsvSource({
            "2024-03-28, 1, 2024-03-29",   // Good Friday works
            "2024-03-29, 1, 2024-04-02",   // Sat, Easter, Easter Monday
            "2024-03-28, 2, 2024-04-02",
            "2025-12-24, 1, 2025-12-29",   // Christmas, St Stephen, weekend
            "2025-12-31, 1, 2026-01-02",   // New Year's Day
            "2025-12-31, 2, 2026-01-05",
            "2025-12-31, 3, 2026-01-07",   // Epiphany on a Tuesday
            "2024-02-28, 1, 2024-02-29",   // leap day
            "2024-02-28, 2, 2024-03-01",
            "2023-02-28, 1, 2023-03-01",
            "2024-06-29, 1, 2024-07-01",   // from a Saturday
            "2024-01-05, 5, 2024-01-12",   // Sat 6 Jan is Epiphany and a Saturday anyway
        })
        void plusWorkingDays(LocalDate from, int n, LocalDate expected) {
            assertThat(ITALY.plusWorkingDays(from, n)).isEqualTo(expected);
        }

        @ParameterizedTest(name = "{1} working days before {0} = {2}")
        @CsvSource({
            "2024-04-02, 1, 2024-03-29",
            "2024-04-03, 2, 2024-03-29",
            "2026-01-02, 1, 2025-12-31",
            "2026-01-07, 3, 2025-12-31",
            "2024-03-01, 1, 2024-02-29",
            "2024-03-04, 3, 2024-02-28",
            "2025-12-29, 1, 2025-12-24",
        })
        void minusWorkingDays(LocalDate from, int n, LocalDate expected) {
            assertThat(ITALY.minusWorkingDays(from, n)).isEqualTo(expected);
        }

        @Test
        void patronAndClosuresAreSkipped() {
            // Milan, December 2023: Thu 7 patron, Fri 8 holiday
            assertThat(MILAN.plusWorkingDays(day("2023-12-06"), 1)).isEqualTo(day("2023-12-11"));
            assertThat(ITALY.plusWorkingDays(day("2023-12-06"), 1)).isEqualTo(day("2023-12-07"));
            // Milan, April 2024: Thu 25 holiday, Fri 26 closed
            assertThat(MILAN.plusWorkingDays(day("2024-04-24"), 1)).isEqualTo(day("2024-04-29"));
            assertThat(MILAN.minusWorkingDays(day("2024-04-29"), 1)).isEqualTo(day("2024-04-24"));
        }

        @Test
        void countMustBePositive() {
            assertThatThrownBy(() -> ITALY.plusWorkingDays(day("2024-01-08"), 0))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> ITALY.minusWorkingDays(day("2024-01-08"), -1))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void betweenCountsFromExclusiveToInclusive() {
            // Thu 28 March 2024 to Tue 2 April: Good Friday and Tuesday
            assertThat(ITALY.workingDaysBetween(day("2024-03-28"), day("2024-04-02"))).isEqualTo(2);
            assertThat(ITALY.workingDaysBetween(day("2024-04-02"), day("2024-03-28"))).isEqualTo(-2);
            assertThat(ITALY.workingDaysBetween(day("2024-03-28"), day("2024-03-28"))).isZero();
            assertThat(ITALY.workingDaysBetween(day("2024-03-28"), day("2024-03-29"))).isEqualTo(1);
            assertThat(ITALY.workingDaysBetween(day("2024-03-29"), day("2024-04-01"))).isZero();
            // leap February 2024: 21 weekdays, none a holiday; 1 February not counted
            assertThat(ITALY.workingDaysBetween(day("2024-02-01"), day("2024-02-29"))).isEqualTo(20);
            assertThat(ITALY.workingDaysBetween(day("2023-02-01"), day("2023-02-28"))).isEqualTo(19);
        }

        @Test
        void betweenAcrossDecember() {
            // December 2025: 23 weekdays less 8, 25 and 26 December; 1 December not counted
            assertThat(ITALY.workingDaysBetween(day("2025-12-01"), day("2025-12-31"))).isEqualTo(19);
            // Milan's Sant'Ambrogio falls on a Sunday in 2025, its closure on a Saturday
            assertThat(MILAN.workingDaysBetween(day("2025-12-01"), day("2025-12-31"))).isEqualTo(19);
            // December 2023: 21 weekdays less 8, 25, 26; Milan also less Thursday 7
            assertThat(ITALY.workingDaysBetween(day("2023-11-30"), day("2023-12-31"))).isEqualTo(18);
            assertThat(MILAN.workingDaysBetween(day("2023-11-30"), day("2023-12-31"))).isEqualTo(17);
        }
    }

    @Test
    void dayKindsInBothLanguages() {
        assertThat(DayKind.SUNDAY.describe(Locale.ITALIAN)).isEqualTo("di domenica");
        assertThat(DayKind.NATIONAL_HOLIDAY.describe(Locale.ENGLISH)).isEqualTo("on a public holiday");
        assertThat(DayKind.PATRON_SAINT.describe(Locale.ENGLISH)).isEqualTo("on the patron saint's day");
        assertThat(DayKind.SUNDAY.isLegalHoliday()).isTrue();
        assertThat(DayKind.PATRON_SAINT.isLegalHoliday()).isFalse();
        assertThat(DayKind.SATURDAY.isLegalHoliday()).isFalse();
        assertThat(DayKind.CLOSURE.isWorkingDay()).isFalse();
    }
}

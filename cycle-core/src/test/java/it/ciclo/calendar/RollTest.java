package it.ciclo.calendar;

import static it.ciclo.calendar.Calendars.ITALY;
import static it.ciclo.calendar.Calendars.MILAN;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class RollTest {

    @ParameterizedTest
    @EnumSource(Roll.class)
    void jsonNamesRoundTrip(Roll roll) {
        assertThat(Roll.fromJsonName(roll.jsonName())).isSameAs(roll);
    }

    @Test
    void jsonNames() {
        assertThat(Roll.NEXT_NON_HOLIDAY.jsonName()).isEqualTo("next-non-holiday");
        assertThat(Roll.PREVIOUS_WORKING_DAY.jsonName()).isEqualTo("previous-working-day");
        assertThat(Roll.fromJsonName("following")).isNull();
        assertThat(Roll.fromJsonName("NEXT_WORKING_DAY")).isNull();
    }

    @ParameterizedTest(name = "{0} stays")
    @CsvSource({"2024-06-30", "2025-12-25", "2024-06-29", "2023-12-07"})
    void noneKeepsAnyDay(LocalDate date) {
        assertThat(Roll.NONE.apply(date, MILAN)).isEqualTo(date);
        assertThat(Roll.NONE.accepts(date, MILAN)).isTrue();
    }

    /** c.p.c. art. 155 c.4: past Sundays and national holidays only. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "2024-06-30, 2024-07-01",   // Sunday
        "2024-06-29, 2024-06-29",   // Saturday stays (c.5 is for court filings only)
        "2025-12-25, 2025-12-27",   // Christmas, St Stephen, then a Saturday
        "2026-12-25, 2026-12-28",   // Christmas Friday, St Stephen Saturday, Sunday
        "2024-03-31, 2024-04-02",   // Easter and Easter Monday
        "2026-10-04, 2026-10-05",   // St Francis on a Sunday
        "2023-12-07, 2023-12-07",   // Milan's patron is not a legal holiday
        "2024-04-26, 2024-04-26",   // nor a closure
        "2024-04-25, 2024-04-26",
        "2024-01-09, 2024-01-09",
    })
    void nextNonHoliday(LocalDate date, LocalDate expected) {
        assertThat(Roll.NEXT_NON_HOLIDAY.apply(date, MILAN)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "2024-06-29, 2024-07-01",   // Saturday
        "2025-12-25, 2025-12-29",   // Christmas, St Stephen, weekend
        "2023-12-07, 2023-12-11",   // patron, Immaculate Conception, weekend
        "2024-04-25, 2024-04-29",   // Liberation Day, closure, weekend
        "2026-01-01, 2026-01-02",   // New Year's Day
        "2024-01-09, 2024-01-09",
    })
    void nextWorkingDay(LocalDate date, LocalDate expected) {
        assertThat(Roll.NEXT_WORKING_DAY.apply(date, MILAN)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "2024-04-01, 2024-03-29",   // Easter Monday, Easter, Saturday
        "2023-12-08, 2023-12-06",   // Immaculate Conception, Sant'Ambrogio
        "2025-01-01, 2024-12-31",
        "2026-01-06, 2026-01-05",
        "2024-04-28, 2024-04-24",   // Sunday, Saturday, closure, Liberation Day
        "2024-01-09, 2024-01-09",
    })
    void previousWorkingDay(LocalDate date, LocalDate expected) {
        assertThat(Roll.PREVIOUS_WORKING_DAY.apply(date, MILAN)).isEqualTo(expected);
    }

    @Test
    void theCalendarDecides() {
        assertThat(Roll.NEXT_WORKING_DAY.apply(Calendars.day("2023-12-07"), ITALY)).isEqualTo(Calendars.day("2023-12-07"));
        assertThat(Roll.NEXT_WORKING_DAY.apply(Calendars.day("2024-04-25"), ITALY)).isEqualTo(Calendars.day("2024-04-26"));
    }

    @Test
    void describedInBothLanguages() {
        assertThat(Roll.NEXT_NON_HOLIDAY.describe(Locale.ITALIAN)).isEqualTo("al primo giorno non festivo (art. 155 c.p.c.)");
        assertThat(Roll.NEXT_WORKING_DAY.describe(Locale.ENGLISH)).isEqualTo("to the next working day");
        assertThat(Roll.PREVIOUS_WORKING_DAY.describe(Locale.ITALIAN)).isEqualTo("al giorno lavorativo precedente");
    }
}

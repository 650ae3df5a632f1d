package it.ciclo.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Rome's 29 June: a patron saint that is a holiday by law (DPR 792/1985), unlike every other. */
class PatronSaintByLawTest {

    private static final MonthDay PETER_AND_PAUL = MonthDay.of(6, 29);
    private static final LocalDate MONDAY_29_JUNE_2026 = LocalDate.of(2026, 6, 29);

    private static OfficeCalendar calendar(boolean byLaw) {
        return OfficeCalendar.of(new CalendarSpec(CalendarSpec.ITALY, Optional.of(PETER_AND_PAUL), List.of(), byLaw));
    }

    @Test
    void inRomeLegalDeadlinesMoveOffThePatronSaint() {
        OfficeCalendar rome = calendar(true);

        assertThat(rome.kindOf(MONDAY_29_JUNE_2026)).isEqualTo(DayKind.PATRON_SAINT);
        assertThat(rome.isLegalHoliday(MONDAY_29_JUNE_2026)).isTrue();
        assertThat(Roll.NEXT_NON_HOLIDAY.apply(MONDAY_29_JUNE_2026, rome)).isEqualTo(LocalDate.of(2026, 6, 30));
    }

    @Test
    void elsewhereThePatronSaintClosesTheOfficesButLegalDeadlinesStay() {
        OfficeCalendar elsewhere = calendar(false);

        assertThat(elsewhere.isLegalHoliday(MONDAY_29_JUNE_2026)).isFalse();
        assertThat(elsewhere.isWorkingDay(MONDAY_29_JUNE_2026)).isFalse();
        assertThat(Roll.NEXT_NON_HOLIDAY.apply(MONDAY_29_JUNE_2026, elsewhere)).isEqualTo(MONDAY_29_JUNE_2026);
        assertThat(Roll.NEXT_WORKING_DAY.apply(MONDAY_29_JUNE_2026, elsewhere)).isEqualTo(LocalDate.of(2026, 6, 30));
    }

    @Test
    void aHolidayByLawNeedsAPatronSaint() {
        assertThatThrownBy(() -> new CalendarSpec(CalendarSpec.ITALY, Optional.empty(), List.of(), true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("patronSaint");
    }
}

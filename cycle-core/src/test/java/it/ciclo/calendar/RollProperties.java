package it.ciclo.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class RollProperties {

    @Property
    void aRolledDateIsOneItsConventionAccepts(@ForAll Roll roll, @ForAll(supplier = Calendars.Days.class) LocalDate date,
            @ForAll(supplier = Calendars.Offices.class) OfficeCalendar calendar) {
        assertThat(roll.accepts(roll.apply(date, calendar), calendar)).isTrue();
    }

    @Property
    void forwardRollsNeverMoveEarlierAndTheBackwardRollNeverLater(@ForAll Roll roll,
            @ForAll(supplier = Calendars.Days.class) LocalDate date, @ForAll(supplier = Calendars.Offices.class) OfficeCalendar calendar) {
        LocalDate rolled = roll.apply(date, calendar);
        if (roll == Roll.PREVIOUS_WORKING_DAY) {
            assertThat(rolled).isBeforeOrEqualTo(date);
        } else {
            assertThat(rolled).isAfterOrEqualTo(date);
        }
    }

    @Property
    void rollingIsIdempotent(@ForAll Roll roll, @ForAll(supplier = Calendars.Days.class) LocalDate date,
            @ForAll(supplier = Calendars.Offices.class) OfficeCalendar calendar) {
        LocalDate once = roll.apply(date, calendar);
        assertThat(roll.apply(once, calendar)).isEqualTo(once);
    }

    @Property
    void anAcceptedDateStaysAndTheRollStopsAtTheNearestAcceptedDay(@ForAll Roll roll,
            @ForAll(supplier = Calendars.Days.class) LocalDate date, @ForAll(supplier = Calendars.Offices.class) OfficeCalendar calendar) {
        LocalDate rolled = roll.apply(date, calendar);
        assertThat(rolled.equals(date)).isEqualTo(roll.accepts(date, calendar));
        int step = rolled.isBefore(date) ? -1 : 1;
        for (LocalDate d = date; !d.equals(rolled); d = d.plusDays(step)) {
            assertThat(roll.accepts(d, calendar)).as("%s skipped by %s", d, roll).isFalse();
        }
    }

    @Property
    void theConventionsSkipTheDaysTheySay(@ForAll(supplier = Calendars.Days.class) LocalDate date,
            @ForAll(supplier = Calendars.Offices.class) OfficeCalendar calendar) {
        DayKind nonHoliday = calendar.kindOf(Roll.NEXT_NON_HOLIDAY.apply(date, calendar));
        assertThat(nonHoliday).isNotIn(DayKind.SUNDAY, DayKind.NATIONAL_HOLIDAY);
        assertThat(calendar.kindOf(Roll.NEXT_WORKING_DAY.apply(date, calendar))).isEqualTo(DayKind.WORKING_DAY);
        assertThat(calendar.kindOf(Roll.PREVIOUS_WORKING_DAY.apply(date, calendar))).isEqualTo(DayKind.WORKING_DAY);
        // every working day is a non-holiday, so the next working day is never before the next non-holiday
        assertThat(Roll.NEXT_WORKING_DAY.apply(date, calendar))
                .isAfterOrEqualTo(Roll.NEXT_NON_HOLIDAY.apply(date, calendar));
    }
}

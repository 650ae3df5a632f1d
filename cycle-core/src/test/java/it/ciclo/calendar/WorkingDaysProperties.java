package it.ciclo.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class WorkingDaysProperties {

    @Property
    void resultsAreWorkingDaysOnTheRightSide(@ForAll(supplier = Calendars.Days.class) LocalDate date,
            @ForAll @IntRange(min = 1, max = 250) int n, @ForAll(supplier = Calendars.Offices.class) OfficeCalendar calendar) {
        LocalDate after = calendar.plusWorkingDays(date, n);
        LocalDate before = calendar.minusWorkingDays(date, n);
        assertThat(calendar.isWorkingDay(after)).isTrue();
        assertThat(calendar.isWorkingDay(before)).isTrue();
        assertThat(after).isAfter(date);
        assertThat(before).isBefore(date);
    }

    @Property
    void beforeUndoesAfterFromAWorkingDay(@ForAll(supplier = Calendars.Days.class) LocalDate date,
            @ForAll @IntRange(min = 1, max = 250) int n, @ForAll(supplier = Calendars.Offices.class) OfficeCalendar calendar) {
        Assume.that(calendar.isWorkingDay(date));
        assertThat(calendar.minusWorkingDays(calendar.plusWorkingDays(date, n), n)).isEqualTo(date);
        assertThat(calendar.plusWorkingDays(calendar.minusWorkingDays(date, n), n)).isEqualTo(date);
    }

    /** From a day off, there and back lands on the working day on the way back's side. */
    @Property
    void fromADayOffThereAndBackLandsOnTheNearestWorkingDay(@ForAll(supplier = Calendars.Days.class) LocalDate date,
            @ForAll @IntRange(min = 1, max = 250) int n, @ForAll(supplier = Calendars.Offices.class) OfficeCalendar calendar) {
        Assume.that(!calendar.isWorkingDay(date));
        assertThat(calendar.minusWorkingDays(calendar.plusWorkingDays(date, n), n))
                .isEqualTo(Roll.PREVIOUS_WORKING_DAY.apply(date, calendar));
        assertThat(calendar.plusWorkingDays(calendar.minusWorkingDays(date, n), n))
                .isEqualTo(Roll.NEXT_WORKING_DAY.apply(date, calendar));
    }

    @Property
    void betweenCountsWhatPlusAndMinusStepped(@ForAll(supplier = Calendars.Days.class) LocalDate date,
            @ForAll @IntRange(min = 1, max = 250) int n, @ForAll(supplier = Calendars.Offices.class) OfficeCalendar calendar) {
        assertThat(calendar.workingDaysBetween(date, calendar.plusWorkingDays(date, n))).isEqualTo(n);
        // counting back, the range (result, date] holds the n-1 working days in between, and date itself if it works
        assertThat(calendar.workingDaysBetween(date, calendar.minusWorkingDays(date, n)))
                .isEqualTo(calendar.isWorkingDay(date) ? -n : -(n - 1));
    }

    @Property
    void stepsAdd(@ForAll(supplier = Calendars.Days.class) LocalDate date, @ForAll @IntRange(min = 1, max = 120) int m,
            @ForAll @IntRange(min = 1, max = 120) int n, @ForAll(supplier = Calendars.Offices.class) OfficeCalendar calendar) {
        assertThat(calendar.plusWorkingDays(calendar.plusWorkingDays(date, m), n))
                .isEqualTo(calendar.plusWorkingDays(date, m + n));
        assertThat(calendar.minusWorkingDays(calendar.minusWorkingDays(date, m), n))
                .isEqualTo(calendar.minusWorkingDays(date, m + n));
    }

    /** Fewer tries: each counts across up to eleven years, three times over. */
    @Property(tries = 200)
    void betweenIsAntisymmetricAndAdditive(@ForAll(supplier = Calendars.Days.class) LocalDate a,
            @ForAll(supplier = Calendars.Days.class) LocalDate b, @ForAll(supplier = Calendars.Days.class) LocalDate c,
            @ForAll(supplier = Calendars.Offices.class) OfficeCalendar calendar) {
        assertThat(calendar.workingDaysBetween(b, a)).isEqualTo(-calendar.workingDaysBetween(a, b));
        assertThat(calendar.workingDaysBetween(a, b) + calendar.workingDaysBetween(b, c))
                .isEqualTo(calendar.workingDaysBetween(a, c));
        assertThat(calendar.workingDaysBetween(a, a)).isZero();
    }

    @Property
    void betweenNeighboursIsOneExactlyWhenTheSecondIsAWorkingDay(@ForAll(supplier = Calendars.Days.class) LocalDate date,
            @ForAll(supplier = Calendars.Offices.class) OfficeCalendar calendar) {
        assertThat(calendar.workingDaysBetween(date, date.plusDays(1)))
                .isEqualTo(calendar.isWorkingDay(date.plusDays(1)) ? 1 : 0);
    }

    /**
     * The year-at-a-time count and the week-skipping steps agree with walking day by day asking
     * {@link OfficeCalendar#isWorkingDay}: the arithmetic is an optimisation, never a second rule.
     */
    @Property(tries = 300)
    void arithmeticAgreesWithWalkingDayByDay(@ForAll(supplier = Calendars.Days.class) LocalDate date,
            @ForAll @IntRange(min = 1, max = 2000) int n, @ForAll(supplier = Calendars.Offices.class) OfficeCalendar calendar) {
        LocalDate walked = date;
        for (int left = n; left > 0; ) {
            walked = walked.plusDays(1);
            if (calendar.isWorkingDay(walked)) {
                left--;
            }
        }
        assertThat(calendar.plusWorkingDays(date, n)).isEqualTo(walked);
        LocalDate back = date;
        for (int left = n; left > 0; ) {
            back = back.minusDays(1);
            if (calendar.isWorkingDay(back)) {
                left--;
            }
        }
        assertThat(calendar.minusWorkingDays(date, n)).isEqualTo(back);
        int counted = 0;
        for (LocalDate d = date.plusDays(1); !d.isAfter(walked.plusDays(n % 17)); d = d.plusDays(1)) {
            counted += calendar.isWorkingDay(d) ? 1 : 0;
        }
        assertThat(calendar.workingDaysBetween(date, walked.plusDays(n % 17))).isEqualTo(counted);
    }
}

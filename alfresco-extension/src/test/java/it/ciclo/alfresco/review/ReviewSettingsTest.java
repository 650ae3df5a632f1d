package it.ciclo.alfresco.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.ciclo.calendar.OfficeCalendar;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import org.junit.jupiter.api.Test;

class ReviewSettingsTest {

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private final ReviewSettings settings = ReviewSettings.of("GROUP_A", "GROUP_B", 5, OfficeCalendar.italy(), ROME);

    @Test
    void aRoundLastsTheConfiguredWorkingDaysSkippingHolidays() {
        // Tuesday 22 December 2026: 25 and 26 December and the weekend do not count.
        assertThat(settings.reviewDueDate(LocalDate.of(2026, 12, 22), null)).isEqualTo(LocalDate.of(2026, 12, 30));
    }

    @Test
    void aRoundEndsTheWorkingDayBeforeTheApprovalAtTheLatest() {
        assertThat(settings.reviewDueDate(LocalDate.of(2026, 1, 12), LocalDate.of(2026, 1, 16)))
                .isEqualTo(LocalDate.of(2026, 1, 15));
        assertThat(settings.reviewDueDate(LocalDate.of(2026, 1, 12), LocalDate.of(2026, 3, 2)))
                .isEqualTo(LocalDate.of(2026, 1, 19));
    }

    @Test
    void aRoundAlwaysHasAtLeastOneWorkingDay() {
        assertThat(settings.reviewDueDate(LocalDate.of(2026, 1, 16), LocalDate.of(2026, 1, 16)))
                .isEqualTo(LocalDate.of(2026, 1, 19));
    }

    @Test
    void escalationComesAtTheStartOfTheDayAfterTheDueDateInTheComunesZone() {
        Date due = Date.from(LocalDate.of(2026, 3, 27).atStartOfDay(ROME).toInstant());
        assertThat(settings.escalationTime(due).toInstant())
                .isEqualTo(ZonedDateTime.of(2026, 3, 28, 0, 0, 0, 0, ROME).toInstant());
    }

    @Test
    void theModulePropertiesAreReadWithThePatronSaintAndClosures() {
        ReviewSettings milan = ReviewSettings.fromProperties("GROUP_A", "GROUP_B", 1, "12-07", "2026-12-09, 2026-12-10",
                "Europe/Rome");
        // Friday 4 December 2026: Monday 7 is Sant'Ambrogio, 8 a holiday, 9 and 10 closures.
        assertThat(milan.reviewDueDate(LocalDate.of(2026, 12, 4), null)).isEqualTo(LocalDate.of(2026, 12, 11));
        assertThat(ReviewSettings.fromProperties("GROUP_A", "GROUP_B", 1, " ", "", "Europe/Rome").calendar().spec()
                .patronSaint()).isEmpty();
    }

    @Test
    void badSettingsNameTheProperty() {
        assertThatThrownBy(() -> ReviewSettings.fromProperties("GROUP_A", "GROUP_B", 1, "7 dicembre", "", "Europe/Rome"))
                .hasMessageContaining("ciclo.calendar.patronSaint");
        assertThatThrownBy(() -> ReviewSettings.fromProperties("GROUP_A", "GROUP_B", 1, "", "ieri", "Europe/Rome"))
                .hasMessageContaining("ciclo.calendar.closures");
        assertThatThrownBy(() -> ReviewSettings.fromProperties("GROUP_A", "GROUP_B", 1, "", "", "Roma"))
                .hasMessageContaining("ciclo.calendar.zone");
        assertThatThrownBy(() -> ReviewSettings.of("CicloProgrammazione", "GROUP_B", 1, OfficeCalendar.italy(), ROME))
                .hasMessageContaining("GROUP_");
        assertThatThrownBy(() -> ReviewSettings.of("GROUP_A", "GROUP_A", 1, OfficeCalendar.italy(), ROME))
                .hasMessageContaining("differ");
        assertThatThrownBy(() -> ReviewSettings.of("GROUP_A", "GROUP_B", 0, OfficeCalendar.italy(), ROME))
                .hasMessageContaining("at least 1");
    }
}

package it.ciclo.check;

import it.ciclo.calendar.DayKind;
import it.ciclo.deadline.Deadline;
import it.ciclo.deadline.ScheduledDeadline;
import it.ciclo.i18n.Localizable;
import java.time.LocalDate;
import java.util.List;

/**
 * Checks of each deadline on its own: {@code pending} (its date is not known yet),
 * {@code non-working-day} (its nominal date is not an office working day) and
 * {@code before-directive} (it is earlier than the directive itself).
 */
final class DeadlineChecks implements Check {

    @Override
    public void run(CheckSubject s, List<Finding> findings) {
        LocalDate issued = s.directive().issued().on();
        for (ScheduledDeadline d : s.schedule().all()) {
            Deadline deadline = d.deadline();
            String path = s.path(d);
            if (!deadline.isDue()) {
                findings.add(s.finding(FindingCode.PENDING, Severity.INFO, d.act(), path, "check.pending",
                        d.kind(), d.act().title(), deadline.explanation()));
                continue;
            }
            LocalDate nominal = deadline.nominal().orElseThrow();
            DayKind day = s.calendar().kindOf(nominal);
            if (!day.isWorkingDay()) {
                boolean rolledAway = s.calendar().isWorkingDay(deadline.effective().orElseThrow());
                Localizable holiday = locale -> s.calendar().holidayName(nominal, locale).map(n -> " (" + n + ")").orElse("");
                findings.add(s.finding(FindingCode.NON_WORKING_DAY, rolledAway ? Severity.INFO : Severity.WARNING,
                        d.act(), path, rolledAway ? "check.nonWorkingDay.rolled" : "check.nonWorkingDay",
                        d.kind(), d.act().title(), nominal, day, holiday, deadline.effective().orElseThrow()));
            }
            if (nominal.isBefore(issued)) {
                findings.add(s.finding(FindingCode.BEFORE_DIRECTIVE, Severity.ERROR, d.act(), path, "check.beforeDirective",
                        d.kind(), d.act().title(), nominal, issued));
            }
        }
    }
}

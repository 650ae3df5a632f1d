package it.ciclo.check;

import it.ciclo.deadline.Deadline;
import it.ciclo.directive.Act;
import it.ciclo.directive.ReportingPeriod;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Checks of one act's two deadlines against each other and against its reporting period:
 * {@code due-after-approval}, {@code short-lead-time}, {@code due-before-period-end}.
 */
final class ActChecks implements Check {

    @Override
    public void run(CheckSubject s, List<Finding> findings) {
        for (Act act : s.directive().acts()) {
            Deadline approval = s.schedule().approval(act.id());
            Optional<Deadline> submission = s.schedule().submission(act.id());
            if (approval.isDue() && submission.isPresent() && submission.get().isDue()) {
                lead(s, findings, act, submission.get().effective().orElseThrow(), approval.effective().orElseThrow());
            }
            act.reports().ifPresent(period -> {
                due(s, findings, act, period, approval, s.path(act) + ".approval", "check.periodEnd.approval");
                submission.ifPresent(sub -> due(s, findings, act, period, sub, s.path(act) + ".submission.due",
                        "check.periodEnd.submission"));
            });
        }
    }

    private void lead(CheckSubject s, List<Finding> findings, Act act, LocalDate submission, LocalDate approval) {
        String path = s.path(act) + ".submission.due";
        if (submission.isAfter(approval)) {
            findings.add(s.finding(FindingCode.DUE_AFTER_APPROVAL, Severity.ERROR, act, path, "check.dueAfterApproval",
                    act.title(), submission, approval));
            return;
        }
        int lead = s.calendar().workingDaysBetween(submission, approval);
        int min = s.options().minLeadWorkingDays();
        if (lead < min) {
            findings.add(s.finding(FindingCode.SHORT_LEAD_TIME, lead == 0 ? Severity.ERROR : Severity.WARNING, act, path,
                    "check.shortLeadTime", act.title(), submission, approval, lead, min));
        }
    }

    private void due(CheckSubject s, List<Finding> findings, Act act, ReportingPeriod period, Deadline deadline,
            String path, String key) {
        if (deadline.isDue() && deadline.effective().orElseThrow().isBefore(period.to())) {
            findings.add(s.finding(FindingCode.DUE_BEFORE_PERIOD_END, Severity.ERROR, act, path, key,
                    act.title(), deadline.effective().orElseThrow(), period.from(), period.to()));
        }
    }
}

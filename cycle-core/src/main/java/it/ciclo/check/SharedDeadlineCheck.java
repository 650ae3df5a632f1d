package it.ciclo.check;

import it.ciclo.deadline.Deadline;
import it.ciclo.directive.Act;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * {@code shared-deadline}: two acts whose internal deadlines are the same day although their
 * approvals are further apart than the office allows: usually a deadline copied from the act above.
 * Reported once, on the later act in the directive.
 */
final class SharedDeadlineCheck implements Check {

    @Override
    public void run(CheckSubject s, List<Finding> findings) {
        List<Act> acts = s.directive().acts();
        for (int later = 1; later < acts.size(); later++) {
            for (int earlier = 0; earlier < later; earlier++) {
                Act a = acts.get(earlier);
                Act b = acts.get(later);
                Optional<LocalDate> due = sameDue(s, a, b);
                Deadline approvalA = s.schedule().approval(a.id());
                Deadline approvalB = s.schedule().approval(b.id());
                if (due.isEmpty() || !approvalA.isDue() || !approvalB.isDue()) {
                    continue;
                }
                long apart = Math.abs(ChronoUnit.DAYS.between(approvalA.effective().orElseThrow(), approvalB.effective().orElseThrow()));
                if (apart > s.options().sharedDeadlineSpreadDays()) {
                    findings.add(s.finding(FindingCode.SHARED_DEADLINE, Severity.WARNING, b, s.path(b) + ".submission.due",
                            "check.sharedDeadline", b.title(), a.title(), due.get(), apart));
                    break;
                }
            }
        }
    }

    private static Optional<LocalDate> sameDue(CheckSubject s, Act a, Act b) {
        Optional<LocalDate> dueA = s.schedule().submission(a.id()).flatMap(Deadline::effective);
        Optional<LocalDate> dueB = s.schedule().submission(b.id()).flatMap(Deadline::effective);
        return dueA.isPresent() && dueA.equals(dueB) ? dueA : Optional.empty();
    }
}

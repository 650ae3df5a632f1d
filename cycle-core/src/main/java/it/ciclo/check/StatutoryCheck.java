package it.ciclo.check;

import it.ciclo.deadline.Deadline;
import it.ciclo.directive.Act;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code statutory-deadline}: an approval later than the law allows ({@link StatutoryDeadline}).
 */
final class StatutoryCheck implements Check {

    @Override
    public void run(CheckSubject s, List<Finding> findings) {
        StatutoryDeadline.Budget budget = StatutoryDeadline.Budget.of(s.schedule());
        for (Act act : s.directive().acts()) {
            Deadline approval = s.schedule().approval(act.id());
            if (!approval.isDue()) {
                continue;
            }
            LocalDate date = approval.effective().orElseThrow();
            StatutoryDeadline.of(act, s.schedule(), budget)
                    .filter(law -> date.isAfter(law.effective()))
                    .ifPresent(law -> findings.add(s.finding(FindingCode.STATUTORY_DEADLINE, Severity.ERROR, act,
                            s.path(act) + ".approval", "check.statutory", act.title(), date, law.effective(), law.basis())));
        }
    }
}

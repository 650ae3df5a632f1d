package it.ciclo.check;

import it.ciclo.deadline.Deadline;
import it.ciclo.directive.Act;
import it.ciclo.directive.ActKind;
import it.ciclo.directive.EventDefinition;
import it.ciclo.directive.EventKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * {@code legal-order}: acts whose approvals come in an order the law forbids. The budget is the
 * directive's act of kind {@code bilancio} or, if it has none, its event of kind
 * {@code approvazione-bilancio}. Also warns when the PEG's deadline is not tied to the budget at all,
 * since TUEL art. 169 counts it from the budget's approval.
 */
final class LegalOrderCheck implements Check {

    /** An act of kind {@code earlier} must be approved no later than one of kind {@code later}. */
    private record Order(ActKind earlier, ActKind later, String basis) {
    }

    private static final List<Order> ORDERS = List.of(
            new Order(ActKind.DUP, ActKind.DUP_UPDATE, "TUEL art. 170 c.1"),
            new Order(ActKind.DUP_UPDATE, ActKind.BUDGET, "TUEL art. 170 c.1"),
            new Order(ActKind.BUDGET, ActKind.PEG, "TUEL art. 169 c.1"),
            new Order(ActKind.BUDGET, ActKind.PIAO, "DM 132/2022 art. 8"),
            new Order(ActKind.PIAO, ActKind.PIAO_INTERIM_REPORT, "DM 132/2022 art. 5"),
            new Order(ActKind.PIAO_INTERIM_REPORT, ActKind.PIAO_FINAL_REPORT, "DM 132/2022 art. 5"),
            new Order(ActKind.PIAO_FINAL_REPORT, ActKind.PERFORMANCE_REPORT, "D.Lgs. 150/2009 art. 10"));

    /** A milestone of the cycle: an act's approval or the budget event, with a date once known. */
    private record Milestone(String title, Optional<LocalDate> date) {
    }

    @Override
    public void run(CheckSubject s, List<Finding> findings) {
        for (Order order : ORDERS) {
            Optional<Milestone> earlier = milestone(s, order.earlier());
            Optional<Act> later = s.directive().actOfKind(order.later());
            if (earlier.isEmpty() || later.isEmpty() || earlier.get().date().isEmpty()) {
                continue;
            }
            Deadline laterApproval = s.schedule().approval(later.get().id());
            if (laterApproval.isDue() && laterApproval.effective().orElseThrow().isBefore(earlier.get().date().get())) {
                findings.add(s.finding(FindingCode.LEGAL_ORDER, Severity.ERROR, later.get(), s.path(later.get()) + ".approval",
                        "check.legalOrder", later.get().title(), laterApproval.effective().orElseThrow(),
                        earlier.get().title(), earlier.get().date().get(), order.basis()));
            }
        }
        pegTiedToBudget(s, findings);
    }

    private Optional<Milestone> milestone(CheckSubject s, ActKind kind) {
        Optional<Act> act = s.directive().actOfKind(kind);
        if (act.isPresent()) {
            return Optional.of(new Milestone(act.get().title(), s.schedule().approval(act.get().id()).effective()));
        }
        if (kind == ActKind.BUDGET) {
            return budgetEvent(s).map(e -> new Milestone(e.label(), s.schedule().events().dateOf(e.id())));
        }
        return Optional.empty();
    }

    private static Optional<EventDefinition> budgetEvent(CheckSubject s) {
        return s.directive().eventOfKind(EventKind.BUDGET_APPROVED);
    }

    private void pegTiedToBudget(CheckSubject s, List<Finding> findings) {
        Optional<Act> peg = s.directive().actOfKind(ActKind.PEG);
        if (peg.isEmpty()) {
            return;
        }
        Optional<Act> budgetAct = s.directive().actOfKind(ActKind.BUDGET);
        Optional<EventDefinition> budgetEvent = budgetEvent(s);
        if (budgetAct.isEmpty() && budgetEvent.isEmpty()) {
            return;
        }
        boolean tied = budgetEvent.map(e -> peg.get().approval().eventsMentioned().contains(e.id())).orElse(false)
                || budgetAct.map(b -> peg.get().approval().deadlinesMentioned().stream()
                        .anyMatch(r -> r.actId().equals(b.id()))).orElse(false);
        if (!tied) {
            findings.add(s.finding(FindingCode.LEGAL_ORDER, Severity.WARNING, peg.get(), s.path(peg.get()) + ".approval",
                    "check.legalOrder.pegUntied", peg.get().title()));
        }
    }
}

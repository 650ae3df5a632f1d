package it.ciclo.check;

import it.ciclo.calendar.Roll;
import it.ciclo.deadline.Schedule;
import it.ciclo.directive.Act;
import it.ciclo.directive.ActKind;
import it.ciclo.directive.Cycle;
import it.ciclo.directive.EventKind;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;
import java.util.Optional;

/**
 * The latest date the law allows for an act's approval, as summarised in {@code docs/deadlines.md}.
 * Legal deadlines falling on a Sunday or national holiday move to the next day (c.p.c. art. 155
 * c.4), so {@link #effective} may differ from {@link #nominal}.
 *
 * @param nominal   the date the statute names
 * @param effective the date after c.p.c. art. 155 c.4
 * @param basis     the provision, e.g. {@code TUEL art. 170 c.1}
 */
public record StatutoryDeadline(LocalDate nominal, LocalDate effective, String basis) {

    /**
     * Validates the components, each as described above.
     *
     * @param nominal the date the statute names
     * @param effective the date after c.p.c. art. 155 c.4
     * @param basis the provision, e.g. {@code TUEL art. 170 c.1}
     */
    public StatutoryDeadline {
        Objects.requireNonNull(nominal, "nominal");
        Objects.requireNonNull(effective, "effective");
        Objects.requireNonNull(basis, "basis");
    }

    /**
     * The statutory deadline for {@code act} in {@code schedule}'s cycle, when the law sets one and
     * the events it depends on are known. For the PIAO after a deferral of the budget deadline it
     * applies the most favourable of the three readings of DM 132/2022 art. 8 c.2, so that whichever
     * reading the directive follows is not reported as late.
     *
     * @param act the act
     * @param schedule the directive's deadlines
     * @return the statutory deadline for {@code act} in {@code schedule}'s cycle, when the law sets one and the
     *         events it depends on are known
     */
    public static Optional<StatutoryDeadline> of(Act act, Schedule schedule) {
        return of(act, schedule, Budget.of(schedule));
    }

    /**
     * When the budget was approved and to when its deadline was deferred, as far as the schedule
     * knows: looked up once for all the acts of a directive.
     */
    record Budget(Optional<LocalDate> approved, Optional<LocalDate> deferred) {

        static Budget of(Schedule schedule) {
            // The budget's approval: the event that records it or, without one, the directive's budget act.
            Optional<LocalDate> approved = eventDate(schedule, EventKind.BUDGET_APPROVED)
                    .or(() -> schedule.directive().actOfKind(ActKind.BUDGET)
                            .flatMap(budget -> schedule.approval(budget.id()).effective()));
            return new Budget(approved, eventDate(schedule, EventKind.BUDGET_DEADLINE_DEFERRED));
        }
    }

    /** As {@link #of(Act, Schedule)}, with the budget's dates already looked up. */
    static Optional<StatutoryDeadline> of(Act act, Schedule schedule, Budget budget) {
        Cycle cycle = schedule.directive().cycle();
        int first = cycle.firstYear();
        int reportedYear = act.reports().map(p -> p.to().getYear()).orElse(first);
        Optional<LocalDate> budgetApproved = budget.approved();
        Optional<LocalDate> budgetDeferred = budget.deferred();
        return switch (act.kind()) {
            case DUP -> fixed(schedule, first - 1, 7, 31, "TUEL art. 151 c.1, art. 170 c.1");
            case DUP_UPDATE -> fixed(schedule, first - 1, 11, 15, "TUEL art. 170 c.1");
            case BUDGET -> budgetDeferred
                    .map(d -> make(schedule, d, "TUEL art. 151 c.1, art. 163 c.3"))
                    .or(() -> fixed(schedule, first - 1, 12, 31, "TUEL art. 151 c.1"));
            case PEG -> budgetApproved.map(d -> make(schedule, d.plusDays(20), "TUEL art. 169 c.1"));
            case PIAO -> budgetDeferred.isPresent()
                    ? budgetApproved.map(approved -> make(schedule,
                            piaoAfterDeferral(approved, budgetDeferred.get(), first), "DM 132/2022 art. 8 c.2"))
                    : fixed(schedule, first, 1, 31, "DL 80/2021 art. 6 c.1, DM 132/2022 art. 8 c.1");
            case PERFORMANCE_REPORT -> fixed(schedule, reportedYear + 1, 6, 30, "D.Lgs. 150/2009 art. 10 c.1 lett. b");
            case FINAL_ACCOUNTS -> fixed(schedule, reportedYear + 1, 4, 30, "TUEL art. 151 c.7, art. 227 c.2");
            case BUDGET_ADJUSTMENT -> fixed(schedule, first, 7, 31, "TUEL art. 193 c.2, art. 175 c.8");
            case PIAO_INTERIM_REPORT, PIAO_FINAL_REPORT, OTHER -> Optional.empty();
        };
    }

    /**
     * The PIAO's deadline once the budget's deadline was deferred: "within 30 days of the budget's
     * approval", which practice reads three ways (docs/deadlines.md): 30 days after the approval, 30
     * days after the deferred deadline, never before 31 January. The law does not settle which, so a
     * directive may follow any of them: the check holds it only to the latest of the three.
     */
    private static LocalDate piaoAfterDeferral(LocalDate approved, LocalDate deferredDeadline, int firstYear) {
        LocalDate literal = approved.plusDays(30);
        LocalDate fromDeferredDeadline = deferredDeadline.plusDays(30);
        LocalDate notBefore = LocalDate.of(firstYear, 1, 31);
        LocalDate latest = literal.isAfter(fromDeferredDeadline) ? literal : fromDeferredDeadline;
        return latest.isAfter(notBefore) ? latest : notBefore;
    }

    private static Optional<LocalDate> eventDate(Schedule schedule, EventKind kind) {
        return schedule.directive().eventOfKind(kind).flatMap(e -> schedule.events().dateOf(e.id()));
    }

    private static Optional<StatutoryDeadline> fixed(Schedule schedule, int year, int month, int day, String basis) {
        return Optional.of(make(schedule, MonthDay.of(month, day).atYear(year), basis));
    }

    private static StatutoryDeadline make(Schedule schedule, LocalDate nominal, String basis) {
        return new StatutoryDeadline(nominal, Roll.NEXT_NON_HOLIDAY.apply(nominal, schedule.calendar()), basis);
    }
}

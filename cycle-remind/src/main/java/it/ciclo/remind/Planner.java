package it.ciclo.remind;

import it.ciclo.board.ActStanding;
import it.ciclo.board.Board;
import it.ciclo.board.SectorStanding;
import it.ciclo.calendar.OfficeCalendar;
import it.ciclo.directive.Directive;
import it.ciclo.directive.Reminders;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which reminders are due on the board's day, by the directive's policy ({@link Reminders}), for
 * each Settore that has handed in nothing for an act whose internal deadline is known:
 * <ul>
 *   <li>{@link Step#BEFORE}: from {@code workingDaysBefore} working days before the deadline until
 *       the day before (so a run missed on the exact day still sends it);</li>
 *   <li>{@link Step#DUE}: on the day itself;</li>
 *   <li>{@link Step#CHASER}: from the first working day after the deadline; with {@code chaseEvery}
 *       again every that many working days, only the latest being due (a chaser missed is not sent
 *       late on top of the next one).</li>
 * </ul>
 * A shared act is owed by every Settore: each gets the reminder. A deadline still waiting for an
 * event has no date and no reminder. Whether a reminder was already sent is not decided here.
 */
public final class Planner {

    private Planner() {
    }

    /** The reminders due on {@code board}'s day, in the directive's order of acts and Settori. */
    public static List<Reminder> due(Board board) {
        Objects.requireNonNull(board, "board");
        Directive directive = board.schedule().directive();
        OfficeCalendar calendar = board.schedule().calendar();
        Reminders policy = directive.reminders();
        LocalDate today = board.asOf();
        List<Reminder> due = new ArrayList<>();
        for (ActStanding act : board.acts()) {
            Optional<LocalDate> deadline = act.due().effective();
            if (deadline.isEmpty()) {
                continue;
            }
            List<SectorStanding> owing = act.shared()
                    .map(s -> directive.sectors().stream().map(sector -> new SectorStanding(sector, s)).toList())
                    .orElse(act.sectors());
            for (SectorStanding s : owing) {
                step(policy, calendar, deadline.get(), today).ifPresent(step -> due.add(new Reminder(directive.id(), act.act(),
                        s.sector(), step.step, step.chase, deadline.get(), s.standing(), act.isShared())));
            }
        }
        return due.stream().filter(r -> !r.standing().status().isHandedIn()).toList();
    }

    private record Due(Step step, int chase) {
    }

    private static Optional<Due> step(Reminders policy, OfficeCalendar calendar, LocalDate deadline, LocalDate today) {
        if (today.equals(deadline)) {
            return Optional.of(new Due(Step.DUE, 0));
        }
        if (today.isBefore(deadline)) {
            if (policy.workingDaysBefore() == 0) {
                return Optional.empty();
            }
            LocalDate from = calendar.minusWorkingDays(deadline, policy.workingDaysBefore());
            return today.isBefore(from) ? Optional.empty() : Optional.of(new Due(Step.BEFORE, 0));
        }
        LocalDate first = calendar.plusWorkingDays(deadline, 1);
        if (today.isBefore(first)) {
            return Optional.empty();
        }
        if (policy.chaseEvery() == 0) {
            return Optional.of(new Due(Step.CHASER, 1));
        }
        int chase = 1 + calendar.workingDaysBetween(first, today) / policy.chaseEvery();
        return Optional.of(new Due(Step.CHASER, chase));
    }
}

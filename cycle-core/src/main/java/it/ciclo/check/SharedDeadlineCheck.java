package it.ciclo.check;

import it.ciclo.deadline.Deadline;
import it.ciclo.directive.Act;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code shared-deadline}: two acts whose internal deadlines are the same day although their
 * approvals are further apart than the office allows: usually a deadline copied from the act above.
 * Reported once, on the later act in the directive, naming the first earlier act it shares the day
 * with and is too far from.
 *
 * <p>Acts are grouped by internal deadline; within a group, the first earlier act whose approval is
 * before (or after) a day is found by binary search over the running earliest (latest) approvals, so
 * that a directive of thousands of acts with one internal deadline is checked in n log n, not by
 * comparing every pair.
 */
final class SharedDeadlineCheck implements Check {

    /** The acts seen so far with one internal deadline, in directive order, and the running extremes of their approvals. */
    private static final class Group {
        final List<Act> acts = new ArrayList<>();
        final List<LocalDate> earliest = new ArrayList<>();
        final List<LocalDate> latest = new ArrayList<>();

        void add(Act act, LocalDate approval) {
            int n = acts.size();
            acts.add(act);
            earliest.add(n == 0 || approval.isBefore(earliest.get(n - 1)) ? approval : earliest.get(n - 1));
            latest.add(n == 0 || approval.isAfter(latest.get(n - 1)) ? approval : latest.get(n - 1));
        }

        /** The first act whose approval is before {@code limit}, or -1 (the running earliest only goes down). */
        int firstBefore(LocalDate limit) {
            return first(i -> earliest.get(i).isBefore(limit));
        }

        /** The first act whose approval is after {@code limit}, or -1 (the running latest only goes up). */
        int firstAfter(LocalDate limit) {
            return first(i -> latest.get(i).isAfter(limit));
        }

        private int first(java.util.function.IntPredicate holds) {
            int lo = 0;
            int hi = acts.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (holds.test(mid)) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            return lo == acts.size() ? -1 : lo;
        }
    }

    @Override
    public void run(CheckSubject s, List<Finding> findings) {
        Map<LocalDate, Group> byDue = new HashMap<>();
        long spread = s.options().sharedDeadlineSpreadDays();
        for (Act b : s.directive().acts()) {
            Optional<LocalDate> due = s.schedule().submission(b.id()).flatMap(Deadline::effective);
            Deadline approval = s.schedule().approval(b.id());
            if (due.isEmpty() || !approval.isDue()) {
                continue;
            }
            LocalDate day = approval.effective().orElseThrow();
            Group group = byDue.computeIfAbsent(due.get(), d -> new Group());
            int before = group.firstBefore(day.minusDays(spread));
            int after = group.firstAfter(day.plusDays(spread));
            int first = before < 0 ? after : after < 0 ? before : Math.min(before, after);
            if (first >= 0) {
                Act a = group.acts.get(first);
                long apart = Math.abs(ChronoUnit.DAYS.between(s.schedule().approval(a.id()).effective().orElseThrow(), day));
                findings.add(s.finding(FindingCode.SHARED_DEADLINE, Severity.WARNING, b, s.path(b) + ".submission.due",
                        "check.sharedDeadline", b.title(), a.title(), due.get(), apart));
            }
            group.add(b, day);
        }
    }
}

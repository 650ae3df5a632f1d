package it.ciclo.check;

import it.ciclo.calendar.OfficeCalendar;
import it.ciclo.deadline.DeadlineKind;
import it.ciclo.deadline.Schedule;
import it.ciclo.deadline.ScheduledDeadline;
import it.ciclo.directive.Act;
import it.ciclo.directive.Directive;
import it.ciclo.i18n.Message;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the checks look at: a directive's schedule and the office's thresholds, with JSON paths. */
final class CheckSubject {

    private final Schedule schedule;
    private final CheckOptions options;
    /** Each act's position, by id: paths are asked for often, and acts compare by value (slowly). */
    private final Map<String, Integer> index = new HashMap<>();

    CheckSubject(Schedule schedule, CheckOptions options) {
        this.schedule = schedule;
        this.options = options;
        List<Act> acts = schedule.directive().acts();
        for (int i = 0; i < acts.size(); i++) {
            index.put(acts.get(i).id(), i);
        }
    }

    Schedule schedule() {
        return schedule;
    }

    Directive directive() {
        return schedule.directive();
    }

    OfficeCalendar calendar() {
        return schedule.calendar();
    }

    CheckOptions options() {
        return options;
    }

    /** {@code $.acts[i]}. */
    String path(Act act) {
        return "$.acts[" + index.get(act.id()) + "]";
    }

    /** The JSON path of the rule part that gave the deadline its date. */
    String path(ScheduledDeadline d) {
        String base = path(d.act()) + (d.kind() == DeadlineKind.APPROVAL ? ".approval" : ".submission.due");
        String origin = d.deadline().origin();
        return origin.isEmpty() ? base : base + "." + origin;
    }

    Finding finding(FindingCode code, Severity severity, Act act, String path, String key, Object... args) {
        return new Finding(code, severity, Optional.ofNullable(act).map(Act::id), path, Message.of(key, args));
    }
}

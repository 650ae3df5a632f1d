package it.ciclo.check;

import it.ciclo.deadline.Schedule;
import it.ciclo.directive.Act;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Runs every check on a directive's schedule. Every check grows with the directive no faster than
 * n log n (twenty thousand acts are checked in a few seconds: {@code benchmarks/}).
 *
 * <pre>{@code
 * List<Finding> findings = new DirectiveChecker(CheckOptions.DEFAULTS).check(Schedule.of(directive,
 * EventDates.none()));
 * }</pre>
 */
public final class DirectiveChecker {

    private static final List<Check> CHECKS = List.of(
            new YearCheck(), new DeadlineChecks(), new ActChecks(), new SharedDeadlineCheck(),
            new LegalOrderCheck(), new StatutoryCheck(), new SectorCheck());

    private final CheckOptions options;

    /**
     * A checker with the office's thresholds.
     *
     * @param options the thresholds of the checks that depend on the office's practice
     */
    public DirectiveChecker(CheckOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /** A checker with {@link CheckOptions#DEFAULTS}. */
    public DirectiveChecker() {
        this(CheckOptions.DEFAULTS);
    }

    /**
     * Every finding, most serious first; within a severity in the order of the acts in the
     * directive (directive-wide findings first), then by JSON path.
     *
     * @param schedule the directive's deadlines
     * @return every finding, most serious first; within a severity in the order of the acts in the directive
     *         (directive-wide findings first), then by JSON path
     */
    public List<Finding> check(Schedule schedule) {
        Objects.requireNonNull(schedule, "schedule");
        CheckSubject subject = new CheckSubject(schedule, options);
        List<Finding> findings = new ArrayList<>();
        for (Check check : CHECKS) {
            check.run(subject, findings);
        }
        Map<String, Integer> actOrder = new HashMap<>();
        List<Act> acts = schedule.directive().acts();
        for (int i = 0; i < acts.size(); i++) {
            actOrder.put(acts.get(i).id(), i);
        }
        findings.sort(Comparator.comparing(Finding::severity)
                .thenComparing(f -> f.act().map(actOrder::get).orElse(-1))
                .thenComparing(Finding::path));
        return List.copyOf(findings);
    }

    /**
     * Whether any finding is an error.
     *
     * @param findings the findings
     * @return whether any finding is an error
     */
    public static boolean hasErrors(List<Finding> findings) {
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }
}

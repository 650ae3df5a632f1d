package it.ciclo.scheda;

import it.ciclo.i18n.Message;
import it.ciclo.objective.ObjectiveKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Predicate;

/**
 * The checks made on the schede, each finding naming file, sheet and cell: what every row needs
 * (indicator, baseline, source, a measurable target, no result without a target), what a report
 * adds (a result, an explanation of a gap), whether a report's actions are its plan's, and whether
 * the objectives named are the DUP's.
 */
public final class SchedaChecks {

    private SchedaChecks() {
    }

    /**
     * The findings of one row.
     *
     * @param row the row of a scheda
     * @param report whether the row is a report's (its folder holds only reports), which adds results
     * @return what the checks found, in the order checked; empty if nothing
     */
    public static List<SchedaFinding> row(SchedaRow row, boolean report) {
        List<SchedaFinding> found = new ArrayList<>();
        String indicator = row.value(SchedaColumn.INDICATOR);
        String target = row.value(SchedaColumn.TARGET);
        String result = row.value(SchedaColumn.RESULT);
        if (indicator.isEmpty()) {
            found.add(finding(SchedaIssue.INDICATOR_MISSING, row, SchedaColumn.INDICATOR, row.value(SchedaColumn.ACTION)));
            return found;
        }
        if (row.value(SchedaColumn.BASELINE).isEmpty()) {
            found.add(finding(SchedaIssue.BASELINE_MISSING, row, SchedaColumn.BASELINE, indicator));
        }
        if (row.value(SchedaColumn.SOURCE).isEmpty()) {
            found.add(finding(SchedaIssue.SOURCE_MISSING, row, SchedaColumn.SOURCE, indicator));
        }
        if (target.isEmpty()) {
            if (!result.isEmpty()) {
                found.add(finding(SchedaIssue.RESULT_WITHOUT_TARGET, row, SchedaColumn.RESULT, indicator, result));
            } else {
                found.add(finding(SchedaIssue.TARGET_MISSING, row, SchedaColumn.TARGET, indicator));
            }
            return found;
        }
        if (!Measurable.isMeasurable(target)) {
            found.add(finding(SchedaIssue.TARGET_NOT_MEASURABLE, row, SchedaColumn.TARGET, indicator, target));
        }
        if (report && row.columns().containsKey(SchedaColumn.RESULT)) {
            if (result.isEmpty()) {
                found.add(finding(SchedaIssue.RESULT_MISSING, row, SchedaColumn.RESULT, indicator, target));
            } else if (differs(result, target) && row.value(SchedaColumn.GAP).isEmpty()) {
                found.add(finding(SchedaIssue.GAP_UNEXPLAINED, row,
                        row.columns().containsKey(SchedaColumn.GAP) ? SchedaColumn.GAP : SchedaColumn.RESULT,
                        indicator, result, target));
            }
        }
        return found;
    }

    private static boolean differs(String result, String target) {
        OptionalDouble r = Measurable.number(result);
        OptionalDouble t = Measurable.number(target);
        return r.isPresent() && t.isPresent() && Double.compare(r.getAsDouble(), t.getAsDouble()) != 0;
    }

    /**
     * Whether a report's actions are its plan's, Settore by Settore: an action of the report that the
     * plan does not have, and an action of the plan that the report leaves out. Only Settori that
     * handed in both are compared.
     *
     * @param plan        the rows of the plan's schede
     * @param report      the rows of the report's schede
     * @param planTitle   the plan act's title, for messages
     * @param reportTitle the report act's title, for messages
     * @return Settore by Settore, the report's actions not in the plan, then the plan's actions not reported
     */
    public static List<SchedaFinding> compare(List<SchedaRow> plan, List<SchedaRow> report, String planTitle,
            String reportTitle) {
        Map<String, Map<String, SchedaRow>> planActions = actionsBySector(plan);
        Map<String, Map<String, SchedaRow>> reportActions = actionsBySector(report);
        List<SchedaFinding> found = new ArrayList<>();
        reportActions.forEach((sector, actions) -> {
            Map<String, SchedaRow> planned = planActions.get(sector);
            if (planned == null) {
                return;
            }
            actions.forEach((key, row) -> {
                if (!planned.containsKey(key)) {
                    found.add(finding(SchedaIssue.ACTION_NOT_IN_PLAN, row, SchedaColumn.ACTION,
                            row.value(SchedaColumn.ACTION), planTitle));
                }
            });
            planned.forEach((key, row) -> {
                if (!actions.containsKey(key)) {
                    found.add(finding(SchedaIssue.ACTION_NOT_REPORTED, row, SchedaColumn.ACTION,
                            row.value(SchedaColumn.ACTION), reportTitle));
                }
            });
        });
        return found;
    }

    private static Map<String, Map<String, SchedaRow>> actionsBySector(List<SchedaRow> rows) {
        Map<String, Map<String, SchedaRow>> bySector = new LinkedHashMap<>();
        for (SchedaRow row : rows) {
            String action = ObjectiveKey.reduce(row.value(SchedaColumn.ACTION));
            if (row.sector().isPresent() && !action.isEmpty()) {
                bySector.computeIfAbsent(row.sector().get(), s -> new LinkedHashMap<>()).putIfAbsent(action, row);
            }
        }
        return bySector;
    }

    /**
     * The first row naming each objective that {@code known} does not know (the DUP files do not have it).
     *
     * @param rows the rows of the schede
     * @param known whether an objective, as a row writes it, is in the DUP files
     * @return one finding per objective not known, at the first row naming it
     */
    public static List<SchedaFinding> objectives(List<SchedaRow> rows, Predicate<String> known) {
        List<SchedaFinding> found = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (SchedaRow row : rows) {
            String objective = row.value(SchedaColumn.OBJECTIVE);
            if (!objective.isEmpty() && seen.add(objective) && !known.test(objective)) {
                found.add(finding(SchedaIssue.OBJECTIVE_NOT_IN_DUP, row, SchedaColumn.OBJECTIVE, objective));
            }
        }
        return found;
    }

    private static SchedaFinding finding(SchedaIssue issue, SchedaRow row, SchedaColumn column, Object... args) {
        return new SchedaFinding(issue, row.at(column), Message.of("scheda.issue." + issue.jsonName(), args));
    }
}

package it.ciclo.collect;

import it.ciclo.objective.Action;
import it.ciclo.objective.Indicator;
import it.ciclo.objective.ObjectiveKey;
import it.ciclo.scheda.SchedaColumn;
import it.ciclo.scheda.SchedaRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scheda rows grouped into actions: one action per Settore, objective and action title, its rows
 * its indicators. An indicator written again in a later file (the report after the plan) replaces
 * the earlier one, so that the tree shows the latest values.
 */
final class Actions {

    private Actions() {
    }

    /** Each action with the objective reference its rows name, in the order first met. */
    static List<Map.Entry<String, Action>> group(List<SchedaRow> rows) {
        Map<List<String>, Map<String, SchedaRow>> grouped = new LinkedHashMap<>();
        for (SchedaRow row : rows) {
            String action = row.value(SchedaColumn.ACTION);
            if (action.isEmpty()) {
                continue;
            }
            Map<String, SchedaRow> indicators = grouped.computeIfAbsent(List.of(row.sector().orElse(""),
                    row.value(SchedaColumn.OBJECTIVE), ObjectiveKey.reduce(action)), k -> new LinkedHashMap<>());
            indicators.put(ObjectiveKey.reduce(row.value(SchedaColumn.INDICATOR)), row);
        }
        List<Map.Entry<String, Action>> actions = new ArrayList<>();
        grouped.forEach((key, its) -> {
            SchedaRow first = its.values().iterator().next();
            List<Indicator> indicators = its.values().stream().filter(r -> !r.value(SchedaColumn.INDICATOR).isEmpty())
                    .map(r -> new Indicator(r.value(SchedaColumn.INDICATOR), r.value(SchedaColumn.BASELINE),
                            r.value(SchedaColumn.TARGET), r.value(SchedaColumn.SOURCE), r.value(SchedaColumn.RESULT),
                            r.value(SchedaColumn.GAP)))
                    .toList();
            actions.add(Map.entry(key.get(1), new Action(first.value(SchedaColumn.ACTION), first.sector(),
                    first.value(SchedaColumn.INTERNAL_PARTIES), first.value(SchedaColumn.EXTERNAL_PARTIES), indicators)));
        });
        return actions;
    }
}

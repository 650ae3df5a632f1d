package it.ciclo.collect;

import it.ciclo.directive.Sector;
import it.ciclo.objective.Objective;
import it.ciclo.objective.ObjectiveKey;
import it.ciclo.objective.ObjectiveTree;
import it.ciclo.proposal.Proposal;
import it.ciclo.scheda.SchedaColumn;
import it.ciclo.scheda.SchedaRow;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link Collection} arranged the two ways the Ufficio Programmazione works through it: objective by
 * objective, in the DUP's order (each with the proposals made on it and the scheda rows that pursue
 * it), and Settore by Settore, in the directive's order. What has no objective, or no Settore, comes
 * last in a group of its own, so that nothing is left out.
 */
public final class Groups {

    /**
     * The proposals and scheda rows of one objective; {@code objective} empty for those of none.
     *
     * @param objective the objective; empty for the group of what has none, or one the tree does not have
     * @param path      the titles from the strategic direction down to the objective; empty for the group without one
     * @param proposals the proposals made on it, in the collection's order
     * @param rows      the scheda rows that pursue it, in the collection's order
     */
    public record ByObjective(Optional<Objective> objective, List<String> path, List<Proposal> proposals, List<SchedaRow> rows) {
        /**
         * Validates the components, each as described above.
         *
         * @param objective the objective; empty for the group of what has none, or one the tree does not have
         * @param path the titles from the strategic direction down to the objective; empty for the group without one
         * @param proposals the proposals made on it, in the collection's order
         * @param rows the scheda rows that pursue it, in the collection's order
         */
        public ByObjective {
            Objects.requireNonNull(objective, "objective");
            path = List.copyOf(path);
            proposals = List.copyOf(proposals);
            rows = List.copyOf(rows);
        }
    }

    /**
     * The proposals and scheda rows of one Settore; {@code sector} empty for those not attributed.
     *
     * @param sector    the Settore; empty for the group of what no Settore of the directive claims
     * @param proposals the proposals attributed to it, in the collection's order
     * @param rows      the scheda rows of it, in the collection's order
     */
    public record BySector(Optional<Sector> sector, List<Proposal> proposals, List<SchedaRow> rows) {
        /**
         * Validates the components, each as described above.
         *
         * @param sector the Settore; empty for the group of what no Settore of the directive claims
         * @param proposals the proposals attributed to it, in the collection's order
         * @param rows the scheda rows of it, in the collection's order
         */
        public BySector {
            Objects.requireNonNull(sector, "sector");
            proposals = List.copyOf(proposals);
            rows = List.copyOf(rows);
        }
    }

    private Groups() {
    }

    /**
     * Objective by objective, in the tree's order (each objective before those below it); empty groups
     * left out. A proposal goes to the objective its context places it at, a scheda row to the objective
     * its objective column names; the rest to a last group without objective.
     *
     * @param c what was gathered
     * @return the groups, the one without objective last
     */
    public static List<ByObjective> byObjective(Collection c) {
        List<Map.Entry<Objective, List<String>>> paths = new ArrayList<>();
        walk(c.tree().directions(), List.of(), paths);
        Map<Objective, List<Proposal>> proposals = new IdentityHashMap<>();
        Map<Objective, List<SchedaRow>> rows = new IdentityHashMap<>();
        List<Proposal> loose = new ArrayList<>();
        List<SchedaRow> looseRows = new ArrayList<>();
        for (Proposal p : c.proposals()) {
            Optional<Objective> at = node(c.tree(), p.passage().context().objective().titles());
            if (at.isPresent()) {
                proposals.computeIfAbsent(at.get(), o -> new ArrayList<>()).add(p);
            } else {
                loose.add(p);
            }
        }
        for (SchedaRow r : c.rows()) {
            String reference = r.value(SchedaColumn.OBJECTIVE);
            Optional<Objective> at = reference.isEmpty() ? Optional.empty() : c.tree().find(reference);
            if (at.isPresent()) {
                rows.computeIfAbsent(at.get(), o -> new ArrayList<>()).add(r);
            } else {
                looseRows.add(r);
            }
        }
        List<ByObjective> groups = new ArrayList<>();
        for (Map.Entry<Objective, List<String>> e : paths) {
            List<Proposal> its = proposals.getOrDefault(e.getKey(), List.of());
            List<SchedaRow> itsRows = rows.getOrDefault(e.getKey(), List.of());
            if (!its.isEmpty() || !itsRows.isEmpty()) {
                groups.add(new ByObjective(Optional.of(e.getKey()), e.getValue(), its, itsRows));
            }
        }
        if (!loose.isEmpty() || !looseRows.isEmpty()) {
            groups.add(new ByObjective(Optional.empty(), List.of(), loose, looseRows));
        }
        return groups;
    }

    /**
     * Settore by Settore, in {@code sectors}' order, then what no Settore claims; empty groups left out.
     *
     * @param c what was gathered
     * @param sectors the directive's Settori
     * @return the groups, the one without Settore last
     */
    public static List<BySector> bySector(Collection c, List<Sector> sectors) {
        List<BySector> groups = new ArrayList<>();
        for (Sector s : sectors) {
            List<Proposal> its = c.proposals().stream().filter(p -> p.sector().equals(Optional.of(s.id()))).toList();
            List<SchedaRow> rows = c.rows().stream().filter(r -> r.sector().equals(Optional.of(s.id()))).toList();
            if (!its.isEmpty() || !rows.isEmpty()) {
                groups.add(new BySector(Optional.of(s), its, rows));
            }
        }
        List<String> known = sectors.stream().map(Sector::id).toList();
        List<Proposal> loose = c.proposals().stream().filter(p -> p.sector().map(id -> !known.contains(id)).orElse(true)).toList();
        List<SchedaRow> looseRows = c.rows().stream().filter(r -> r.sector().map(id -> !known.contains(id)).orElse(true)).toList();
        if (!loose.isEmpty() || !looseRows.isEmpty()) {
            groups.add(new BySector(Optional.empty(), loose, looseRows));
        }
        return groups;
    }

    private static void walk(List<Objective> level, List<String> above, List<Map.Entry<Objective, List<String>>> into) {
        for (Objective o : level) {
            List<String> path = new ArrayList<>(above);
            path.add(o.title());
            into.add(Map.entry(o, path));
            walk(o.children(), path, into);
        }
    }

    /** The objective the titles lead to, level by level; empty when a title is not in the tree. */
    private static Optional<Objective> node(ObjectiveTree tree, List<String> titles) {
        List<Objective> level = tree.directions();
        Objective found = null;
        for (String title : titles) {
            ObjectiveKey key = ObjectiveKey.of(title);
            found = level.stream().filter(o -> ObjectiveKey.of(o.title()).matches(key)).findFirst().orElse(null);
            if (found == null) {
                return Optional.empty();
            }
            level = found.children();
        }
        return Optional.ofNullable(found);
    }
}

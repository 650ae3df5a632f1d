package it.ciclo.check;

import it.ciclo.directive.Act;
import it.ciclo.directive.Directive;
import it.ciclo.directive.Sector;
import java.util.List;

/**
 * {@code unasked-sector}: a Settore that owes files for no act, when the acts name the Settori they
 * ask ({@code submission.sectors}): probably a name left out of a list. (When no act names its
 * Settori, every Settore owes every act that asks for files, and there is nothing to find.)
 */
final class SectorCheck implements Check {

    @Override
    public void run(CheckSubject s, List<Finding> findings) {
        Directive d = s.directive();
        List<Act> asking = d.acts().stream().filter(a -> a.submission().filter(t -> !t.shared()).isPresent()).toList();
        if (asking.stream().allMatch(a -> a.submission().orElseThrow().sectors().isEmpty())) {
            return;
        }
        // Owed by some asking act: those the acts name, or every sector if one of them names none.
        boolean everyone = asking.stream().anyMatch(a -> a.submission().orElseThrow().sectors().isEmpty());
        java.util.Set<String> owed = new java.util.HashSet<>();
        asking.forEach(a -> owed.addAll(a.submission().orElseThrow().sectors()));
        for (int i = 0; i < d.sectors().size(); i++) {
            Sector sector = d.sectors().get(i);
            if (!everyone && !owed.contains(sector.id())) {
                findings.add(s.finding(FindingCode.UNASKED_SECTOR, Severity.WARNING, null, "$.sectors[" + i + "]",
                        "check.unaskedSector", sector.name()));
            }
        }
    }
}

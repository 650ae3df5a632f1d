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
        for (int i = 0; i < d.sectors().size(); i++) {
            Sector sector = d.sectors().get(i);
            if (asking.stream().noneMatch(a -> a.submission().orElseThrow().owedBy(sector.id()))) {
                findings.add(s.finding(FindingCode.UNASKED_SECTOR, Severity.WARNING, null, "$.sectors[" + i + "]",
                        "check.unaskedSector", sector.name()));
            }
        }
    }
}

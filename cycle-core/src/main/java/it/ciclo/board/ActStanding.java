package it.ciclo.board;

import it.ciclo.deadline.Deadline;
import it.ciclo.directive.Act;
import it.ciclo.store.StorePath;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where one act's submissions stand.
 *
 * @param act              the act
 * @param due              its internal deadline
 * @param opens            the first day on which a file counts for it
 * @param folder           its folder, as the directive names it
 * @param found            the folders in the store that match it (none if it is missing; more than
 *                         one if the store holds twins differing in case or Unicode form)
 * @param sharesFolderWith the other acts whose files go in the same folder, and therefore count for
 *                         them too
 * @param shared           for a shared act, the one standing of the files everybody edits; empty
 *                         otherwise
 * @param sectors          for an act that is not shared, the standing of each sector that owes it, in
 *                         the directive's order; empty for a shared act
 */
public record ActStanding(Act act, Deadline due, LocalDate opens, StorePath folder, List<StorePath> found, List<String> sharesFolderWith,
        Optional<Standing> shared, List<SectorStanding> sectors) {

    /**
     * Validates the components, each as described above.
     *
     * @param act the act
     * @param due its internal deadline
     * @param opens the first day on which a file counts for it
     * @param folder its folder, as the directive names it
     * @param found the folders in the store that match it (none if it is missing; more than one if the store holds
     *              twins differing in case or Unicode form)
     * @param sharesFolderWith the other acts whose files go in the same folder, and therefore count for them too
     * @param shared for a shared act, the one standing of the files everybody edits; empty otherwise
     * @param sectors for an act that is not shared, the standing of each sector that owes it, in the directive's
     *                order; empty for a shared act
     */
    public ActStanding {
        Objects.requireNonNull(act, "act");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(opens, "opens");
        Objects.requireNonNull(folder, "folder");
        found = List.copyOf(Objects.requireNonNull(found, "found"));
        sharesFolderWith = List.copyOf(Objects.requireNonNull(sharesFolderWith, "sharesFolderWith"));
        Objects.requireNonNull(shared, "shared");
        sectors = List.copyOf(Objects.requireNonNull(sectors, "sectors"));
        if (shared.isPresent() && !sectors.isEmpty()) {
            throw new IllegalArgumentException("a shared act has no per-sector standing: " + act.id());
        }
    }

    /** {@return whether the act is shared: every Settore works on the same files in the act folder} */
    public boolean isShared() {
        return shared.isPresent();
    }

    /** {@return every standing of the act: the shared one, or one per sector} */
    public List<Standing> standings() {
        return shared.map(List::of).orElseGet(() -> sectors.stream().map(SectorStanding::standing).toList());
    }
}

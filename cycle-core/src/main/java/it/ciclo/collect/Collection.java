package it.ciclo.collect;

import it.ciclo.objective.ObjectiveTree;
import it.ciclo.proposal.Proposal;
import it.ciclo.scheda.SchedaFinding;
import it.ciclo.scheda.SchedaRow;
import it.ciclo.store.StorePath;
import java.util.List;
import java.util.Objects;

/**
 * What a {@link Collector} gathered from a store.
 *
 * @param proposals      the proposals, file by file in path order, each file in reading order
 * @param rows           the rows of the schede, file by file in path order
 * @param findings       what the checks of the schede found, file by file, then row by row
 * @param tree           the objective tree: the DUP files' objectives with the schede's actions
 * @param filesRead      the files read, in path order
 * @param skipped        the files (and folders) not read, with the reason, in path order
 * @param foldersMissing the act folders the settings name that the store does not have
 */
public record Collection(List<Proposal> proposals, List<SchedaRow> rows, List<SchedaFinding> findings,
        ObjectiveTree tree, List<StorePath> filesRead, List<SkippedFile> skipped, List<StorePath> foldersMissing) {

    /**
     * Validates the components, each as described above.
     *
     * @param proposals the proposals, file by file in path order, each file in reading order
     * @param rows the rows of the schede, file by file in path order
     * @param findings what the checks of the schede found, file by file, then row by row
     * @param tree the objective tree: the DUP files' objectives with the schede's actions
     * @param filesRead the files read, in path order
     * @param skipped the files (and folders) not read, with the reason, in path order
     * @param foldersMissing the act folders the settings name that the store does not have
     */
    public Collection {
        proposals = List.copyOf(Objects.requireNonNull(proposals, "proposals"));
        rows = List.copyOf(Objects.requireNonNull(rows, "rows"));
        findings = List.copyOf(Objects.requireNonNull(findings, "findings"));
        Objects.requireNonNull(tree, "tree");
        filesRead = List.copyOf(Objects.requireNonNull(filesRead, "filesRead"));
        skipped = List.copyOf(Objects.requireNonNull(skipped, "skipped"));
        foldersMissing = List.copyOf(Objects.requireNonNull(foldersMissing, "foldersMissing"));
    }
}

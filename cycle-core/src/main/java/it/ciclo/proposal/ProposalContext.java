package it.ciclo.proposal;

import it.ciclo.objective.ObjectivePath;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a passage stands in its file.
 *
 * @param headings  the headings it stands under, from the top level down (for a passage in a heading,
 *                  the headings above that heading)
 * @param objective its place in the DUP's objective tree, from the headings and, in a table whose
 *                  columns are named after the objective levels, from its row
 * @param cell      the table cell it sits in, if any
 * @param inHeading whether it is (part of) a heading: a proposed new or renamed objective
 */
public record ProposalContext(List<String> headings, ObjectivePath objective, Optional<TableCell> cell, boolean inHeading) {

    /**
     * Validates the components, each as described above.
     *
     * @param headings the headings it stands under, from the top level down (for a passage in a heading,
     *                 the headings above that heading)
     * @param objective its place in the DUP's objective tree, from the headings and, in a table whose
     *                  columns are named after the objective levels, from its row
     * @param cell the table cell it sits in, if any
     * @param inHeading whether it is (part of) a heading: a proposed new or renamed objective
     */
    public ProposalContext {
        headings = List.copyOf(Objects.requireNonNull(headings, "headings"));
        Objects.requireNonNull(objective, "objective");
        Objects.requireNonNull(cell, "cell");
    }
}

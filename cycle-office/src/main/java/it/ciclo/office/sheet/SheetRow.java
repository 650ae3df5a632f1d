package it.ciclo.office.sheet;

import it.ciclo.submission.SubmissionStatus;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A row of a {@link Sheet}: one cell per column ({@code null} for an empty cell), and the status it
 * shows, if any, which colours it in the workbook as on the board.
 *
 * @param cells  the cells, in column order
 * @param status the submission status the row is about, if it is about one
 */
public record SheetRow(List<Object> cells, Optional<SubmissionStatus> status) {

    public SheetRow {
        // Cells may be null (empty), which List.copyOf refuses.
        cells = Collections.unmodifiableList(new ArrayList<>(Objects.requireNonNull(cells, "cells")));
        Objects.requireNonNull(status, "status");
    }
}

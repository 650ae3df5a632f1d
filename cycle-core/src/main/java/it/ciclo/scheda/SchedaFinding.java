package it.ciclo.scheda;

import it.ciclo.check.Severity;
import it.ciclo.i18n.Message;
import java.util.Objects;

/**
 * One thing a check of the schede found, where: file, sheet and cell.
 *
 * @param issue   what was found
 * @param at      the cell (or row) concerned
 * @param message what is wrong and what to do, in the reader's language when rendered
 */
public record SchedaFinding(SchedaIssue issue, SheetLocation at, Message message) {

    /**
     * Validates the components, each as described above.
     *
     * @param issue what was found
     * @param at the cell (or row) concerned
     * @param message what is wrong and what to do, in the reader's language when rendered
     */
    public SchedaFinding {
        Objects.requireNonNull(issue, "issue");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(message, "message");
    }

    /** {@return how serious it is: the severity of its issue} */
    public Severity severity() {
        return issue.severity();
    }
}

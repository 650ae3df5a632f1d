package it.ciclo.serve.snapshot;

import it.ciclo.board.Board;
import it.ciclo.check.Finding;
import it.ciclo.deadline.Schedule;
import it.ciclo.format.DirectiveDocument;
import it.ciclo.i18n.Localizable;
import it.ciclo.register.EventRegister;
import it.ciclo.register.RegisterHistory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the server last saw: the directive, its events register with what each entry moved, the
 * deadlines, the board and the directive's findings. Immutable; every page of one request reads one
 * snapshot, and a rescan replaces it whole.
 *
 * @param number   1 for the first scan, then one more for each
 * @param at       when the scan ended
 * @param took     how long it took
 * @param changed  when the directive's file or its register last changed: the deadlines are the same
 *                 since (a calendar made from this snapshot is stamped with it)
 * @param document the directive
 * @param register its events register
 * @param registerAt where the register is kept (a file beside the directive, a document in the repository)
 * @param history  what each entry of the register moved
 * @param schedule the deadlines, with the register's events
 * @param board    the board
 * @param findings the directive's findings
 * @param problem  why the latest attempt to look again failed, if it did (this snapshot is then older)
 */
public record Snapshot(long number, Instant at, Duration took, Instant changed, DirectiveDocument document, EventRegister register,
        String registerAt, RegisterHistory history, Schedule schedule, Board board, List<Finding> findings, Optional<Localizable> problem) {

    public Snapshot {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(took, "took");
        Objects.requireNonNull(changed, "changed");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(registerAt, "registerAt");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(board, "board");
        findings = List.copyOf(Objects.requireNonNull(findings, "findings"));
        Objects.requireNonNull(problem, "problem");
    }

    /** This snapshot, with the reason the latest attempt to replace it failed. */
    public Snapshot failed(Localizable why) {
        return new Snapshot(number, at, took, changed, document, register, registerAt, history, schedule, board, findings, Optional.of(why));
    }
}

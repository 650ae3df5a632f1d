/**
 * The board: who has handed in what, for which act, and who is late. A {@link it.ciclo.board.Scan}
 * walks the act folders of a {@link it.ciclo.layout.Layout} in a
 * {@link it.ciclo.store.DocumentStore} once, sorts every file into a sector's submission, an act's
 * templates or the {@link it.ciclo.board.Unclassified} (with the reason), and weighs each
 * submission against its deadline into a {@link it.ciclo.board.Standing}.
 *
 * <p>Arrival time: a store that records when a file arrived (a repository) is trusted; on a file
 * system the arrival of a submission is the earliest last-modification time among its files,
 * which a copy may carry over from an older file. See the user guide.
 */
package it.ciclo.board;

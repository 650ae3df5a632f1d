/**
 * The PIAO schede: the spreadsheet template the Ufficio Programmazione hands out
 * ({@link it.ciclo.scheda.SchedaTemplate}: which sheet, which header row, which column holds the
 * action, the parties, the baseline, the indicator, the source, the target, the result and the
 * explanation of a gap), the rows read from each Settore's copy ({@link it.ciclo.scheda.SchedaRows},
 * {@link it.ciclo.scheda.SchedaRow}), and the checks made on them
 * ({@link it.ciclo.scheda.SchedaChecks}), each naming file, sheet and cell.
 */
package it.ciclo.scheda;

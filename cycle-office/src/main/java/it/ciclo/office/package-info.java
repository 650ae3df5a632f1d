/**
 * What the office opens in Excel and Outlook: {@link it.ciclo.office.sheet} writes the board and the
 * directive's check report as CSV for Italian Excel and as a workbook; {@link it.ciclo.office.calendar}
 * writes the deadlines as RFC 5545 iCalendar. The command and {@code cycle serve} use these same
 * writers.
 */
package it.ciclo.office;

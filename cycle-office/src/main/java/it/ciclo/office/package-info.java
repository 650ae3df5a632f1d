/**
 * The office's files. Read: the Settori's, for {@code cycle raccogli}: {@link it.ciclo.office.OfficeReaders}
 * gives cycle-core the readers of .docx ({@link it.ciclo.office.docx}), .odt and .ods
 * ({@link it.ciclo.office.odf}), .doc ({@link it.ciclo.office.doc}) and .xlsx
 * ({@link it.ciclo.office.xlsx}). Every file is first copied to a private temporary file and
 * inspected ({@link it.ciclo.office.intake}): encrypted, damaged, mislabelled, oversized, zip or
 * entity bombs and files with macros are refused, by name, before any parser sees them. Written:
 * what the office opens in Excel and Outlook: {@link it.ciclo.office.sheet} writes the board and the
 * directive's check report as CSV for Italian Excel and as a workbook; {@link it.ciclo.office.calendar}
 * writes the deadlines as RFC 5545 iCalendar; the gathered workbook is written by
 * {@link it.ciclo.office.workbook}. The command and {@code cycle serve} use these same writers.
 */
package it.ciclo.office;

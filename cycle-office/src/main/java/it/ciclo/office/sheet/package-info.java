/**
 * Spreadsheets: a {@link it.ciclo.office.sheet.Sheet} (typed columns, rows coloured by status) made
 * from the board ({@link it.ciclo.office.sheet.BoardSheet}) or from the directive's findings
 * ({@link it.ciclo.office.sheet.FindingsSheet}), written as CSV for Excel
 * ({@link it.ciclo.office.sheet.SheetCsv}) or as an .xlsx workbook ({@link it.ciclo.office.sheet.SheetXlsx}).
 */
package it.ciclo.office.sheet;

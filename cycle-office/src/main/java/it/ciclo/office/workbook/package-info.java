/**
 * The gathered proposals and schede as one Excel workbook ({@link it.ciclo.office.workbook.CollectionWorkbook})
 * that opens correctly in Italian Excel: a sheet each for proposals and scheda rows by objective and
 * by Settore, the checks, and the files not read, with headers in the user's language, frozen
 * header rows, filters, and links back to each source file.
 */
package it.ciclo.office.workbook;

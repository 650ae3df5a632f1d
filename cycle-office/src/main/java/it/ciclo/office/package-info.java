/**
 * The Settori's Office files, read for {@code cycle raccogli}: {@link it.ciclo.office.OfficeReaders}
 * gives cycle-core the readers of .docx ({@link it.ciclo.office.docx}), .odt and .ods
 * ({@link it.ciclo.office.odf}), .doc ({@link it.ciclo.office.doc}) and .xlsx
 * ({@link it.ciclo.office.xlsx}). Every file is first copied to a private temporary file and
 * inspected ({@link it.ciclo.office.intake}): encrypted, damaged, mislabelled, oversized, zip or
 * entity bombs and files with macros are refused, by name, before any parser sees them. The
 * gathered workbook is written by {@link it.ciclo.office.workbook}.
 */
package it.ciclo.office;

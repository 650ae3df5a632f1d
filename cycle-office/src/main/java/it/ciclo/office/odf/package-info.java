/**
 * OpenDocument files (.odt, .ods), as LibreOffice writes them, read with the JDK's streaming parser,
 * hardened ({@link it.ciclo.office.intake.SafeXml}); see ADR 0015. Text: paragraphs and headings
 * ({@code text:h} with its outline level), spans with their colour resolved through the automatic and
 * named styles, tracked changes ({@code text:tracked-changes}) and comments
 * ({@code office:annotation}) with their authors, tables with covered (merged) cells. Spreadsheets:
 * one sheet's rows, as the cells display them, repeated rows and columns expanded only where they
 * hold something.
 */
package it.ciclo.office.odf;

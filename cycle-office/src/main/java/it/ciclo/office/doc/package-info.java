/**
 * Word 97-2003 documents (.doc), read with Apache POI's HWPF: paragraphs with their outline level or
 * heading style, character runs with their colour and revision marks (the author from the document's
 * revision-author table), table cells from Word's cell and row marks. Comments are not read from
 * .doc files: their ranges are not exposed by HWPF (the guides say so).
 */
package it.ciclo.office.doc;

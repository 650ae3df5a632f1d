/**
 * Word documents (.docx): the body of {@code word/document.xml} walked with a streaming parser, the
 * colours resolved through {@code word/styles.xml} (run, character style, paragraph style, document
 * defaults), revisions and comment authors from the markup and {@code word/comments.xml}. The
 * package is opened with Apache POI's OPC layer, read only.
 */
package it.ciclo.office.docx;

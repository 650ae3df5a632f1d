/**
 * The review's state written onto the submitted documents' {@code cyc:} properties ({@link
 * it.ciclo.alfresco.record.RecordOnDocument}), so that Share, the board and CMIS clients see it.
 */
package it.ciclo.alfresco.record;

/**
 * The cycle on a CMIS 1.1 repository (Alfresco first), over the browser binding: a
 * {@link it.ciclo.cmis.CmisDocumentStore} that implements the document-store SPI, with retries,
 * round-trip counting and messages users can act on; the {@code cyc:} ids it uses
 * ({@link it.ciclo.cmis.CycModel}). Provisioning, the board and classification live in the
 * sub-packages.
 */
package it.ciclo.cmis;

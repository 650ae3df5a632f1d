/**
 * The cycle on a CMIS 1.1 repository (Alfresco first), over the browser binding: a
 * {@link it.ciclo.cmis.CmisDocumentStore} that implements the document-store SPI, with retries,
 * round-trip counting and messages users can act on; the {@code cyc:} ids it uses
 * ({@link it.ciclo.cmis.CycModel}). Provisioning and classification live in the sub-packages; the
 * board is cycle-core's {@link it.ciclo.board.Scan} on this store, with the same rules as on a shared
 * folder.
 *
 * <p>No CMIS query is ever run: folders are found by listing them ({@code getChildren}) and act
 * folders are read with one {@code getDescendants} each, which a repository answers from its
 * database. Queries with {@code IN_TREE} need a search index (Solr) that many Alfresco installations
 * do not have.
 */
package it.ciclo.cmis;

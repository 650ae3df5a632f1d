/**
 * The document store: where the Settori's files live, seen through a small SPI
 * ({@link it.ciclo.store.DocumentStore}) that a shared folder ({@link it.ciclo.store.local}) and a
 * CMIS repository (Alfresco) can both implement. The SPI reads folders and creates them; it has no
 * operation that deletes, moves or overwrites anything, so no caller can lose a file through it.
 */
package it.ciclo.store;

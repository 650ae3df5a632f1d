/**
 * The board over CMIS: who has handed in what, read with a fixed number of paged queries per act
 * folder (the document-to-aspect JOIN Alfresco supports), into the same
 * {@link it.ciclo.board.Board} the shared-folder scan makes.
 */
package it.ciclo.cmis.board;

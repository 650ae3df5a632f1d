/**
 * The directive: the document (one per cycle) in which the Segretario Generale fixes the acts the
 * Giunta must approve, their deadlines, the internal deadlines for the Settori and the folders
 * where files go. Everything here is immutable and validated on construction.
 */
package it.ciclo.directive;

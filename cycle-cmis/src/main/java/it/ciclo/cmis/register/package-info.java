/**
 * What Ciclo keeps in a CMIS repository beside the act folders, in the cycle's folder: the events
 * register and a copy of the directive, each a document read and written whole, found by listings
 * (no query).
 */
package it.ciclo.cmis.register;

/**
 * The events register in a CMIS repository: a document in the folder that holds the act folders,
 * read and written whole, by listings (no query).
 */
package it.ciclo.cmis.register;

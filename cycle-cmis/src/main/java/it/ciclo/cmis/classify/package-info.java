/**
 * Classification over CMIS, for repositories without Ciclo's platform module: files in sector
 * folders that lack the submission aspect get it, once.
 */
package it.ciclo.cmis.classify;

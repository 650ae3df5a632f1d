/**
 * Submissions: what a Settore hands in for an act, and the states it goes through from missing to
 * approved. Shared by the board on a shared folder, the CMIS store and the Alfresco module.
 */
package it.ciclo.submission;

/**
 * Provisioning over CMIS: the act and sector folders a directive implies, created with the
 * {@code cyc:} aspects and the deadlines cycle-core computes, kept up to date when events move
 * them, and optionally given per-sector permissions. Creates and updates, never deletes or moves.
 */
package it.ciclo.cmis.provision;

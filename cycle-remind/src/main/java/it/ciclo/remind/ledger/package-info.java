/**
 * The ledger of reminders sent ({@link it.ciclo.remind.ledger.Ledger}): an append-only log beside
 * the directive, under a file lock, so that no reminder goes twice and a run killed midway is
 * completed by the next.
 */
package it.ciclo.remind.ledger;

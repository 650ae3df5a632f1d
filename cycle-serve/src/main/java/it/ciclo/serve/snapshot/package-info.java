/**
 * What the server last saw ({@link it.ciclo.serve.snapshot.Snapshot}), looked at again on a schedule
 * and after each event recorded ({@link it.ciclo.serve.snapshot.Lookout}), in a shared folder or a
 * CMIS repository ({@link it.ciclo.serve.snapshot.Archive}).
 */
package it.ciclo.serve.snapshot;

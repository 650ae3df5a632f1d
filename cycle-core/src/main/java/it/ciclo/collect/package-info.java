/**
 * Gathering what the Settori wrote: a {@link it.ciclo.collect.Collector} walks the act folders the
 * directive's {@code collect} settings name ({@link it.ciclo.collect.CollectSettings}), in any
 * {@link it.ciclo.store.DocumentStore} (a shared folder, a CMIS repository), reads each file with
 * the {@link it.ciclo.reader.FileReaders} at hand, and returns one
 * {@link it.ciclo.collect.Collection}: the red-text proposals of the DUP files, the rows of the
 * schede with the findings of their checks, the objective tree they build, and the files it did
 * not read with the reason. It only reads: nothing is ever written into the store.
 */
package it.ciclo.collect;

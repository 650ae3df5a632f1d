/**
 * Where an events register is kept: the SPI {@link it.ciclo.register.store.RegisterStore}, and
 * {@link it.ciclo.register.store.RegisterFile}, the file beside the directive on a disk or a shared
 * folder. (A repository keeps it as a document: cycle-cmis.)
 */
package it.ciclo.register.store;

/**
 * The document store on a file system: a local folder, or a mounted SMB/NFS share (the Comune's
 * {@code R:} drive). Built on {@code java.nio.file}; reads attributes once per entry while walking,
 * never follows a link into a folder, and creates folders only inside its root.
 */
package it.ciclo.store.local;

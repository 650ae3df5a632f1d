package it.ciclo.collect;

import it.ciclo.store.StorePath;

/** Hears which file a {@link Collector} is reading, to show progress on a long run. */
@FunctionalInterface
public interface CollectListener {

    /** Hears nothing. */
    CollectListener NONE = (file, done, total) -> { };

    /**
     * Called before each file is read.
     *
     * @param file  the file about to be read
     * @param done  how many files were read before it
     * @param total how many files there are to read
     */
    void reading(StorePath file, int done, int total);
}

package it.ciclo.board;

/** Hears how far a scan has got, to show progress on a long one. */
@FunctionalInterface
public interface ScanListener {

    /** Hears nothing. */
    ScanListener NONE = seen -> { };

    /**
     * Called now and then during the scan, and once at its end.
     *
     * @param entriesSeen how many folders and files the scan has looked at so far
     */
    void progress(long entriesSeen);
}

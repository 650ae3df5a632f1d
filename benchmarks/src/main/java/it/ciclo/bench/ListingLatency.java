package it.ciclo.bench;

import it.ciclo.store.DocumentStore;
import it.ciclo.store.StoreEntry;
import it.ciclo.store.StoreException;
import it.ciclo.store.StorePath;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * A store that waits a fixed time before every listing and look-up, as a network share does for
 * each round trip to the server: what makes a scan of an SMB share slow, simulated on a local
 * folder for the benchmark. Walks list one folder at a time ({@link DocumentStore}'s own walk), so
 * every folder costs one wait. Reading is as thread-safe as the wrapped store's.
 */
public final class ListingLatency implements DocumentStore {

    private final DocumentStore inner;
    private final long millis;
    private final AtomicLong listings = new AtomicLong();

    /**
     * @param inner  the store read
     * @param millis the wait before each listing or look-up, in milliseconds
     */
    public ListingLatency(DocumentStore inner, long millis) {
        this.inner = Objects.requireNonNull(inner, "inner");
        this.millis = millis;
    }

    /** How many listings and look-ups were made (each one waited). */
    public long listings() {
        return listings.get();
    }

    private void roundTrip() {
        listings.incrementAndGet();
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String location() {
        return inner.location();
    }

    @Override
    public Optional<StoreEntry> entry(StorePath path) throws StoreException {
        roundTrip();
        return inner.entry(path);
    }

    @Override
    public Stream<StoreEntry> children(StorePath folder) throws StoreException {
        roundTrip();
        return inner.children(folder);
    }

    @Override
    public java.io.InputStream open(StorePath path) throws StoreException {
        return inner.open(path);
    }

    @Override
    public StoreEntry createFolder(StorePath path) throws StoreException {
        roundTrip();
        return inner.createFolder(path);
    }

    @Override
    public boolean supportsConcurrentReads() {
        return inner.supportsConcurrentReads();
    }
}

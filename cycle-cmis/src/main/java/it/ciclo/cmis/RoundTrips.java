package it.ciclo.cmis;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the HTTP requests one store's session makes: the round trips the board's cost is stated
 * in. OpenCMIS instantiates its HTTP invoker by class name, so the invoker finds its counter here
 * by an id passed as a session parameter.
 */
public final class RoundTrips {

    /** The session parameter naming the counter. */
    static final String PARAMETER = "it.ciclo.cmis.roundTrips";

    private static final Map<String, RoundTrips> OPEN = new ConcurrentHashMap<>();

    private final String id = UUID.randomUUID().toString();
    private final AtomicLong count = new AtomicLong();

    private RoundTrips() {
    }

    static RoundTrips register() {
        RoundTrips counter = new RoundTrips();
        OPEN.put(counter.id, counter);
        return counter;
    }

    static void count(Object id) {
        if (id != null) {
            RoundTrips counter = OPEN.get(id.toString());
            if (counter != null) {
                counter.count.incrementAndGet();
            }
        }
    }

    String id() {
        return id;
    }

    void unregister() {
        OPEN.remove(id);
    }

    /** {@return requests made so far} */
    public long count() {
        return count.get();
    }
}

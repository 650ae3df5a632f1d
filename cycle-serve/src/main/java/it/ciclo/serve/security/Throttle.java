package it.ciclo.serve.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Login throttling: after {@value #LIMIT} failed logins within {@link #WINDOW}, for the same name or
 * from the same address, further attempts are refused until the oldest failure leaves the window.
 * Names and addresses are counted apart, so that guessing many names from one machine and one name
 * from many machines are both slowed down. Kept in memory: a restart forgets it.
 */
public final class Throttle {

    static final int LIMIT = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public Throttle(Clock clock) {
        this.clock = clock;
    }

    /** How long {@code name} from {@code address} must wait before trying again; zero if it may try now. */
    public Duration wait(String name, String address) {
        Instant now = clock.instant();
        return max(wait("u:" + name, now), wait("a:" + address, now));
    }

    /** A failed login of {@code name} from {@code address}. */
    public void failed(String name, String address) {
        Instant now = clock.instant();
        add("u:" + name, now);
        add("a:" + address, now);
    }

    /** A successful login: the name's failures are forgotten (the address's are not). */
    public void succeeded(String name) {
        failures.remove("u:" + name);
    }

    private Duration wait(String key, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return Duration.ZERO;
        }
        synchronized (times) {
            prune(times, now);
            if (times.size() < LIMIT) {
                return Duration.ZERO;
            }
            return Duration.between(now, times.peekFirst().plus(WINDOW));
        }
    }

    private void add(String key, Instant now) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            prune(times, now);
            times.addLast(now);
        }
    }

    private static void prune(Deque<Instant> times, Instant now) {
        while (!times.isEmpty() && !times.peekFirst().plus(WINDOW).isAfter(now)) {
            times.removeFirst();
        }
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}

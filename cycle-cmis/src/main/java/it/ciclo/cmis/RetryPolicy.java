package it.ciclo.cmis;

import java.time.Duration;
import java.util.Objects;

/**
 * How often, and how patiently, an operation that failed for a passing reason (the connection
 * dropped, the server answered 503 or 429) is tried again: up to {@code attempts} tries in all,
 * waiting {@code firstDelay} before the second and twice as long before each next one, never more
 * than {@code maxDelay}. Bounded, so a repository that is really down is reported within seconds.
 *
 * @param attempts   tries in all, at least 1
 * @param firstDelay the wait before the second try
 * @param maxDelay   the longest wait between two tries
 */
public record RetryPolicy(int attempts, Duration firstDelay, Duration maxDelay) {

    /** Four tries over about 3.5 seconds: enough for a proxy or a node restart to pass. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(4, Duration.ofMillis(500), Duration.ofSeconds(2));

    public RetryPolicy {
        Objects.requireNonNull(firstDelay, "firstDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (attempts < 1 || firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("attempts >= 1 and 0 <= firstDelay <= maxDelay: "
                    + attempts + ", " + firstDelay + ", " + maxDelay);
        }
    }

    /** The wait before try number {@code attempt} (2 for the first retry). */
    public Duration delayBefore(int attempt) {
        long factor = 1L << Math.min(Math.max(attempt - 2, 0), 20);
        Duration d = firstDelay.multipliedBy(factor);
        return d.compareTo(maxDelay) > 0 ? maxDelay : d;
    }
}

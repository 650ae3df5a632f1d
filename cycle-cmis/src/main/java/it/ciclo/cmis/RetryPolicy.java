package it.ciclo.cmis;

import java.time.Duration;
import java.util.Objects;

/**
 * How often, and how patiently, an operation that failed for a passing reason (the connection
 * dropped or was refused, the server answered 503 or 429) is tried again: up to {@code attempts}
 * tries in all, waiting {@code firstDelay} before the second and twice as long before each next one,
 * never more than {@code maxDelay}, and never once {@code total} has gone by since the first try.
 * A server that accepts the connection and then says nothing until the read timeout is not tried
 * again: waiting for it a second time would only double the wait. Bounded, so a repository that is
 * really down is reported within seconds, and one that never answers within one read timeout.
 *
 * @param attempts   tries in all, at least 1
 * @param firstDelay the wait before the second try
 * @param maxDelay   the longest wait between two tries
 * @param total      no retry starts after this much time since the first try
 */
public record RetryPolicy(int attempts, Duration firstDelay, Duration maxDelay, Duration total) {

    /** Four tries over about 3.5 seconds, within 90 seconds in all: enough for a proxy or a node restart to pass. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(4, Duration.ofMillis(500), Duration.ofSeconds(2),
            Duration.ofSeconds(90));

    /**
     * Validates the components, each as described above.
     *
     * @param attempts tries in all, at least 1
     * @param firstDelay the wait before the second try
     * @param maxDelay the longest wait between two tries
     * @param total no retry starts after this much time since the first try
     */
    public RetryPolicy {
        Objects.requireNonNull(firstDelay, "firstDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        Objects.requireNonNull(total, "total");
        if (attempts < 1 || firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0 || total.isNegative()) {
            throw new IllegalArgumentException("attempts >= 1, 0 <= firstDelay <= maxDelay and total >= 0: "
                    + attempts + ", " + firstDelay + ", " + maxDelay + ", " + total);
        }
    }

    /**
     * A policy with the default overall bound of 90 seconds.
     *
     * @param attempts tries in all, at least 1
     * @param firstDelay the wait before the second try
     * @param maxDelay the longest wait between two tries
     */
    public RetryPolicy(int attempts, Duration firstDelay, Duration maxDelay) {
        this(attempts, firstDelay, maxDelay, DEFAULT_TOTAL);
    }

    private static final Duration DEFAULT_TOTAL = Duration.ofSeconds(90);

    /**
     * The wait before try number {@code attempt} (2 for the first retry).
     *
     * @param attempt the number of the try, 2 for the first retry
     * @return the wait before try number {@code attempt} (2 for the first retry)
     */
    public Duration delayBefore(int attempt) {
        long factor = 1L << Math.min(Math.max(attempt - 2, 0), 20);
        Duration d = firstDelay.multipliedBy(factor);
        return d.compareTo(maxDelay) > 0 ? maxDelay : d;
    }
}

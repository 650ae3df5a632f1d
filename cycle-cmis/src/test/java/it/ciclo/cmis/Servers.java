package it.ciclo.cmis;

import it.ciclo.cmis.server.CmisTestServer;
import java.time.Duration;

/** Settings for talking to a test server: short timeouts and retries, so failures show fast. */
public final class Servers {

    /** A password nobody would type, so that a test leaking it into output is easy to catch. */
    public static final String PASSWORD = "s3gr3t0-Pa55";

    private Servers() {
    }

    public static CmisSettings settings(CmisTestServer server) {
        return CmisSettings.of(server.url(), "admin", PASSWORD.toCharArray())
                .withRetry(new RetryPolicy(3, Duration.ofMillis(20), Duration.ofMillis(80)))
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(10));
    }
}

package it.ciclo.cmis.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * A servlet filter in front of the InMemory server, which has no authentication and never fails:
 * it checks Basic credentials (401), refuses named users (403), and makes the server unavailable
 * (503) after a number of requests or for a few requests, so that the tests can see how cycle-cmis
 * copes. It also counts requests, the server's own view of the round trips.
 */
public final class Gate implements Filter {

    private volatile String user;
    private volatile String password;
    private volatile Set<String> forbidden = Set.of();
    private volatile long failAfter = Long.MAX_VALUE;
    private final AtomicInteger failNext = new AtomicInteger();
    private final AtomicLong requests = new AtomicLong();

    /** Only {@code user} with {@code password} gets in; anyone gets in when user is null. */
    public void requireCredentials(String user, String password) {
        this.user = user;
        this.password = password;
    }

    /** These users are refused with 403. */
    public void forbid(Set<String> users) {
        this.forbidden = Set.copyOf(users);
    }

    /** Every request after the next {@code n} gets 503, as if the server had died, until {@link #heal}. */
    public void dieAfter(long n) {
        this.failAfter = requests.get() + n;
    }

    /** The next {@code n} requests get 503, then the server answers again. */
    public void failNext(int n) {
        failNext.set(n);
    }

    /** Back to normal. */
    public void heal() {
        failAfter = Long.MAX_VALUE;
        failNext.set(0);
        user = null;
        password = null;
        forbidden = Set.of();
    }

    /** Requests seen so far. */
    public long requests() {
        return requests.get();
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        long n = requests.incrementAndGet();
        if (n > failAfter || failNext.getAndUpdate(i -> Math.max(i - 1, 0)) > 0) {
            response.sendError(503, "Service Unavailable");
            return;
        }
        String[] credentials = credentials(request);
        if (user != null && (credentials == null || !user.equals(credentials[0]) || !password.equals(credentials[1]))) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Alfresco\"");
            response.sendError(401, "Unauthorized");
            return;
        }
        if (credentials != null && forbidden.contains(credentials[0])) {
            response.sendError(403, "Forbidden");
            return;
        }
        chain.doFilter(req, res);
    }

    private static String[] credentials(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.startsWith("Basic ")) {
            return null;
        }
        String decoded = new String(Base64.getDecoder().decode(header.substring(6)), StandardCharsets.UTF_8);
        int colon = decoded.indexOf(':');
        return colon < 0 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
    }
}

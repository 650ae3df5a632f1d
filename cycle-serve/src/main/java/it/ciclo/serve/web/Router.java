package it.ciclo.serve.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Sends each request to its handler by method and path ({@code /atto/{id}}: one variable per
 * segment, decoded, never containing {@code /}); gives every answer the security headers (a content
 * policy that lets in nothing but this site's own files, no framing, no type sniffing, no referrer
 * outside); answers what no route takes with the site's own error page. No path is ever mapped to a
 * file: what the site serves is what its handlers write.
 */
public final class Router extends Handler.Abstract {

    /** What a route does. */
    @FunctionalInterface
    public interface Route {
        void handle(Exchange exchange) throws Exception;
    }

    /** What the site answers when a route fails or none matches. */
    @FunctionalInterface
    public interface Errors {
        void send(Exchange exchange, HttpError error);
    }

    private record Entry(String method, String[] segments, Route route) {
    }

    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private final List<Entry> routes = new ArrayList<>();
    private final boolean secure;
    private java.util.function.BiConsumer<String, Exception> failures = (where, e) -> { };
    private Errors errors = (x, e) -> x.send(e.status(), "text/plain; charset=utf-8", e.key().getBytes(java.nio.charset.StandardCharsets.UTF_8));

    public Router(boolean secure) {
        this.secure = secure;
    }

    public Router errors(Errors errors) {
        this.errors = errors;
        return this;
    }

    /** Where a handler's failure is told (the server's log), with the request it failed on; the reader only sees a page. */
    public Router failures(java.util.function.BiConsumer<String, Exception> failures) {
        this.failures = failures;
        return this;
    }

    public Router get(String pattern, Route route) {
        routes.add(new Entry("GET", split(pattern), route));
        return this;
    }

    public Router post(String pattern, Route route) {
        routes.add(new Entry("POST", split(pattern), route));
        return this;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        headers(response);
        String path = request.getHttpURI().getPath();
        String[] segments = split(path == null ? "/" : path);
        Map<String, String> variables = new HashMap<>();
        Entry found = null;
        boolean pathMatched = false;
        for (Entry e : routes) {
            variables.clear();
            if (matches(e.segments, segments, variables)) {
                pathMatched = true;
                String method = request.getMethod().equals("HEAD") ? "GET" : request.getMethod();
                if (e.method.equals(method)) {
                    found = e;
                    break;
                }
            }
        }
        Exchange exchange = new Exchange(request, response, callback, variables, secure);
        try {
            if (found == null) {
                throw new HttpError(pathMatched ? 405 : 404, pathMatched ? "error.method" : "error.notFound");
            }
            found.route.handle(exchange);
        } catch (HttpError e) {
            errors.send(exchange, e);
        } catch (Exception e) {
            failures.accept(request.getMethod() + " " + path, e);
            errors.send(exchange, new HttpError(500, "error.internal"));
        }
        return true;
    }

    private static void headers(Response response) {
        response.getHeaders().put("Content-Security-Policy", POLICY);
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        response.getHeaders().put("X-Frame-Options", "DENY");
        response.getHeaders().put("Referrer-Policy", "same-origin");
    }

    private static boolean matches(String[] pattern, String[] path, Map<String, String> variables) {
        if (pattern.length != path.length) {
            return false;
        }
        for (int i = 0; i < pattern.length; i++) {
            String p = pattern[i];
            if (p.startsWith("{") && p.endsWith("}")) {
                String value = decode(path[i]);
                if (value == null || value.isEmpty() || value.contains("/") || value.contains("\\")) {
                    return false;
                }
                variables.put(p.substring(1, p.length() - 1), value);
            } else if (!p.equals(path[i])) {
                return false;
            }
        }
        return true;
    }

    private static String decode(String segment) {
        try {
            return java.net.URLDecoder.decode(segment.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String[] split(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        return trimmed.isEmpty() ? new String[0] : trimmed.split("/", -1);
    }
}

package it.ciclo.serve;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A client for the tests that speak HTTP to the server: keeps cookies, follows no redirect, posts forms. */
final class Http {

    private final Served served;
    final CookieManager cookies = new CookieManager();
    private final HttpClient client;

    Http(Served served) {
        this.served = served;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(served.uri(path)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<byte[]> bytes(String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(served.uri(path)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Posts {@code form} as this site's own form would (the browser says it comes from the site's origin). */
    HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
        return post(path, form, origin());
    }

    HttpResponse<String> post(String path, Map<String, String> form, String origin) throws Exception {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder b = HttpRequest.newBuilder(served.uri(path)).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/x-www-form-urlencoded");
        if (origin != null) {
            b.header("Origin", origin);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    String origin() {
        URI u = served.uri("/");
        return u.getScheme() + "://" + u.getAuthority();
    }

    /** The CSRF token of the first form of {@code page}. */
    static String csrf(String page) {
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        if (!m.find()) {
            throw new AssertionError("no CSRF token in the page");
        }
        return m.group(1);
    }

    Optional<String> session() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("ciclo_sessione"))
                .map(HttpCookie::getValue).findFirst();
    }

    /** Logs in as the test's user; returns the CSRF token of the new session. */
    String login() throws Exception {
        String token = csrf(get("/accesso").body());
        HttpResponse<String> done = post("/accesso", form("_csrf", token, "name", Served.USER, "password", Served.PASSWORD, "dopo", "/eventi"));
        if (done.statusCode() != 303) {
            throw new AssertionError("login failed: " + done.statusCode() + " " + done.body());
        }
        return csrf(get("/eventi").body());
    }

    static Map<String, String> form(String... pairs) {
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            form.put(pairs[i], pairs[i + 1]);
        }
        return form;
    }
}

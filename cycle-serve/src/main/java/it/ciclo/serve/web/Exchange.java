package it.ciclo.serve.web;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.FormFields;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

/**
 * One request and its answer, as the site's handlers see them: the path's variables, the query and
 * the form, cookies, the language, and ways to answer (a page, bytes, a redirect). Every answer
 * leaves through {@link #send}, which the router has already given the security headers.
 */
public final class Exchange {

    private final Request request;
    private final Response response;
    private final Callback callback;
    private final Map<String, String> path;
    private final boolean secure;
    private Fields form;

    Exchange(Request request, Response response, Callback callback, Map<String, String> path, boolean secure) {
        this.request = request;
        this.response = response;
        this.callback = callback;
        this.path = Map.copyOf(path);
        this.secure = secure;
    }

    /** The value of {@code {name}} in the route's pattern. */
    public String path(String name) {
        return path.get(name);
    }

    public String method() {
        return request.getMethod();
    }

    /** A query parameter. */
    public Optional<String> query(String name) {
        return Optional.ofNullable(Request.extractQueryParameters(request, StandardCharsets.UTF_8).getValue(name));
    }

    /** A field of the posted form ({@code application/x-www-form-urlencoded}); empty if absent. */
    public String form(String name) {
        if (form == null) {
            form = FormFields.getFields(request);
        }
        String value = form.getValue(name);
        return value == null ? "" : value;
    }

    public Optional<String> header(HttpHeader name) {
        return Optional.ofNullable(request.getHeaders().get(name));
    }

    public Optional<String> cookie(String name) {
        List<HttpCookie> cookies = Request.getCookies(request);
        return cookies.stream().filter(c -> c.getName().equals(name)).map(HttpCookie::getValue).findFirst();
    }

    /** Sets cookie {@code name}: never readable by scripts, sent only to this site, and only over HTTPS when served so. */
    public void setCookie(String name, String value, long maxAgeSeconds) {
        Response.addCookie(response, HttpCookie.build(name, value).path("/").httpOnly(true).secure(secure)
                .sameSite(HttpCookie.SameSite.STRICT).maxAge(maxAgeSeconds).build());
    }

    /** The address the request came from. */
    public String remoteAddress() {
        return Request.getRemoteAddr(request);
    }

    /** This server's own origin ({@code http://host:port}), as the browser named it. */
    public String origin() {
        return request.getHttpURI().getScheme() + "://" + request.getHttpURI().getAuthority();
    }

    public boolean isSecure() {
        return secure;
    }

    public void header(String name, String value) {
        response.getHeaders().put(name, value);
    }

    /** Answers {@code status} with {@code body} of {@code type}. */
    public void send(int status, String type, byte[] body) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        if (request.getMethod().equals("HEAD")) {
            response.write(true, ByteBuffer.allocate(0), callback);
        } else {
            response.write(true, ByteBuffer.wrap(body), callback);
        }
    }

    /** An HTML page. */
    public void html(int status, String page) {
        header("Cache-Control", "no-store");
        send(status, "text/html; charset=utf-8", page.getBytes(StandardCharsets.UTF_8));
    }

    /** Sends the browser to {@code location} on this site (after a form: 303, so that a reload does not post again). */
    public void redirect(String location) {
        response.setStatus(303);
        response.getHeaders().put(HttpHeader.LOCATION, location);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, 0);
        response.write(true, ByteBuffer.allocate(0), callback);
    }

    /** Nothing changed since the browser's copy. */
    public void notModified(String etag) {
        response.setStatus(304);
        response.getHeaders().put(HttpHeader.ETAG, etag);
        response.write(true, ByteBuffer.allocate(0), callback);
    }
}

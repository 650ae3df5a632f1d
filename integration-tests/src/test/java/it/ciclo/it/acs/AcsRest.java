package it.ciclo.it.acs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

/**
 * ACS's public HTTP APIs as one user sees them: the v1 REST API ({@code /api/-default-/public/alfresco/versions/1}),
 * the workflow API ({@code .../workflow/versions/1}), the discovery API and, for the administrator's
 * consoles, the web scripts under {@code /s}. Answers are JSON trees; a status that is not 2xx is
 * returned as it is for the tests to assert on ({@link Answer}).
 */
public final class AcsRest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String base;
    private final String authorization;
    private final HttpClient http;

    AcsRest(String base, String user, String password) {
        this.base = base;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** An HTTP answer: its status and its body as JSON (an empty object when there is none or it is not JSON). */
    public record Answer(int status, JsonNode json, String text) {
        public boolean ok() {
            return status / 100 == 2;
        }

        /** The v1 API's {@code entry}. */
        public JsonNode entry() {
            if (!ok()) {
                throw new AssertionError("HTTP " + status + ": " + text);
            }
            return json.path("entry");
        }
    }

    /** {@code path} under {@code /alfresco/api/-default-/public/alfresco/versions/1}. */
    public Answer get(String path) {
        return send(request(core(path)).GET());
    }

    public Answer post(String path, Object body) {
        return send(request(core(path)).header("Content-Type", "application/json").POST(json(body)));
    }

    public Answer put(String path, Object body) {
        return send(request(core(path)).header("Content-Type", "application/json").PUT(json(body)));
    }

    /** {@code path} under {@code /alfresco/api/-default-/public/workflow/versions/1}. */
    public Answer workflowGet(String path) {
        return send(request(base + "/api/-default-/public/workflow/versions/1/" + path).GET());
    }

    public Answer workflowPut(String path, Object body) {
        return send(request(base + "/api/-default-/public/workflow/versions/1/" + path)
                .header("Content-Type", "application/json").PUT(json(body)));
    }

    public Answer workflowPost(String path, Object body) {
        return send(request(base + "/api/-default-/public/workflow/versions/1/" + path)
                .header("Content-Type", "application/json").POST(json(body)));
    }

    public Answer workflowDelete(String path) {
        return send(request(base + "/api/-default-/public/workflow/versions/1/" + path).DELETE());
    }

    /** Any URL under {@code /alfresco}, e.g. {@code /api/discovery} or {@code /s/api/...}. */
    public Answer raw(String path) {
        return send(request(base + path).GET());
    }

    /** Uploads {@code content} as a new file named {@code name} into folder {@code parentId}. */
    public Answer upload(String parentId, String name, byte[] content) {
        String boundary = "ciclo" + UUID.randomUUID();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\n" + name + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"filedata\"; filename=\""
                + URLEncoder.encode(name, StandardCharsets.UTF_8) + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
        String tail = "\r\n--" + boundary + "--\r\n";
        byte[] body = concat(head.getBytes(StandardCharsets.UTF_8), content, tail.getBytes(StandardCharsets.UTF_8));
        return send(request(core("nodes/" + parentId + "/children"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /**
     * A command of the Workflow Admin Console ({@code /s/admin/admin-workflowconsole}, admin only), as
     * the console page sends it. When the repository's CSRF filter is on (Surf's {@code CSRFFilter},
     * policy in ACS's {@code web-client-security-config.xml}), the GET gives the session its token in the
     * {@code alf-csrftoken} cookie and the POST sends it back in the header of the same name; when the
     * filter is off (as in ACS 23.8's default configuration) there is no cookie and none is needed.
     * Returns the page after the command.
     */
    public String workflowConsole(String command) {
        String page = base + "/s/admin/admin-workflowconsole";
        send(request(page).GET());
        HttpRequest.Builder post = request(page).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Referer", page);
        ((CookieManager) http.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("alf-csrftoken")).findFirst()
                .ifPresent(c -> post.header("alf-csrftoken", URLDecoder.decode(c.getValue(), StandardCharsets.UTF_8)));
        String form = "workflow-cmd=" + URLEncoder.encode(command, StandardCharsets.UTF_8);
        Answer posted = send(post.POST(HttpRequest.BodyPublishers.ofString(form)));
        if (posted.status() >= 400) {
            throw new AssertionError("workflow console: HTTP " + posted.status() + " " + posted.text());
        }
        return send(request(page).GET()).text();
    }

    private String core(String path) {
        return base + "/api/-default-/public/alfresco/versions/1/" + path;
    }

    private HttpRequest.Builder request(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(2))
                .header("Authorization", authorization).header("Accept-Language", "it");
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            JsonNode json;
            try {
                json = response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
            } catch (IOException notJson) {
                json = JSON.createObjectNode();
            }
            return new Answer(response.statusCode(), json, response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpRequest.BodyPublisher json(Object body) {
        try {
            return HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] concat(byte[]... parts) {
        int size = 0;
        for (byte[] p : parts) {
            size += p.length;
        }
        byte[] all = new byte[size];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        return all;
    }
}

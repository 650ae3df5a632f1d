package it.ciclo.share.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

/** ACS's public REST API v1 (alfresco-core.yaml, alfresco-workflow.yaml), for the live checks' data. */
final class AcsRest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20)).build();
    private final String auth;

    AcsRest(String user, String password) {
        this.auth = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    JsonNode get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET(), 200);
    }

    JsonNode post(String path, String json, int... accepted) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)), accepted.length == 0 ? new int[] {201} : accepted);
    }

    JsonNode put(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)), 200);
    }

    /** Uploads {@code text} as file {@code name} into folder {@code parentId} (multipart, as the API's upload). */
    JsonNode upload(String parentId, String name, String text) {
        String boundary = "----ciclo" + UUID.randomUUID();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"filedata\"; filename=\"" + name + "\"\r\n"
                + "Content-Type: text/plain\r\n\r\n" + text + "\r\n--" + boundary + "--\r\n";
        return send(HttpRequest.newBuilder(uri("/nodes/" + parentId + "/children"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)), 201);
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private URI uri(String path) {
        String base = path.startsWith("/workflow/") ? "/api/-default-/public/workflow/versions/1" + path.substring("/workflow".length())
                : "/api/-default-/public/alfresco/versions/1" + path;
        return URI.create(LiveShare.ACS + base);
    }

    private JsonNode send(HttpRequest.Builder request, int... accepted) {
        try {
            HttpResponse<String> r = http.send(request.header("Authorization", auth).timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            for (int ok : accepted) {
                if (r.statusCode() == ok) {
                    return r.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(r.body());
                }
            }
            throw new AssertionError(r.request().method() + " " + r.uri() + " answered " + r.statusCode() + ": " + r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}

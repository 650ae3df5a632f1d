package it.ciclo.share.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import it.ciclo.share.support.ShareModule;
import it.ciclo.share.support.Workspace;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A loopback HTTP server standing in for Share's web tier as the browser sees it:
 * {@code /share/res/…} serves YUI 2.9 (npm), Share's own client files (reference folder) and this
 * module's {@code META-INF/resources}; {@code /share/page/test} serves the page under test;
 * {@code /share/proxy/alfresco/…} answers as the repository would, through handlers the test sets,
 * and records every request so a test can see what the page asked for.
 */
public final class LoopbackShare implements AutoCloseable {

    /** A repository answer. */
    public record Answer(int status, String json) {
    }

    private final HttpServer server;
    private final Map<String, Function<URI, Answer>> proxy = new ConcurrentHashMap<>();
    private final List<URI> requests = new CopyOnWriteArrayList<>();
    private volatile String page = "<html><body>no page</body></html>";

    public LoopbackShare() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/share/res/", this::resource);
        server.createContext("/share/page/", ex -> send(ex, 200, "text/html; charset=UTF-8", page.getBytes(StandardCharsets.UTF_8)));
        server.createContext("/share/proxy/alfresco/", this::proxy);
        server.start();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public void page(String html) {
        this.page = html;
    }

    /** Answers {@code /share/proxy/alfresco/<service>} (without query) with {@code handler}. */
    public void repository(String service, Function<URI, Answer> handler) {
        proxy.put(service, handler);
    }

    /** The repository requests made so far, in order. */
    public List<URI> requests() {
        return List.copyOf(requests);
    }

    private void proxy(HttpExchange ex) throws IOException {
        URI uri = ex.getRequestURI();
        requests.add(uri);
        String service = uri.getPath().substring("/share/proxy/alfresco/".length());
        Function<URI, Answer> handler = proxy.get(service);
        Answer answer = handler == null ? new Answer(404, "{\"status\":{\"code\":404},\"message\":\"no web script " + service + "\"}")
                : handler.apply(uri);
        send(ex, answer.status(), "application/json; charset=UTF-8", answer.json().getBytes(StandardCharsets.UTF_8));
    }

    private void resource(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath().substring("/share/res/".length());
        Path file = locate(path);
        if (file == null) {
            send(ex, 404, "text/plain", ("not found: " + path).getBytes(StandardCharsets.UTF_8));
            return;
        }
        String type = path.endsWith(".js") ? "application/javascript" : path.endsWith(".css") ? "text/css"
                : path.endsWith(".png") ? "image/png" : "application/octet-stream";
        send(ex, 200, type, Files.readAllBytes(file));
    }

    /** Where Share would serve /res/{path} from: YUI, the module's JAR, or share.war. */
    private static Path locate(String path) {
        if (path.contains("..")) {
            return null;
        }
        List<Path> candidates = path.startsWith("yui/") && !path.equals("yui/yui-patch.js")
                ? List.of(Workspace.yui().resolve(path.substring(4)))
                : List.of(ShareModule.path(ShareModule.RESOURCES + "/" + path),
                        Workspace.share().resolve("share/src/main/webapp/" + path),
                        Workspace.share().resolve("web-framework-commons/src/main/webapp/" + path));
        return candidates.stream().filter(Files::isRegularFile).findFirst().orElse(null);
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

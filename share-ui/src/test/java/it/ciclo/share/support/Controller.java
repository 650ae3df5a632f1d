package it.ciclo.share.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;

/**
 * Runs a web-script controller ({@code .get.js}) in Mozilla Rhino, the engine Share runs them in,
 * on the stand-ins of {@code stand-ins/share-root-objects.js}. {@code <import resource="classpath:…">}
 * is inlined as Surf's script processor does, from this module's resources or Share's reference files.
 * Returns {@code model} as JSON.
 */
public final class Controller {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern IMPORT = Pattern.compile("<import resource=\"classpath:([^\"]+)\"\\s*/?>");

    private final Path script;
    private final Map<String, Object> args = new LinkedHashMap<>();
    private final Map<String, Object> responses = new LinkedHashMap<>();
    private Object scoped = Map.of();
    private Properties messages = new Properties();
    private String configXml = "<config/>";

    private Controller(Path script) {
        this.script = script;
    }

    /** A controller of this module, by path below site-webscripts. */
    public static Controller of(String webscript) {
        return new Controller(ShareModule.path(ShareModule.WEBSCRIPTS + "/" + webscript));
    }

    /** A controller of Share's own (reference files), by path below site-webscripts. */
    public static Controller share(String webscript) {
        return new Controller(Workspace.share().resolve("share/src/main/resources/alfresco/site-webscripts/" + webscript));
    }

    public Controller arg(String name, String value) {
        args.put(name, value);
        return this;
    }

    public Controller respond(String uri, int status, String body) {
        responses.put(uri, Map.of("status", status, "body", body));
        return this;
    }

    public Controller messages(Properties bundle) {
        this.messages = bundle;
        return this;
    }

    public Controller config(String xml) {
        this.configXml = xml;
        return this;
    }

    public Controller scoped(Object scopedConfig) {
        this.scoped = scopedConfig;
        return this;
    }

    /** The controller's bundle and .config.xml next to it, as Surf finds them. */
    public Controller withItsFiles(String suffix) {
        String name = script.getFileName().toString().replace(".js", "");
        Path bundle = script.resolveSibling(name + suffix + ".properties");
        if (Files.exists(bundle)) {
            messages(ShareModule.properties(bundle));
        }
        Path cfg = script.resolveSibling(name + ".config.xml");
        if (Files.exists(cfg)) {
            config(read(cfg));
        }
        return this;
    }

    /** Runs the controller; returns {@code model}, and {@code remote.calls} as "__calls". */
    public JsonNode run() {
        Context cx = Context.enter();
        try {
            Scriptable scope = cx.initStandardObjects();
            ScriptableObject.putProperty(scope, "__args", JSON.writeValueAsString(args));
            ScriptableObject.putProperty(scope, "__messages", JSON.writeValueAsString(messages));
            ScriptableObject.putProperty(scope, "__configXml", configXml);
            ScriptableObject.putProperty(scope, "__scoped", JSON.writeValueAsString(scoped));
            ScriptableObject.putProperty(scope, "__responses", JSON.writeValueAsString(responses));
            cx.evaluateString(scope, resource("stand-ins/share-root-objects.js"), "share-root-objects.js", 1, null);
            cx.evaluateString(scope, inline(read(script)), script.toString(), 1, null);
            Object json = cx.evaluateString(scope, "model.__calls = remote.calls; JSON.stringify(model)", "model", 1, null);
            return JSON.readTree(Context.toString(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            Context.exit();
        }
    }

    /** Rhino's own version line, e.g. "Rhino 1.7.15.1 2024 03 22". */
    public static String engineVersion() {
        Context cx = Context.enter();
        try {
            return cx.getImplementationVersion();
        } finally {
            Context.exit();
        }
    }

    /** The script with each classpath import replaced by the imported file (recursively). */
    static String inline(String source) {
        Matcher m = IMPORT.matcher(source);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(inline(read(classpath(m.group(1))))));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Where Share's classpath has a file: this module's JAR, or share.war's classes (reference). */
    static Path classpath(String location) {
        Path own = ShareModule.path(location);
        if (Files.exists(own)) {
            return own;
        }
        for (String root : List.of("share/src/main/resources/", "web-framework-commons/src/main/resources/")) {
            Path shared = Workspace.share().resolve(root + location);
            if (Files.exists(shared)) {
                return shared;
            }
        }
        throw new IllegalArgumentException("<import resource=\"classpath:" + location + "\"> is neither in the module nor in Share");
    }

    static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = Controller.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

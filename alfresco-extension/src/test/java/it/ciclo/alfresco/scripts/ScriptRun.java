package it.ciclo.alfresco.scripts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Scriptable;

/**
 * One run of a module script in Rhino, after the Alfresco API stand-in ({@code stand-ins/script-api.js})
 * and a scenario that builds the nodes the script will see.
 */
final class ScriptRun implements AutoCloseable {

    private static final String MODULE = "/alfresco/module/ciclo-platform/scripts/";

    private final Context context = Context.enter();
    private final Scriptable scope = context.initStandardObjects();

    ScriptRun(String scenario, String script) {
        context.setLanguageVersion(Context.VERSION_ES6);
        eval(resource("/stand-ins/script-api.js"), "script-api.js");
        eval(scenario, "scenario");
        eval(resource(MODULE + script), script);
    }

    /** The value of a JavaScript expression after the run, as Java sees it (string, number, boolean, null). */
    Object value(String expression) {
        Object value = context.evaluateString(scope, expression, "assertion", 1, null);
        return value instanceof org.mozilla.javascript.Undefined ? null : Context.jsToJava(value, Object.class);
    }

    /** The value of a JavaScript expression that is a number (JavaScript numbers are doubles). */
    int number(String expression) {
        return ((Number) value(expression)).intValue();
    }

    /** The value of a JavaScript expression, as text. */
    String text(String expression) {
        Object value = value(expression);
        return value == null ? null : value.toString();
    }

    private void eval(String source, String name) {
        context.evaluateString(scope, source, name, 1, null);
    }

    private static String resource(String path) {
        try (InputStream in = ScriptRun.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        Context.exit();
    }
}

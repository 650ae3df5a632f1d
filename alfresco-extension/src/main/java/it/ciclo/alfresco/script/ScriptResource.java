package it.ciclo.alfresco.script;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.activiti.engine.impl.el.Expression;
import org.activiti.engine.impl.el.FixedValue;

/**
 * A JavaScript file on the module's classpath, read once, offered as the fixed {@link Expression}
 * that Alfresco's {@code AlfrescoScriptDelegate} takes as its {@code script}. Keeping the script
 * in its own file (rather than inline in BPMN or Spring XML) lets it be read, reviewed and tested
 * as JavaScript.
 */
public final class ScriptResource {

    private final String location;
    private final String text;

    private ScriptResource(String location, String text) {
        this.location = location;
        this.text = text;
    }

    /**
     * Reads the script at {@code location}, a classpath path without a leading slash (e.g.
     * {@code alfresco/module/ciclo-platform/scripts/record-on-document.js}), as UTF-8.
     *
     * @throws IllegalArgumentException if there is no such resource
     * @throws UncheckedIOException if it cannot be read
     */
    public static ScriptResource of(String location) {
        Objects.requireNonNull(location, "location");
        ClassLoader loader = ScriptResource.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(location)) {
            if (in == null) {
                throw new IllegalArgumentException("No script on the classpath at " + location);
            }
            return new ScriptResource(location, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the script at " + location, e);
        }
    }

    /** Where the script was read from. */
    public String location() {
        return location;
    }

    /** The script's source text. */
    public String text() {
        return text;
    }

    /** The script as the fixed expression Alfresco's script delegates evaluate to get their source. */
    public Expression expression() {
        return new FixedValue(text);
    }

    @Override
    public String toString() {
        return "ScriptResource[" + location + "]";
    }
}

package it.ciclo.share.support;

import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Where the tests find what is not part of this module: Alfresco's reference definitions
 * ({@code shared/alfresco-reference}, read only, never copied), the platform module's models
 * (alfresco-extension's sources), YUI 2.9 (npm) and Debian's chromium. The build passes each as a
 * system property; what is missing fails the test under {@code CI=true} and skips it, loudly,
 * elsewhere.
 */
public final class Workspace {

    private Workspace() {
    }

    /** {@code shared/alfresco-reference}. */
    public static Path reference() {
        Path configured = configured("alfresco.reference.dir");
        if (configured != null) {
            return configured;
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared/alfresco-reference");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return missing("Alfresco's reference definitions (../shared/alfresco-reference next to the project, or "
                + "-Dalfresco.reference.dir)");
    }

    /** {@code shared/alfresco-reference/share}: Share's own files and index files. */
    public static Path share() {
        return reference().resolve("share");
    }

    /** alfresco-extension's {@code alfresco/module/ciclo-platform} folder (models, BPMN, bundles). */
    public static Path platform() {
        Path configured = configured("ciclo.platform.dir");
        if (configured != null) {
            return configured;
        }
        Path sibling = Path.of("../alfresco-extension/src/main/resources/alfresco/module/ciclo-platform").toAbsolutePath();
        return Files.isDirectory(sibling) ? sibling.normalize() : missing("the platform module's sources (../alfresco-extension)");
    }

    /** npm {@code yui2@2.9.0}'s {@code build/} folder. */
    public static Path yui() {
        Path configured = configured("ciclo.yui.dir");
        if (configured != null && Files.isRegularFile(configured.resolve("yahoo/yahoo-debug.js"))) {
            return configured;
        }
        return missing("YUI 2.9 (npm yui2@2.9.0 in share-ui/node_modules: run `npm ci` in share-ui, as .ci/run does)");
    }

    /** A file that must exist, from a system property with a default (chromium, chromedriver). */
    public static Path executable(String property, String fallback) {
        Path path = Path.of(System.getProperty(property, fallback));
        return Files.isExecutable(path) ? path
                : missing(path + " (Debian packages chromium and chromium-driver, as .ci/run installs them)");
    }

    /** The example directive the parity fixtures use. */
    public static Path directive() {
        Path configured = configured("ciclo.directive");
        return configured != null ? configured : Path.of("../docs/examples/direttiva-4-2023.json").toAbsolutePath().normalize();
    }

    /** Where screenshots go: target/screenshots, or the guide's folder given as ciclo.screenshots (../docs/guida/img). */
    public static Path screenshots() {
        Path configured = Path.of(System.getProperty("ciclo.screenshots", "target/screenshots"));
        return configured.toAbsolutePath().normalize();
    }

    private static Path configured(String property) {
        String value = System.getProperty(property);
        if (value != null && Files.exists(Path.of(value))) {
            return Path.of(value).toAbsolutePath().normalize();
        }
        return null;
    }

    private static Path missing(String what) {
        String message = "Not found: " + what + ". The test cannot run without it.";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(message);
        }
        System.err.println("SKIPPED: " + message);
        Assumptions.abort(message);
        throw new AssertionError("unreachable");
    }
}

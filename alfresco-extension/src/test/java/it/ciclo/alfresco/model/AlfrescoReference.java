package it.ciclo.alfresco.model;

import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Alfresco's published definitions kept in the workspace's {@code shared/alfresco-reference} (read
 * only, never copied into the project). Found from the {@code alfresco.reference.dir} system
 * property the build sets, else by walking up from the working directory. Missing, they fail the
 * test under {@code CI=true} and skip it, loudly, elsewhere.
 */
final class AlfrescoReference {

    private AlfrescoReference() {
    }

    /** The {@code models/} folder of the reference definitions. */
    static Path models() {
        return dir().resolve("models");
    }

    private static Path dir() {
        String configured = System.getProperty("alfresco.reference.dir");
        if (configured != null && Files.isDirectory(Path.of(configured))) {
            return Path.of(configured).normalize();
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared/alfresco-reference");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        String message = "Alfresco's reference definitions not found: expected ../shared/alfresco-reference next to "
                + "the project (or -Dalfresco.reference.dir). The models cannot be checked against Alfresco.";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(message);
        }
        System.err.println("SKIPPED: " + message);
        Assumptions.abort(message);
        throw new AssertionError("unreachable");
    }
}

package it.ciclo.it.acs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The ACS kit's script ({@code ../shared/acs/acs.sh}: setup, start, stop, reset), run with this test
 * run's own home and ports so that it never meets another ACS on the machine.
 */
final class AcsKit {

    private final KitScript script;
    private final Path home;
    private final int port;
    private final int pgPort;
    private final String maven;

    AcsKit(Path kit, Path home, int port, int pgPort, Path logs, String maven) {
        this.script = new KitScript(kit.resolve("acs.sh"), "acs", logs, "-Dciclo.acs.kit=DIR");
        this.home = home;
        this.port = port;
        this.pgPort = pgPort;
        this.maven = maven;
    }

    String url() {
        return "http://127.0.0.1:" + port + "/alfresco";
    }

    int pgPort() {
        return pgPort;
    }

    Path home() {
        return home;
    }

    /** Once per machine (idempotent, about a second when done already). */
    void setup() {
        workAroundKitDefect();
        run(Duration.ofMinutes(10), "setup");
    }

    /** Drops the repository's database and content: the next start is a fresh installation. */
    void reset() {
        run(Duration.ofMinutes(2), "reset");
    }

    /** Starts ACS with {@code modules} (jars or AMPs) installed; returns when it answers. */
    void start(List<Path> modules, Path extraProperties) {
        List<String> args = new ArrayList<>(List.of("start"));
        for (Path m : modules) {
            args.add("--module");
            args.add(m.toString());
        }
        run(Duration.ofMinutes(8), Map.of("ACS_EXTRA_PROPS", extraProperties.toString()), args.toArray(String[]::new));
    }

    void stop() {
        run(Duration.ofMinutes(3), "stop");
    }

    /**
     * The kit's war build runs license-maven-plugin (skipped) whose configuration still names three
     * files under /tmp/acs-rebuild of the machine the kit was made on; Maven parses the configuration
     * before it sees the skip and fails when they are missing. Empty files are enough.
     */
    static void workAroundKitDefect() {
        Path dir = Path.of("/tmp/acs-rebuild/tplo");
        try {
            Files.createDirectories(dir);
            for (String name : List.of("includedLicenses.txt", "licenseMerges.txt", "override-THIRD-PARTY.properties")) {
                if (!Files.exists(dir.resolve(name))) {
                    Files.createFile(dir.resolve(name));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void run(Duration timeout, String... args) {
        run(timeout, Map.of(), args);
    }

    private void run(Duration timeout, Map<String, String> extraEnv, String... args) {
        Map<String, String> env = new HashMap<>(Map.of("ACS_HOME", home.toString(), "ACS_PORT", Integer.toString(port),
                "ACS_PG_PORT", Integer.toString(pgPort), "ACS_MVN", maven, "ACS_START_TIMEOUT", "420"));
        env.putAll(extraEnv);
        script.run(timeout, env, args);
    }
}

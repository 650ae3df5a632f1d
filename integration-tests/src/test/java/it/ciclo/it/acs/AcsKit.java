package it.ciclo.it.acs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The ACS kit's script ({@code ../shared/acs/acs.sh}: setup, start, stop, reset), run with this test
 * run's own home and ports so that it never meets another ACS on the machine. Each call's output goes
 * to a log file under {@code target/}; a failing call throws with its last lines.
 */
final class AcsKit {

    private final Path script;
    private final Path home;
    private final int port;
    private final int pgPort;
    private final Path logs;
    private final String maven;

    AcsKit(Path kit, Path home, int port, int pgPort, Path logs, String maven) {
        this.script = kit.resolve("acs.sh");
        this.home = home;
        this.port = port;
        this.pgPort = pgPort;
        this.logs = logs;
        this.maven = maven;
        if (!Files.isRegularFile(script)) {
            throw new IllegalStateException("The ACS kit is not at " + kit + " (set -Dciclo.acs.kit=DIR)");
        }
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
    private static void workAroundKitDefect() {
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
        List<String> command = new ArrayList<>(List.of("bash", script.toString()));
        command.addAll(List.of(args));
        Path log = logs.resolve("acs-" + args[0] + "-" + System.currentTimeMillis() + ".log");
        try {
            Files.createDirectories(logs);
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            Map<String, String> env = builder.environment();
            env.put("ACS_HOME", home.toString());
            env.put("ACS_PORT", Integer.toString(port));
            env.put("ACS_PG_PORT", Integer.toString(pgPort));
            env.put("ACS_MVN", maven);
            env.put("ACS_START_TIMEOUT", "420");
            env.putAll(extraEnv);
            Process process = builder.start();
            if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("acs.sh " + String.join(" ", args) + " did not finish in " + timeout
                        + "\n" + tail(log));
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("acs.sh " + String.join(" ", args) + " failed (exit "
                        + process.exitValue() + ")\n" + tail(log));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }
}

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
 * One of the kits' scripts ({@code acs.sh}, {@code share.sh}) run with an environment of its own. Each
 * call's output goes to a log file under {@code target/}; a failing or hanging call throws with its
 * last lines.
 */
final class KitScript {

    private final Path script;
    private final String name;
    private final Path logs;

    KitScript(Path script, String name, Path logs, String howToPoint) {
        this.script = script;
        this.name = name;
        this.logs = logs;
        if (!Files.isRegularFile(script)) {
            throw new IllegalStateException("The kit's script is not at " + script + " (set " + howToPoint + ")");
        }
    }

    void run(Duration timeout, Map<String, String> env, String... args) {
        List<String> command = new ArrayList<>(List.of("bash", script.toString()));
        command.addAll(List.of(args));
        Path log = logs.resolve(name + "-" + args[0] + "-" + System.currentTimeMillis() + ".log");
        try {
            Files.createDirectories(logs);
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().putAll(env);
            Process process = builder.start();
            if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(script.getFileName() + " " + String.join(" ", args) + " did not finish in "
                        + timeout + "\n" + tail(log));
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(script.getFileName() + " " + String.join(" ", args) + " failed (exit "
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

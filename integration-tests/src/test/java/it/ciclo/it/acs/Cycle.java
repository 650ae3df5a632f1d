package it.ciclo.it.acs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The {@code cycle} command as a user runs it: the packaged jar ({@code cycle-cli/target/cycle.jar})
 * in its own JVM, the CMIS password in {@code CICLO_CMIS_PASSWORD}, never on the command line.
 */
public final class Cycle {

    /** What a run printed and returned. */
    public record Run(int exit, String out, String err) {
    }

    private Cycle() {
    }

    /** The example directive of the repository ({@code docs/examples/direttiva-4-2023.json}). */
    public static Path exampleDirective() {
        return Path.of(System.getProperty("ciclo.directive"));
    }

    /** Runs {@code cycle args...} against {@code acs} as admin, in Italian. */
    public static Run run(AcsServer acs, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", System.getProperty("ciclo.cli.jar")));
        command.addAll(List.of(args));
        command.addAll(List.of("--cmis", acs.cmisUrl(), "--user", "admin"));
        try {
            Path errors = Files.createTempFile("cycle-err", ".txt");
            ProcessBuilder builder = new ProcessBuilder(command).redirectError(errors.toFile());
            builder.environment().put("CICLO_CMIS_PASSWORD", AcsServer.ADMIN_PASSWORD);
            builder.environment().put("LC_ALL", "C.UTF-8");
            Process process = builder.start();
            process.getOutputStream().close();
            var out = process.getInputStream().readAllBytes();

            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("cycle " + String.join(" ", args) + " did not end in 5 minutes");
            }
            String err = Files.readString(errors, StandardCharsets.UTF_8);
            Files.delete(errors);
            return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8), err);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

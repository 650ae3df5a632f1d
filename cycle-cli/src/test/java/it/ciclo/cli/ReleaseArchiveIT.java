package it.ciclo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, item 7: the release archive {@code mvn package} builds, opened and run as someone who
 * downloaded it would. Its {@code cycle} script runs here (Linux); its {@code cycle.cmd} cannot run
 * without Windows, so what is checked of it is what it must be: a script that runs the shipped jar,
 * with Windows line ends, and builds nothing (the guide says so too).
 */
class ReleaseArchiveIT {

    @TempDir
    Path dir;

    @Test
    void theArchiveHoldsTheJarBothLaunchersTheGuidesAndTheExample() throws Exception {
        Path zip = archive();
        List<String> names = new ArrayList<>();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            file.stream().filter(e -> !e.isDirectory()).forEach(e -> names.add(e.getName()));
        }
        String base = zip.getFileName().toString().replace(".zip", "") + "/";
        assertThat(names).containsExactlyInAnyOrder(base + "cycle.jar", base + "cycle.cmd", base + "cycle", base + "LEGGIMI.md",
                base + "README.md", base + "esempio/direttiva-4-2023.json");
    }

    @Test
    void cycleCmdRunsTheShippedJarAndBuildsNothing() throws Exception {
        Path home = unzip();
        String cmd = Files.readString(home.resolve("cycle.cmd"), StandardCharsets.UTF_8);

        assertThat(cmd).contains("-jar \"%~dp0cycle.jar\" %*").doesNotContainIgnoringCase("mvnw").doesNotContain("install")
                .doesNotContain("-XX:ArchiveClassesAtExit");
        assertThat(cmd.split("\r\n", -1)).hasSizeGreaterThan(5);
        assertThat(cmd.replace("\r\n", "")).doesNotContain("\n");
    }

    @Test
    void theShellLauncherRunsTheJarWhateverTheLocale() throws Exception {
        Path home = unzip();
        Path store = Files.createDirectories(dir.resolve("condivisa/Attività"));

        Result version = sh(home, Map.of("LC_ALL", "C.UTF-8"), "--version");
        Result calendar = sh(home, Map.of("LC_ALL", "C"), "calendar", "esempio/direttiva-4-2023.json");
        Result init = sh(home, Map.of("LC_ALL", "C"), "init", "esempio/direttiva-4-2023.json", "--store",
                store.getParent().toString(), "--dry-run");

        assertThat(version.code()).isZero();
        assertThat(version.out()).startsWith("cycle " + System.getProperty("project.version", ""));
        assertThat(calendar.code()).as(calendar.err()).isZero();
        assertThat(calendar.out()).contains("Nota di aggiornamento al DUP", "giovedì");
        assertThat(init.code()).as(init.err()).isZero();
        assertThat(init.out()).contains("da creare  ATTIVITA' TRASVERSALI");
    }

    private record Result(int code, String out, String err) {
    }

    private Result sh(Path home, Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of("sh", home.resolve("cycle").toString()));
        line.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(line).directory(home.toFile());
        pb.environment().remove("LANG");
        pb.environment().remove("LC_MESSAGES");
        pb.environment().remove("LC_CTYPE");
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.environment().putAll(env);
        Process p = pb.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    /** The archive package built: target/cycle-VERSION.zip. */
    private static Path archive() throws IOException {
        try (Stream<Path> built = Files.list(Path.of("target"))) {
            List<Path> zips = built.filter(p -> p.getFileName().toString().matches("cycle-.+\\.zip")).toList();
            assertThat(zips).as("the release archive; built by mvn package").hasSize(1);
            return zips.get(0);
        }
    }

    private Path unzip() throws IOException {
        Path zip = archive();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            for (ZipEntry e : java.util.Collections.list(file.entries())) {
                Path to = dir.resolve(e.getName()).normalize();
                assertThat(to.startsWith(dir)).as(e.getName()).isTrue();
                if (e.isDirectory()) {
                    Files.createDirectories(to);
                } else {
                    Files.createDirectories(to.getParent());
                    try (InputStream in = file.getInputStream(e)) {
                        Files.copy(in, to);
                    }
                }
            }
        }
        return dir.resolve(zip.getFileName().toString().replace(".zip", ""));
    }
}

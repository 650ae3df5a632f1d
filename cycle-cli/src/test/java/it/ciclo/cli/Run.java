package it.ciclo.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** One run of the {@code cycle} command, as {@code main} would do it: exit code, stdout, stderr. */
record Run(int code, String out, String err) {

    static final Path SEED = Path.of("../docs/examples/direttiva-4-2023.json");
    static final String PEG = "ATTIVITA' TRASVERSALI/11_Programmazione e controllo/E_PEG 2024_2026";

    static Run of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CycleCommand.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    /** The seed directive with {@code from} replaced by {@code to}, written to {@code dir}. */
    static Path seedWith(Path dir, String from, String to) {
        try {
            String json = Files.readString(SEED, StandardCharsets.UTF_8);
            if (!json.contains(from)) {
                throw new IllegalArgumentException("not in the seed: " + from);
            }
            return Files.writeString(dir.resolve("direttiva.json"), json.replace(from, to), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file at {@code root/relative}, last modified at noon of {@code day} in this machine's zone. */
    static void file(Path root, String relative, LocalDate day) {
        try {
            Path file = root.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, relative);
            Files.setLastModifiedTime(file, FileTime.from(day.atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every path below {@code root} with its size (or link target) and modification time, sorted; links not followed. */
    static List<String> tree(Path root) {
        try (Stream<Path> all = Files.walk(root)) {
            List<String> lines = new ArrayList<>();
            for (Path p : (Iterable<Path>) all::iterator) {
                // The entries themselves: a link is listed as a link, whether or not it leads anywhere.
                java.nio.file.attribute.BasicFileAttributes a = Files.readAttributes(p,
                        java.nio.file.attribute.BasicFileAttributes.class, java.nio.file.LinkOption.NOFOLLOW_LINKS);
                lines.add(root.relativize(p) + " " + (a.isSymbolicLink() ? "-> " + Files.readSymbolicLink(p)
                        : a.isDirectory() ? "/" : a.size()) + " " + a.lastModifiedTime());
            }
            lines.sort(null);
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

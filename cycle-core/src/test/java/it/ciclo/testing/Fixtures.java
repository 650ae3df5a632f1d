package it.ciclo.testing;

import it.ciclo.directive.Directive;
import it.ciclo.directive.FileRules;
import it.ciclo.format.DirectiveReader;
import it.ciclo.format.InvalidDirectiveException;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** The seed directive and real folder trees, for tests of the store, the layout and the board. */
public final class Fixtures {

    /** The seed directive's act folder prefix, as the store path it becomes. */
    public static final String BASE = "ATTIVITA' TRASVERSALI/11_Programmazione e controllo";
    public static final String PEG = BASE + "/E_PEG 2024_2026";
    public static final String DUP = BASE + "/D_DUP 2024_2026";
    public static final String PIAO = BASE + "/F_PIAO 2024_2026";

    private Fixtures() {
    }

    /** The seed directive's JSON text ({@code docs/examples/direttiva-4-2023.json}). */
    public static String seedJson() {
        try {
            return Files.readString(Path.of("../docs/examples/direttiva-4-2023.json"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Directive seed() {
        return directive(seedJson());
    }

    public static Directive directive(String json) {
        try {
            return new DirectiveReader().read(new StringReader(json), "test.json").directive();
        } catch (InvalidDirectiveException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** {@code directive} with the file rules {@code files} instead of its own. */
    public static Directive withFiles(Directive d, FileRules files) {
        return new Directive(d.id(), d.title(), d.issued(), d.cycle(), d.calendar(), d.events(), d.sectors(), d.acts(), files);
    }

    /** {@code directive} asking for letter case to count in names. */
    public static Directive matchingCase(Directive d) {
        return withFiles(d, new FileRules(true, d.files().ignore(), d.files().templatesFolder()));
    }

    /** {@code text} in Unicode NFD, as macOS writes names (an accented letter as letter plus accent). */
    public static String nfd(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD);
    }

    /** A file at {@code root/relative} (folders made as needed), last modified at noon UTC of {@code modified}. */
    public static Path file(Path root, String relative, LocalDate modified) {
        try {
            Path file = root.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, "contenuto di " + relative);
            Files.setLastModifiedTime(file, FileTime.from(modified.atTime(12, 0).toInstant(ZoneOffset.UTC)));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every entry below {@code root}: relative path, kind, size and modification time, sorted. */
    public static List<String> listing(Path root) {
        List<String> lines = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    lines.add(root.relativize(dir) + "/ " + attrs.lastModifiedTime());
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    lines.add(root.relativize(file) + " " + attrs.size() + " " + attrs.lastModifiedTime());
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        lines.sort(null);
        return lines;
    }

    /** Whether this process can read what permissions forbid (root can: chmod 000 does not stop it). */
    public static boolean permissionsAreBypassed(Path scratch) {
        try {
            Path probe = Files.createDirectory(scratch.resolve("probe-permissions"));
            probe.toFile().setReadable(false, false);
            probe.toFile().setExecutable(false, false);
            boolean bypassed = Files.isReadable(probe);
            probe.toFile().setReadable(true, false);
            probe.toFile().setExecutable(true, false);
            Files.delete(probe);
            return bypassed;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package it.ciclo.testing;

import it.ciclo.board.Board;
import it.ciclo.board.Scan;
import it.ciclo.board.ScanListener;
import it.ciclo.deadline.EventDates;
import it.ciclo.deadline.Schedule;
import it.ciclo.format.DirectiveDocument;
import it.ciclo.format.DirectiveReader;
import it.ciclo.layout.Layout;
import it.ciclo.layout.Provisioner;
import it.ciclo.store.local.LocalFolderStore;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.time.ZoneId;

/** The seed directive's board on a real shared folder, on 10 October 2023 (the PEG was due on the 5th). */
public final class SeedBoard {

    public static final Path SEED = Path.of("../docs/examples/direttiva-4-2023.json");
    public static final String PEG = "ATTIVITA' TRASVERSALI/11_Programmazione e controllo/E_PEG 2024_2026";
    public static final LocalDate TODAY = LocalDate.of(2023, 10, 10);

    private SeedBoard() {
    }

    /** The seed directive with {@code from} replaced by {@code to}. */
    public static DirectiveDocument directive(String from, String to) {
        try {
            return directive(from, to, Files.readString(SEED, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The directive {@code json} with {@code from} replaced by {@code to}. */
    public static DirectiveDocument directive(String from, String to, String json) {
        try {
            if (!json.contains(from)) {
                throw new IllegalArgumentException("not in the seed: " + from);
            }
            return new DirectiveReader().read(new StringReader(json.replace(from, to)), "direttiva.json");
        } catch (it.ciclo.format.InvalidDirectiveException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    public static DirectiveDocument seed() {
        return directive("\"id\": \"direttiva-4-2023\"", "\"id\": \"direttiva-4-2023\"");
    }

    /** The folders of {@code document} in {@code root}, {@code files} handed in (path, day), and the board on {@link #TODAY}. */
    public static Board board(DirectiveDocument document, Path root, Object... files) {
        return board(document, root, TODAY, EventDates.none(), files);
    }

    /** The folders of {@code document} in {@code root}, {@code files} handed in (path, day), and the board on {@code asOf}. */
    public static Board board(DirectiveDocument document, Path root, LocalDate asOf, EventDates events, Object... files) {
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (LocalFolderStore store = LocalFolderStore.open(root)) {
            Layout layout = Layout.of(document.directive());
            Schedule schedule = Schedule.of(document.directive(), events);
            Provisioner provisioner = new Provisioner(layout);
            provisioner.apply(provisioner.plan(store), store, p -> { });
            for (int i = 0; i < files.length; i += 2) {
                file(root, (String) files[i], (LocalDate) files[i + 1]);
            }
            return new Scan(schedule, layout).run(store, asOf, ScanListener.NONE);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The seed's board with three sectors' files for the PEG: on time, late, and one of them named like a formula. */
    public static Board seedBoard(Path root) {
        return board(seed(), root,
                PEG + "/Affari Generali/Azioni PEG.docx", LocalDate.of(2023, 10, 3),
                PEG + "/Affari Generali/=HYPERLINK(\"x\").docx", LocalDate.of(2023, 10, 3),
                PEG + "/Lavori Pubblici/Azioni; bozza.xlsx", LocalDate.of(2023, 10, 8));
    }

    /** A file at {@code root/relative}, last modified at noon of {@code day} in Rome. */
    public static void file(Path root, String relative, LocalDate day) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, relative);
        Files.setLastModifiedTime(file, FileTime.from(day.atTime(12, 0).atZone(ZoneId.of("Europe/Rome")).toInstant()));
    }
}

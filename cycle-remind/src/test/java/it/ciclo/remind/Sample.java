package it.ciclo.remind;

import it.ciclo.board.Board;
import it.ciclo.deadline.EventDates;
import it.ciclo.format.DirectiveDocument;
import it.ciclo.testing.SeedBoard;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The seed directive with contacts for three of its four Settori (Servizi alla Persona has none) and
 * the Ufficio for the digest; Affari Generali has handed in its PEG on 3 October 2023. On 5 October
 * both the DUP update and the PEG are due.
 */
public final class Sample {

    public static final LocalDate DUE_DAY = LocalDate.of(2023, 10, 5);
    public static final String OFFICE = "programmazione@comune.esempio.it";

    private Sample() {
    }

    public static String json() {
        try {
            return Files.readString(SeedBoard.SEED, StandardCharsets.UTF_8)
                    .replace("\"folder\": \"Affari Generali\"}", "\"folder\": \"Affari Generali\", \"contacts\": ["
                            + "{\"name\": \"Dott.ssa Anna Verdi\", \"email\": \"anna.verdi@comune.esempio.it\"}, "
                            + "{\"email\": \"affari.generali@comune.esempio.it\"}]}")
                    .replace("\"folder\": \"Servizi Finanziari\"}", "\"folder\": \"Servizi Finanziari\", \"contacts\": ["
                            + "{\"name\": \"Rag. Luca Neri\", \"email\": \"luca.neri@comune.esempio.it\"}]}")
                    .replace("\"folder\": \"Lavori Pubblici\"}", "\"folder\": \"Lavori Pubblici\", \"contacts\": ["
                            + "{\"name\": \"Ing. Carla Bianchi\", \"email\": \"carla.bianchi@comune.esempio.it\"}]}")
                    .replace("\"calendar\": {\"country\": \"IT\"},", "\"calendar\": {\"country\": \"IT\"}, \"reminders\": "
                            + "{\"workingDaysBefore\": 5, \"office\": [{\"name\": \"Ufficio Programmazione\", \"email\": \"" + OFFICE + "\"}]},");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The directive written to {@code dir/direttiva.json}. */
    public static Path write(Path dir) {
        try {
            return Files.writeString(dir.resolve("direttiva.json"), json(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static DirectiveDocument document() {
        return SeedBoard.directive("\"id\": \"direttiva-4-2023\"", "\"id\": \"direttiva-4-2023\"", json());
    }

    /** The board on {@code day}, the store in {@code root}. */
    public static Board board(Path root, LocalDate day) {
        return SeedBoard.board(document(), root, day, EventDates.none(),
                SeedBoard.PEG + "/Affari Generali/Azioni PEG.docx", LocalDate.of(2023, 10, 3));
    }
}

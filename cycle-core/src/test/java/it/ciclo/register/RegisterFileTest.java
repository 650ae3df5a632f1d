package it.ciclo.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.ciclo.format.InvalidRegisterException;
import it.ciclo.register.store.RegisterFile;
import it.ciclo.store.StoreException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The register kept in a file beside the directive, on a real folder. */
class RegisterFileTest {

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private static final Instant AT = Instant.parse("2023-12-28T09:15:00Z");

    @TempDir
    Path dir;

    @Test
    void livesBesideTheDirectiveAndReadsBackWhatItWrote() throws Exception {
        RegisterFile file = RegisterFile.beside(dir.resolve("direttiva-4-2023.json"), ROME);
        assertThat(file.file()).isEqualTo(dir.resolve("direttiva-4-2023.eventi.json"));
        assertThat(RegisterFile.beside(dir.resolve("Direttiva.JSON"), ROME).file().getFileName().toString())
                .isEqualTo("Direttiva.eventi.json");
        EventRegister empty = file.load("direttiva-4-2023");
        assertThat(empty.entries()).isEmpty();
        assertThat(file.file()).doesNotExist();

        EventRegister one = empty.record("bilancio-differito", LocalDate.of(2024, 3, 15), "mario.rossi", AT,
                "DM Interno 22/12/2023", "GU Serie Generale n. 303 del 30/12/2023");
        file.save(empty, one);
        EventRegister two = one.undo("bilancio-differito", "anna.bianchi", AT.plusSeconds(3600), "per errore");
        file.save(one, two);
        assertThat(file.load("direttiva-4-2023")).isEqualTo(two);
        String text = Files.readString(file.file(), StandardCharsets.UTF_8);
        assertThat(text).contains("\"format\" : \"ciclo-registro-eventi/1\"", "\"at\" : \"2023-12-28T10:15+01:00\"",
                "\"decree\" : \"DM Interno 22/12/2023\"", "\"action\" : \"undo\"", "\"undoes\" : 1");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).as("no temporary file left").containsExactly(file.file());
        }
    }

    @Test
    void neverOverwritesAFileThatIsNotARegister() throws Exception {
        RegisterFile file = RegisterFile.beside(dir.resolve("d.json"), ROME);
        Files.writeString(file.file(), "{\"note\": \"appunti\"}\n");
        assertThatThrownBy(() -> file.load("d")).isInstanceOfSatisfying(InvalidRegisterException.class, e ->
                assertThat(e.render(Locale.ENGLISH)).isEqualTo(file.file() + ":1:1: $: is not an events register of Ciclo (expected "
                        + "a JSON file with \"format\": \"ciclo-registro-eventi/1\"): it is neither read nor overwritten; move or rename it"));
        EventRegister empty = EventRegister.empty("d");
        assertThatThrownBy(() -> file.save(empty, empty.record("a", LocalDate.of(2024, 1, 1), "x", AT, "", "")))
                .isInstanceOf(InvalidRegisterException.class);
        assertThat(Files.readString(file.file())).isEqualTo("{\"note\": \"appunti\"}\n");

        Files.writeString(file.file(), "appunti dell'ufficio\n");
        assertThatThrownBy(() -> file.load("d")).isInstanceOfSatisfying(InvalidRegisterException.class, e ->
                assertThat(e.render(Locale.ITALIAN)).contains("non è un registro degli eventi di Ciclo"));
    }

    @Test
    void refusesAnotherDirectivesRegisterAndAStaleWrite() throws Exception {
        RegisterFile file = RegisterFile.beside(dir.resolve("d.json"), ROME);
        EventRegister empty = EventRegister.empty("d");
        EventRegister mine = empty.record("a", LocalDate.of(2024, 1, 1), "x", AT, "", "");
        file.save(empty, mine);
        assertThatThrownBy(() -> file.load("altra")).isInstanceOfSatisfying(InvalidRegisterException.class, e ->
                assertThat(e.render(Locale.ENGLISH)).contains("$.directive: it is the register of directive \"d\", not of \"altra\""));
        EventRegister theirs = empty.record("a", LocalDate.of(2024, 2, 1), "y", AT, "", "");
        assertThatThrownBy(() -> file.save(empty, theirs)).isInstanceOfSatisfying(StoreException.class, e ->
                assertThat(e.getMessage()).contains("qualcun altro"));
        assertThat(file.load("d")).isEqualTo(mine);
    }

    @Test
    void namesWhereAHandEditWentWrong() throws Exception {
        RegisterFile file = RegisterFile.beside(dir.resolve("d.json"), ROME);
        Files.writeString(file.file(), """
                {"format": "ciclo-registro-eventi/1", "directive": "d",
                 "entries": [{"number": 1, "action": "record", "event": "a", "date": "2024-02-30",
                              "by": "x", "at": "28/12/2023"}]}
                """);
        assertThatThrownBy(() -> file.load("d")).isInstanceOfSatisfying(InvalidRegisterException.class, e ->
                assertThat(e.problems()).extracting(p -> p.location().path()).containsExactly(
                        "$.entries[0].date", "$.entries[0].at"));
    }
}

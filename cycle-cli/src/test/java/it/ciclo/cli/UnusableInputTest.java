package it.ciclo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Exit 2, a message naming where and what on stderr, and nothing on stdout. */
class UnusableInputTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"calendar", "check"})
    void malformedJsonNamesFileLineAndColumn(String command) throws Exception {
        Path file = write("{\n  \"id\": \"x\",\n  \"title\": \"t\"\n  \"cycle\": 1\n}");

        Run run = Run.of(command, file.toString());

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        // Where the comma goes (after "t", line 3), in words, not Jackson's English on the next line.
        assertThat(run.err()).isEqualTo(file + ", riga 3, colonna 15: manca una virgola qui: dopo questo valore viene ancora"
                + " «\"» (riga 4, colonna 3)\n");
        assertThat(Run.of(command, file.toString(), "--verbose").err()).startsWith(file + ":3:15: $.title: manca una virgola");
        assertThat(Run.of(command, file.toString(), "--lang", "en").err()).isEqualTo(file + ", line 3, column 15: a comma is"
                + " missing here: after this value comes \"\"\" (line 4, column 3)\n");
    }

    @Test
    void anInvalidDirectiveListsEveryProblem() throws Exception {
        Path file = write("""
                {"id": "x", "title": "t", "issued": {"on": "2023-09-31", "by": "SG"},
                 "cycle": {"firstYear": 2024, "lastYear": 2026},
                 "acts": [{"id": "a", "title": "A", "approval": {"days": 20, "after": "bilancio"}}]}
                """);

        Run run = Run.of("check", file.toString(), "--lang", "en");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).containsExactly(
                file + ", line 1, column 44: \"2023-09-31\" does not exist: September 2023 has 30 days",
                file + ", line 3, column 71: event \"bilancio\" is not declared in $.events (declared: —)");
    }

    @Test
    void aMissingFileIsUnusable() {
        Run run = Run.of("calendar", dir.resolve("missing.json").toString());

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("missing.json, riga 1, colonna 1: il file non esiste: controllare il nome e la cartella")
                .doesNotContain("Exception");
    }

    @Test
    void anUndeclaredEventIsUnusable() {
        Run run = Run.of("calendar", Run.SEED.toString(), "--event", "bilancio=2023-12-20");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("--event bilancio: l'evento non è dichiarato in " + Run.SEED
                + " (dichiarati: bilancio-approvato, bilancio-differito)\n");
    }

    @Test
    void anEventOnADayThatDoesNotExistOrOutsideTheYearsIsSaidSo() {
        Run feb30 = Run.of("check", Run.SEED.toString(), "--event", "bilancio-approvato=2023-02-30");
        Run year1 = Run.of("check", Run.SEED.toString(), "--event", "bilancio-approvato=0001-01-01", "--lang", "en");

        assertThat(feb30.code()).isEqualTo(2);
        assertThat(feb30.err()).isEqualTo("--event bilancio-approvato=2023-02-30: \"2023-02-30\" non esiste: febbraio 2023 ha"
                + " 28 giorni\n");
        assertThat(year1.code()).isEqualTo(2);
        assertThat(year1.err()).isEqualTo("--event bilancio-approvato=0001-01-01: \"0001-01-01\": the year 0001 is outside the"
                + " years Ciclo computes with (1900–2999)\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"bilancio-approvato", "bilancio-approvato=20/12/2023"})
    void aBadEventIsUnusable(String event) {
        Run run = Run.of("check", Run.SEED.toString(), "--event", event, "--lang", "en");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("--event \"" + event + "\": expected ID=YYYY-MM-DD");
    }

    @Test
    void anUnknownOptionOrFormatIsUnusable() {
        Run unknown = Run.of("calendar", Run.SEED.toString(), "--colour");
        Run format = Run.of("check", Run.SEED.toString(), "--format", "ics");

        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.out()).isEmpty();
        assertThat(unknown.err()).contains("--colour");
        assertThat(format.code()).isEqualTo(2);
        assertThat(format.out()).isEmpty();
        assertThat(format.err()).contains("ics");
    }

    private Path write(String json) throws Exception {
        Path file = dir.resolve("directive.json");
        Files.writeString(file, json);
        return file;
    }
}

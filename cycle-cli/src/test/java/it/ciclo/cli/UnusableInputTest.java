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
        assertThat(run.err()).startsWith(file + ":3:15: $.title: manca una virgola qui: dopo questo valore viene ancora «\"» (riga 4, colonna 3)");
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
                file + ":1:44: $.issued.on: \"2023-09-31\" does not exist: September 2023 has 30 days",
                file + ":3:71: $.acts[0].approval.after: event \"bilancio\" is not declared in $.events (declared: —)");
    }

    @Test
    void aMissingFileIsUnusable() {
        Run run = Run.of("calendar", dir.resolve("missing.json").toString());

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("missing.json:1:1: $: il file non esiste: controllare il nome e la cartella")
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

    @ParameterizedTest
    @ValueSource(strings = {"bilancio-approvato", "bilancio-approvato=20/12/2023", "bilancio-approvato=2023-02-30"})
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

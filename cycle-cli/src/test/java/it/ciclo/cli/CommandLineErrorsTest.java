package it.ciclo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Issue 12, item 2: picocli's own errors ({@code Missing required parameter}, {@code Unknown option},
 * {@code Did you mean}, {@code Invalid value for option}) reach the user in Italian, or English on
 * request, with where to find help instead of the whole help; exit 2, nothing on stdout.
 */
class CommandLineErrorsTest {

    @Test
    void aMissingFile() {
        assertError(Run.of("check"), "manca FILE: il file JSON della direttiva (vedi docs/directive-format.md).\n"
                + "Per l'aiuto: cycle check --help\n");
        assertError(Run.of("check", "--lang", "en"), "FILE is missing: the directive's JSON file (see docs/directive-format.md).\n"
                + "For help: cycle check --help\n");
    }

    @Test
    void anUnknownOptionOrCommandWithTheLikelyOne() {
        assertError(Run.of("check", Run.SEED.toString(), "--colour"), "opzione sconosciuta: --colour\n"
                + "Per l'aiuto: cycle check --help\n");
        assertError(Run.of("chek", Run.SEED.toString()), "comando sconosciuto: chek Forse: check?\nPer l'aiuto: cycle --help\n");
        assertError(Run.of("chek", "--lang", "en"), "unknown command: chek Did you mean: check?\nFor help: cycle --help\n");
        assertError(Run.of("check", Run.SEED.toString(), "--formt", "json", "--lang", "en"),
                "unknown option: --formt Did you mean: --format?\nFor help: cycle check --help\n");
    }

    @Test
    void anInvalidValueSaysWhatIsAllowed() {
        assertError(Run.of("check", Run.SEED.toString(), "--format", "ics"),
                "--format: valore non valido «ics»; valori ammessi: text, json\nPer l'aiuto: cycle check --help\n");
        assertError(Run.of("calendar", Run.SEED.toString(), "--reminder-days", "tre", "--lang", "en"),
                "--reminder-days: invalid value \"tre\"; expected a whole number\nFor help: cycle calendar --help\n");
    }

    @Test
    void noEnglishFromPicocliInItalian() {
        for (String[] args : new String[][] {{"check"}, {"check", "x", "--colour"}, {"chek"}, {"check", "x", "--format", "x"},
                {"check", "x", "--min-lead-days", "x"}, {"status", "x", "--format", "json", "--format", "csv"}, {"check", "a", "b"}}) {
            Run run = Run.of(args);
            assertThat(run.code()).isEqualTo(2);
            assertThat(run.err()).doesNotContain("Missing", "Unknown", "Did you mean", "Invalid value", "Unmatched", "expected one of",
                    "should be specified only once", "Exception");
        }
    }

    @Test
    void theHelpShowsOneDateFormPerLanguageAndEveryCommandHasADescription() {
        Run italian = Run.of("status", "--help");
        Run english = Run.of("status", "--help", "--lang", "en");

        assertThat(italian.out()).contains("--today=AAAA-MM-GG", "--event=ID=AAAA-MM-GG").doesNotContain("YYYY");
        assertThat(english.out()).contains("--today=YYYY-MM-DD", "--event=ID=YYYY-MM-DD").doesNotContain("AAAA");
        for (String[] command : new String[][] {{"calendar"}, {"check"}, {"init"}, {"status"}, {"classify"}, {"event"},
                {"event", "record"}, {"event", "list"}, {"event", "undo"}}) {
            String[] help = java.util.Arrays.copyOf(command, command.length + 1);
            help[command.length] = "--help";
            String[] lines = Run.of(help).out().split("\n");
            int description = java.util.Arrays.asList(lines).indexOf("") + 1;
            assertThat(lines[description]).as(String.join(" ", command)).isNotBlank().doesNotStartWith("Argomenti")
                    .doesNotStartWith("Opzioni");
        }
    }

    @Test
    void aRealVersion() {
        Run run = Run.of("--version");

        assertThat(run.code()).isZero();
        assertThat(run.out()).matches("(?s)cycle \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\nJava .*").doesNotContain("dev");
    }

    private static void assertError(Run run, String err) {
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo(err);
    }
}

package it.ciclo.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import it.ciclo.deadline.DeadlineOutOfRangeException;
import it.ciclo.deadline.EventDates;
import it.ciclo.deadline.Schedule;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10 and 12 on the reader: what a hand-written or hostile directive can hold, refused with
 * where and what, in Italian and English, and never by an exception other than the documented one.
 */
class HostileDirectiveTest {

    private final DirectiveReader reader = new DirectiveReader();

    @TempDir
    Path dir;

    @Test
    void aByteOrderMarkFromNotepadIsAccepted() throws Exception {
        Path file = dir.resolve("bom.json");
        Files.write(file, ("\uFEFF" + Minimal.json()).getBytes(StandardCharsets.UTF_8));

        assertThat(reader.read(file).directive().id()).isEqualTo("minimal");
    }

    @Test
    void aYearBeforeTheSupportedOnesIsRefusedWithItsPlaceNotCarriedToTheHolidays() {
        Problem p = only(Minimal.json().replace("\"2024-01-31\"", "\"0000-01-01\""));

        assertThat(p.location().path()).isEqualTo("$.acts[0].approval.on");
        assertThat(p.location().line()).isEqualTo(9);
        assertThat(p.message().render(Locale.ITALIAN))
                .isEqualTo("\"0000-01-01\": l'anno 0000 è fuori dagli anni che Ciclo gestisce (1900–2999)");
        assertThat(p.message().render(Locale.ENGLISH))
                .isEqualTo("\"0000-01-01\": the year 0000 is outside the years Ciclo computes with (1900–2999)");
    }

    @Test
    void aDayThatDoesNotExistIsSaidSoInBothLanguages() {
        Problem p = only(Minimal.json().replace("\"2024-01-31\"", "\"2025-02-29\""));

        assertThat(p.message().render(Locale.ITALIAN)).isEqualTo("\"2025-02-29\" non esiste: febbraio 2025 ha 28 giorni");
        assertThat(p.message().render(Locale.ENGLISH)).isEqualTo("\"2025-02-29\" does not exist: February 2025 has 28 days");
        assertThat(only(Minimal.json().replace("\"2024-01-31\"", "\"2024-13-01\"")).message().render(Locale.ITALIAN))
                .isEqualTo("\"2024-13-01\" non è una data: il mese 13 non esiste (i mesi vanno da 01 a 12)");
    }

    @Test
    void aComputationThatLeavesTheSupportedYearsIsRefusedNamingTheDeadline() throws Exception {
        // Every date written is in range, but 3,000 days after 2999-06-01 is not.
        String json = Minimal.json().replace("\"approval\": {\"on\": \"2024-01-31\"}",
                "\"approval\": {\"days\": 3000, \"after\": \"fine\"}").replace("\"acts\"",
                "\"events\": {\"fine\": {\"label\": \"la fine\", \"on\": \"2999-06-01\"}}, \"acts\"");
        DirectiveDocument doc = reader.read(new java.io.StringReader(json), "t.json");

        DeadlineOutOfRangeException e = catchThrowableOfType(DeadlineOutOfRangeException.class,
                () -> Schedule.of(doc.directive(), EventDates.none()));

        assertThat(e.deadline().actId()).isEqualTo("piao");
        assertThat(e.reason().render(Locale.ITALIAN)).isEqualTo("«PIAO 2024-2026» (scadenza Giunta): il calcolo porta"
                + " all'anno 3007, fuori dagli anni che Ciclo gestisce (1900–2999); controllare la regola e le date da cui parte");
        assertThat(e.reason().render(Locale.ENGLISH)).startsWith("\"PIAO 2024-2026\" (Giunta deadline): the computation leads"
                + " to the year 3007");
    }

    @Test
    void syntaxErrorsAreSaidInTheUsersWordsWhereTheFixGoes() {
        Problem trailingObject = only("{\"id\": \"x\",\n \"title\": \"t\",\n}");
        assertThat(trailingObject.location().line()).isEqualTo(2);
        assertThat(trailingObject.location().column()).isEqualTo(14);
        assertThat(trailingObject.message().render(Locale.ITALIAN))
                .isEqualTo("virgola di troppo prima di }: dopo l'ultimo elemento non va la virgola");
        assertThat(trailingObject.message().render(Locale.ENGLISH)).isEqualTo("a comma too many before }: no comma after the last item");

        Problem trailingList = only("{\"acts\": [1, 2, ]}");
        assertThat(trailingList.location().column()).isEqualTo(15);
        assertThat(trailingList.message().render(Locale.ITALIAN)).startsWith("virgola di troppo prima di ]");

        Problem word = only("{\"title\": \u201CCiclo\u201D}");
        assertThat(word.message().render(Locale.ITALIAN))
                .isEqualTo("virgolette tipografiche \u201C (come le scrive Word): in JSON si usano solo le virgolette diritte \"");
        assertThat(word.message().render(Locale.ENGLISH))
                .isEqualTo("typographic quotes \u201C (as Word writes them): JSON takes only straight quotes \"");

        Problem explorer = only("{\"folder\": \"R:\\11_Programmazione\"}");
        assertThat(explorer.location().column()).isEqualTo(15);
        assertThat(explorer.message().render(Locale.ITALIAN)).startsWith("\\1: in un testo JSON la barra rovesciata \\ introduce"
                + " un carattere speciale; in un percorso di cartelle scrivere due barre \\\\ oppure la barra /");
        assertThat(explorer.message().render(Locale.ENGLISH)).startsWith("\\1: in a JSON text the backslash \\ starts a special"
                + " character; in a folder path write two backslashes \\\\ or the slash /");

        Problem end = only("{\"id\": \"x\",\n \"acts\": [\n  {\"id\": \"a\"}\n");
        assertThat(end.location().line()).isEqualTo(2);
        assertThat(end.location().column()).isEqualTo(10);
        assertThat(end.message().render(Locale.ITALIAN))
                .isEqualTo("il file finisce, ma la parentesi [ aperta alla riga 2, colonna 10 non è chiusa");
        assertThat(end.message().render(Locale.ENGLISH))
                .isEqualTo("the file ends, but the bracket [ opened on line 2, column 10 is not closed");
    }

    @Test
    void noJacksonEnglishReachesTheUser() {
        for (String broken : List.of("{\"a\": 1\n \"b\": 2}", "{\"a\": 1,}", "[1,]", "{\"a\": xyz}", "{\"a\": \"x\ty\"}",
                "{\"a\": 01}", "{\"a\": NaN}", "{a: 1}", "{\"a\" 1}", "{\"a\": 1} x", "// c\n{}", "{\"a\": -}", "{\"a\": [1}",
                "'a'", "{\"a\":}", "{\"a\": +1}", "[".repeat(1100), "{\"a\": \"abc")) {
            Problem p = only(broken);
            for (Locale locale : List.of(Locale.ITALIAN, Locale.ENGLISH)) {
                assertThat(p.message().render(locale)).as(broken)
                        .doesNotContainIgnoringCase("unexpected character").doesNotContain("was expecting")
                        .doesNotContain("Unrecognized").doesNotContain("JsonReadFeature").doesNotContain("code 34");
            }
        }
    }

    @Test
    void aPipeGivenAsTheDirectiveIsRefusedWithoutWaitingForAWriter() throws Exception {
        Path fifo = dir.resolve("pipe.json");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(mkfifo.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(mkfifo.exitValue()).isZero();

        InvalidDirectiveException e = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> catchThrowableOfType(InvalidDirectiveException.class, () -> reader.read(fifo)));

        assertThat(e.render(Locale.ITALIAN)).isEqualTo(fifo + ":1:1: $: non è un file normale, ma una pipe, un dispositivo o"
                + " simili: indicare un file");
    }

    @Test
    void aHugeFileIsRefusedBeforeAnyOfItIsRead() throws Exception {
        Path huge = dir.resolve("huge.json");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(600L * 1024 * 1024); // sparse: takes no disk, and reading it would take 600 MB
        }
        long before = usedHeap();

        InvalidDirectiveException e = catchThrowableOfType(InvalidDirectiveException.class, () -> reader.read(huge));

        assertThat(e.render(Locale.ITALIAN)).isEqualTo(huge + ":1:1: $: il file è di 600.0 MB, più dei 16.0 MB che Ciclo"
                + " legge: una direttiva è di pochi kilobyte; è il file giusto?");
        assertThat(e.render(Locale.ENGLISH)).contains("the file is 600.0 MB, more than the 16.0 MB Ciclo reads");
        assertThat(usedHeap() - before).isLessThan(100L * 1024 * 1024);
    }

    @Test
    void sectorFolderNamesFollowTheSameRuleAsActFoldersWithTheirPlace() {
        String json = Minimal.json().replace("\"acts\"", """
                "sectors": [
                  {"id": "a", "name": "A", "folder": "Servizi: Cultura"},
                  {"id": "b", "name": "B", "folder": "CON"},
                  {"id": "c", "name": "C", "folder": "Cultura "},
                  {"id": "d", "name": "D", "folder": "Attivit\\u0000"}],
                "acts\"""");

        InvalidDirectiveException e = catchThrowableOfType(InvalidDirectiveException.class,
                () -> reader.read(new java.io.StringReader(json), "t.json"));

        assertThat(e.problems()).extracting(pr -> pr.location().path()).containsExactly(
                "$.sectors[0].folder", "$.sectors[1].folder", "$.sectors[2].folder", "$.sectors[3].folder");
        assertThat(e.problems()).extracting(pr -> pr.message().render(Locale.ITALIAN)).containsExactly(
                "il nome «Servizi: Cultura» contiene «:», che una cartella condivisa Windows non ammette (non sono ammessi"
                        + " < > : \" | ? * né, dentro un nome, / e \\)",
                "«CON» è un nome che Windows riserva ai dispositivi (CON, PRN, AUX, NUL, COM1–COM9, LPT1–LPT9): una cartella"
                        + " condivisa non può chiamarsi così",
                "il nome «Cultura » finisce con uno spazio, che Windows toglie: la cartella non si ritroverebbe; togliere lo spazio",
                "il nome «Attivit␀» contiene un carattere di controllo (␀), che una cartella condivisa non ammette");
        assertThat(e.problems().get(1).message().render(Locale.ENGLISH)).startsWith("\"CON\" is a name Windows keeps for devices");
    }

    @Test
    void echoedValuesAndListsAreCutShort() {
        String longId = "x".repeat(1_000_000);
        String json = Minimal.json().replace("\"approval\": {\"on\": \"2024-01-31\"}",
                "\"approval\": {\"days\": 1, \"after\": \"" + "a".repeat(50) + ".approval\"}, \"kind\": \"" + longId + "\"")
                .replace("\"acts\": [", "\"acts\": [" + manyActs(40));

        InvalidDirectiveException e = catchThrowableOfType(InvalidDirectiveException.class,
                () -> reader.read(new java.io.StringReader(json), "t.json"));

        String rendered = e.render(Locale.ITALIAN);
        assertThat(rendered.length()).isLessThan(2_000);
        assertThat(rendered).contains("… (1.000.000 caratteri in tutto)").contains(" e altri 31");
        assertThat(e.render(Locale.ENGLISH)).contains("… (1,000,000 characters in all)").contains(" and 31 more");
    }

    @Test
    void controlAndBidiCharactersInEchoedValuesAreShownByName() {
        Problem p = only(Minimal.json().replace("\"2024-01-31\"", "\"\\u001b[2J\\u202e2024\""));

        assertThat(p.message().render(Locale.ITALIAN)).startsWith("\"␛[2J[U+202E]2024\" non è una data")
                .doesNotContain("\u001b").doesNotContain("\u202e");
    }

    private static String manyActs(int n) {
        StringBuilder acts = new StringBuilder();
        for (int i = 0; i < n; i++) {
            acts.append("{\"id\": \"atto-").append(i).append("\", \"title\": \"T\", \"approval\": {\"on\": \"2024-01-31\"}},");
        }
        return acts.toString();
    }

    private Problem only(String json) {
        InvalidDirectiveException e = catchThrowableOfType(InvalidDirectiveException.class,
                () -> reader.read(new java.io.StringReader(json), "t.json"));
        assertThat(e).as(json).isNotNull();
        assertThat(e.problems()).as(json).hasSize(1);
        return e.problems().get(0);
    }

    private static long usedHeap() {
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }
}

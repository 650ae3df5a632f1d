package it.ciclo.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import it.ciclo.calendar.Roll;
import it.ciclo.deadline.Conditional;
import it.ciclo.deadline.DaysAfter;
import it.ciclo.deadline.EventReference;
import it.ciclo.deadline.FixedDate;
import it.ciclo.directive.Act;
import it.ciclo.directive.ActKind;
import it.ciclo.directive.Directive;
import it.ciclo.directive.EventKind;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectiveReaderTest {

    static final Path SEED = Path.of("../docs/examples/direttiva-4-2023.json");

    private final DirectiveReader reader = new DirectiveReader();

    @Test
    void readsTheSeedDirectiveAsWritten() throws Exception {
        Directive d = reader.read(SEED).directive();

        assertThat(d.id()).isEqualTo("direttiva-4-2023");
        assertThat(d.issued().on()).isEqualTo(LocalDate.of(2023, 9, 20));
        assertThat(d.issued().number()).isEqualTo("4");
        assertThat(d.cycle().label()).isEqualTo("2024-2026");
        assertThat(d.acts()).extracting(Act::id).containsExactly(
                "nota-dup", "peg", "piao", "report-intermedio-piao", "report-finale-piao", "relazione-performance");
        assertThat(d.acts()).extracting(Act::kind).containsExactly(ActKind.DUP_UPDATE, ActKind.PEG, ActKind.PIAO,
                ActKind.PIAO_INTERIM_REPORT, ActKind.PIAO_FINAL_REPORT, ActKind.PERFORMANCE_REPORT);
        assertThat(d.events().get("bilancio-approvato").kind()).contains(EventKind.BUDGET_APPROVED);

        Act peg = d.act("peg").orElseThrow();
        assertThat(peg.approval()).isEqualTo(new DaysAfter(20, new EventReference("bilancio-approvato"), Roll.NEXT_NON_HOLIDAY));
        assertThat(peg.submission().orElseThrow().due()).isEqualTo(new FixedDate(LocalDate.of(2023, 10, 5), Roll.NONE));
        assertThat(peg.submission().orElseThrow().folder())
                .isEqualTo("ATTIVITA' TRASVERSALI\\11_Programmazione e controllo\\E_PEG 2024_2026");
        assertThat(peg.text()).contains("triennio 2023-2025");

        Conditional piao = (Conditional) d.act("piao").orElseThrow().approval();
        assertThat(piao.event()).isEqualTo("bilancio-differito");
        assertThat(piao.otherwise()).isEqualTo(new FixedDate(LocalDate.of(2024, 1, 31), Roll.NONE));

        assertThat(d.act("relazione-performance").orElseThrow().submission()).isEmpty();
        assertThat(d.act("report-finale-piao").orElseThrow().reports().orElseThrow().to()).isEqualTo(LocalDate.of(2024, 12, 31));
    }

    @Test
    void remembersWhereEachValueWasWritten() throws Exception {
        DirectiveDocument doc = reader.read(SEED);

        Location on = doc.locate("$.acts[3].approval.on").orElseThrow();
        List<String> lines = Files.readAllLines(SEED);
        assertThat(lines.get(on.line() - 1).substring(on.column() - 1)).startsWith("\"2024-06-30\"");
        assertThat(doc.locate("$.acts[3].approval.on.missing")).contains(on);
    }

    @Test
    void defaultsWhatMayBeLeftOut() throws Exception {
        Directive d = read(Minimal.json());

        assertThat(d.calendar().country()).isEqualTo("IT");
        assertThat(d.calendar().patronSaint()).isEmpty();
        assertThat(d.events()).isEmpty();
        assertThat(d.sectors()).isEmpty();
        Act act = d.acts().get(0);
        assertThat(act.kind()).isEqualTo(ActKind.OTHER);
        assertThat(act.text()).isEmpty();
        assertThat(act.approval().roll()).isEqualTo(Roll.NONE);
    }

    @Test
    void readsTheCalendar() throws Exception {
        Directive d = read(Minimal.json().replace("\"cycle\"",
                "\"calendar\": {\"country\": \"IT\", \"patronSaint\": \"12-07\", \"closures\": [\"2024-08-16\", \"2024-04-26\"]}, \"cycle\""));

        assertThat(d.calendar().patronSaint()).contains(MonthDay.of(12, 7));
        assertThat(d.calendar().closures()).containsExactly(LocalDate.of(2024, 4, 26), LocalDate.of(2024, 8, 16));
    }

    @Test
    void readsAPatronSaintThatIsAHolidayByLaw() throws Exception {
        Directive rome = read(Minimal.json().replace("\"cycle\"",
                "\"calendar\": {\"patronSaint\": \"06-29\", \"patronSaintLegalHoliday\": true}, \"cycle\""));

        assertThat(rome.calendar().patronSaintLegalHoliday()).isTrue();
        assertThat(read(Minimal.json()).calendar().patronSaintLegalHoliday()).isFalse();
        assertThat(problemAt(Minimal.json().replace("\"cycle\"", "\"calendar\": {\"patronSaintLegalHoliday\": true}, \"cycle\""),
                "$.calendar.patronSaintLegalHoliday")).isEqualTo(
                "\"patronSaintLegalHoliday\" needs \"patronSaint\": which day is the holiday by law?");
    }

    @Test
    void reportsEveryProblemInFileOrder() {
        String json = """
                {
                  "id": "Bad Id",
                  "title": 7,
                  "issued": {"on": "2023-02-29", "by": "SG"},
                  "cycle": {"firstYear": 2024, "lastYear": 2026},
                  "acts": []
                }""";

        InvalidDirectiveException e = invalid(json);

        assertThat(e.problems()).extracting(p -> p.location().line()).containsExactly(2, 3, 4);
        assertThat(e.problems().get(2).location().path()).isEqualTo("$.issued.on");
        assertThat(e.problems().get(2).message().render(Locale.ITALIAN)).isEqualTo("\"2023-02-29\" non esiste: febbraio 2023 ha 28 giorni");
    }

    @Test
    void namesFileLineColumnPathAndExpectationInBothLanguages() {
        InvalidDirectiveException e = invalid(Minimal.json().replace("\"on\": \"2024-01-31\"", "\"on\": \"31.01.2024\""));

        Problem p = e.problems().get(0);
        assertThat(p.render(Locale.ITALIAN)).isEqualTo(
                "test.json:9:25: $.acts[0].approval.on: \"31.01.2024\" non è una data: atteso AAAA-MM-GG, ad esempio \"2024-01-31\"");
        assertThat(p.render(Locale.ENGLISH)).isEqualTo(
                "test.json:9:25: $.acts[0].approval.on: \"31.01.2024\" is not a date: expected YYYY-MM-DD, e.g. \"2024-01-31\"");
    }

    @Test
    void refusesMalformedJsonAtTheRightPlace() {
        InvalidDirectiveException e = invalid("{\n  \"id\": \"x\",\n  \"title\": \"t\"\n  \"cycle\": 1\n}");

        // Where the comma goes, right after "t", not where Jackson noticed it was missing (the next key).
        Location at = e.problems().get(0).location();
        assertThat(at.line()).isEqualTo(3);
        assertThat(at.column()).isEqualTo(15);
        assertThat(e.problems().get(0).message().render(Locale.ITALIAN))
                .isEqualTo("manca una virgola qui: dopo questo valore viene ancora «\"» (riga 4, colonna 3)");
        assertThat(e.problems().get(0).message().render(Locale.ENGLISH))
                .isEqualTo("a comma is missing here: after this value comes \"\"\" (line 4, column 3)");
    }

    @Test
    void refusesDuplicateKeys() {
        InvalidDirectiveException e = invalid(Minimal.json().replace("\"title\": \"Ciclo 2024-2026\",",
                "\"title\": \"Ciclo 2024-2026\", \"title\": \"again\","));

        assertThat(e.problems().get(0).message().render(Locale.ITALIAN))
                .isEqualTo("la chiave \"title\" è ripetuta nello stesso oggetto: lasciarne una");
        assertThat(e.problems().get(0).message().render(Locale.ENGLISH))
                .isEqualTo("the key \"title\" is repeated in the same object: keep one");
        assertThat(e.problems().get(0).location().line()).isEqualTo(3);
    }

    @Test
    void refusesContentAfterTheDirective() {
        assertThat(invalid(Minimal.json() + "\n{}").problems().get(0).location().line()).isEqualTo(12);
    }

    @Test
    void refusesAnEmptyFile() {
        assertThat(invalid("  \n").problems().get(0).message().render(Locale.ENGLISH)).contains("empty");
    }

    @Test
    void refusesAFileThatIsNotUtf8(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("latin1.json");
        Files.write(file, Minimal.json().replace("Ciclo", "Attività").getBytes(StandardCharsets.ISO_8859_1));

        InvalidDirectiveException e = catchThrowableOfType(InvalidDirectiveException.class, () -> reader.read(file));

        assertThat(e.render(Locale.ENGLISH)).isEqualTo(file
                + ":3:1: $: the file is not UTF-8 (line 3): save it with the UTF-8 encoding (in Notepad: Save as, Encoding: UTF-8)");
        assertThat(e.render(Locale.ITALIAN)).isEqualTo(file + ":3:1: $: il file non è in UTF-8 (riga 3): salvarlo con la codifica"
                + " UTF-8 (in Blocco note: Salva con nome, Codifica: UTF-8)");
    }

    @Test
    void refusesAMissingFileSayingWhy(@TempDir Path dir) {
        Path file = dir.resolve("nowhere.json");

        InvalidDirectiveException e = catchThrowableOfType(InvalidDirectiveException.class, () -> reader.read(file));

        // No Java class name: what the office can act on.
        assertThat(e.render(Locale.ITALIAN)).isEqualTo(file + ":1:1: $: il file non esiste: controllare il nome e la cartella");
        assertThat(e.render(Locale.ENGLISH)).isEqualTo(file + ":1:1: $: the file does not exist: check its name and folder");
    }

    @Test
    void refusesUnknownKeysListingTheAllowedOnes() {
        InvalidDirectiveException e = invalid(Minimal.json().replace("\"approval\":", "\"aproval\": {}, \"approval\":"));

        Problem p = e.problems().get(0);
        assertThat(p.location().path()).isEqualTo("$.acts[0].aproval");
        assertThat(p.message().render(Locale.ENGLISH))
                .isEqualTo("unknown key \"aproval\"; allowed here: id, kind, title, text, approval, submission, reports");
    }

    @Test
    void refusesMissingKeysAtTheObjectThatLacksThem() {
        InvalidDirectiveException e = invalid(Minimal.json().replace("\"by\": \"Il Segretario Generale\", ", ""));

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.location().path()).isEqualTo("$.issued");
            assertThat(p.message().render(Locale.ENGLISH)).isEqualTo("missing required key \"by\"");
        });
    }

    @Test
    void refusesValuesOfTheWrongType() {
        assertThat(problemAt(Minimal.json().replace("\"firstYear\": 2024", "\"firstYear\": \"2024\""), "$.cycle.firstYear"))
                .isEqualTo("expected a whole number");
        assertThat(problemAt(Minimal.json().replace("\"firstYear\": 2024", "\"firstYear\": 2024.5"), "$.cycle.firstYear"))
                .isEqualTo("expected a whole number");
        assertThat(problemAt(Minimal.json().replace("\"acts\": [", "\"sectors\": {}, \"acts\": ["), "$.sectors"))
                .isEqualTo("expected a list [ ... ]");
        assertThat(problemAt(Minimal.json().replace("{\"on\": \"2024-01-31\"}", "\"2024-01-31\""), "$.acts[0].approval"))
                .isEqualTo("expected a deadline rule { ... }");
    }

    @Test
    void refusesValuesOutOfRange() {
        assertThat(problemAt(Minimal.json().replace("\"lastYear\": 2026", "\"lastYear\": 2023"), "$.cycle.lastYear"))
                .isEqualTo("the last year (2023) is before the first (2024)");
        assertThat(problemAt(Minimal.json().replace("{\"on\": \"2024-01-31\"}", "{\"days\": -1, \"after\": \"x\"}"),
                "$.acts[0].approval.days")).isEqualTo("-1 is outside the allowed range (0–3660)");
        assertThat(problemAt(Minimal.json().replace("\"cycle\"", "\"calendar\": {\"patronSaint\": \"02-30\"}, \"cycle\""),
                "$.calendar.patronSaint")).startsWith("\"02-30\" is not a valid day of the year");
        assertThat(problemAt(Minimal.json().replace("\"cycle\"", "\"calendar\": {\"country\": \"FR\"}, \"cycle\""),
                "$.calendar.country")).isEqualTo("\"FR\" is not allowed; allowed values: IT");
    }

    @Test
    void refusesRulesWithoutExactlyOneKind() {
        assertThat(problemAt(Minimal.json().replace("{\"on\": \"2024-01-31\"}", "{\"on\": \"2024-01-31\", \"days\": 3}"),
                "$.acts[0].approval")).isEqualTo(
                "a deadline rule has exactly one of the keys on, days, workingDays, latest, earliest, if; found: on, days");
        assertThat(problemAt(Minimal.json().replace("{\"on\": \"2024-01-31\"}", "{\"roll\": \"none\"}"),
                "$.acts[0].approval")).endsWith("found: —");
        assertThat(problemAt(Minimal.json().replace("{\"on\": \"2024-01-31\"}", "{\"latest\": []}"),
                "$.acts[0].approval.latest")).isEqualTo("\"latest\" needs at least one rule");
        assertThat(problemAt(Minimal.json().replace("{\"on\": \"2024-01-31\"}",
                "{\"workingDays\": 3, \"after\": \"a.approval\", \"before\": \"a.approval\"}"), "$.acts[0].approval"))
                .isEqualTo("a \"workingDays\" rule has exactly one of \"after\" and \"before\"");
        assertThat(problemAt(Minimal.json().replace("{\"on\": \"2024-01-31\"}", "{\"on\": \"2024-01-31\", \"roll\": \"sideways\"}"),
                "$.acts[0].approval.roll")).isEqualTo(
                "\"sideways\" is not allowed; allowed values: none, next-non-holiday, next-working-day, previous-working-day");
    }

    @Test
    void refusesReferencesToWhatIsNotDeclared() {
        assertThat(problemAt(Minimal.json().replace("{\"on\": \"2024-01-31\"}", "{\"days\": 20, \"after\": \"bilancio\"}"),
                "$.acts[0].approval.after")).isEqualTo("event \"bilancio\" is not declared in $.events (declared: —)");
        assertThat(problemAt(Minimal.json().replace("{\"on\": \"2024-01-31\"}", "{\"days\": 20, \"after\": \"peg.approval\"}"),
                "$.acts[0].approval.after")).isEqualTo("act \"peg\" is not declared in $.acts (declared: piao)");
        assertThat(problemAt(Minimal.json().replace("{\"on\": \"2024-01-31\"}", "{\"days\": 1, \"after\": \"piao.submission\"}"),
                "$.acts[0].approval.after")).isEqualTo("act \"piao\" has no internal deadline (\"submission\")");
        assertThat(problemAt(Minimal.json().replace("{\"on\": \"2024-01-31\"}", "{\"days\": 1, \"after\": \"piao.due\"}"),
                "$.acts[0].approval.after")).startsWith("\"piao.due\" is not a valid reference");
        assertThat(problemAt(Minimal.json().replace("{\"on\": \"2024-01-31\"}",
                "{\"if\": \"differito\", \"then\": {\"on\": \"2024-03-01\"}, \"else\": {\"on\": \"2024-01-31\"}}"),
                "$.acts[0].approval.if")).startsWith("event \"differito\" is not declared");
    }

    @Test
    void refusesDeadlinesThatDependOnEachOtherInACircle() {
        String json = Minimal.json().replace("{\"on\": \"2024-01-31\"}", "{\"workingDays\": 5, \"after\": \"piao.submission\"}")
                .replace("\"title\": \"PIAO 2024-2026\",",
                        "\"title\": \"PIAO 2024-2026\", \"submission\": {\"due\": {\"workingDays\": 10, \"before\": \"piao.approval\"},"
                                + " \"folder\": \"PIAO\"},");

        assertThat(problemAt(json, "$.acts[0].approval")).isIn(
                "deadlines depend on each other in a circle: piao.approval → piao.submission → piao.approval");
    }

    @Test
    void refusesRepeatedIdentifiers() {
        String json = Minimal.json().replace("\"acts\": [", """
                "sectors": [{"id": "a", "name": "A", "folder": "A"}, {"id": "a", "name": "B", "folder": "B"}],
                "acts": [""");

        assertThat(problemAt(json, "$.sectors[1]")).isEqualTo("identifier \"a\" repeated (already used at $.sectors[0])");
    }

    @Test
    void refusesFolderNamesThatAreNotOneFolder() {
        String json = Minimal.json().replace("\"acts\": [", """
                "sectors": [{"id": "a", "name": "A", "folder": "A/B"}],
                "acts": [""");

        assertThat(problemAt(json, "$.sectors[0].folder")).startsWith("\"A/B\" is not a valid folder name");
    }

    @Test
    void refusesActFoldersOutsideTheStoreAsEarlyAsReading() {
        String json = Minimal.json().replace("\"title\": \"PIAO 2024-2026\",",
                "\"title\": \"PIAO 2024-2026\", \"submission\": {\"due\": {\"on\": \"2024-01-15\"}, \"folder\": \"R:\\\\PIAO\\\\..\\\\..\\\\Altro\"},");

        assertThat(problemAt(json, "$.acts[0].submission.folder")).startsWith("\"R:\\PIAO\\..\\..\\Altro\": \"..\" would lead outside the shared folder");
    }

    @Test
    void refusesBadIdentifiers() {
        assertThat(problemAt(Minimal.json(), "$.id", "\"id\": \"minimal\"", "\"id\": \"Direttiva 4\""))
                .startsWith("\"Direttiva 4\" is not a valid identifier");
    }

    @Test
    void refusesUnknownTopLevelKeys() {
        assertThatThrownBy(() -> read(Minimal.json().replace("\"acts\"", "\"atti\": [], \"acts\"")))
                .isInstanceOf(InvalidDirectiveException.class)
                .hasMessageContaining("$.atti: chiave sconosciuta \"atti\"");
    }

    @Test
    void acceptsAJsonSchemaReference() throws Exception {
        Directive d = read(Minimal.json().replace("{\n", "{\n  \"$schema\": \"directive.schema.json\",\n"));

        assertThat(d.id()).isEqualTo("minimal");
        assertThat(Optional.of(d.acts().get(0).approval())).contains(new FixedDate(LocalDate.of(2024, 1, 31), Roll.NONE));
    }

    private Directive read(String json) throws InvalidDirectiveException {
        return reader.read(new StringReader(json), "test.json").directive();
    }

    private InvalidDirectiveException invalid(String json) {
        InvalidDirectiveException e = catchThrowableOfType(InvalidDirectiveException.class, () -> read(json));
        assertThat(e).as("the reader should refuse:%n%s", json).isNotNull();
        return e;
    }

    /** The English message of the only problem, which must be at {@code path}. */
    private String problemAt(String json, String path) {
        InvalidDirectiveException e = invalid(json);
        assertThat(e.problems()).as(e.render(Locale.ENGLISH)).hasSize(1);
        assertThat(e.problems().get(0).location().path()).isEqualTo(path);
        return e.problems().get(0).message().render(Locale.ENGLISH);
    }

    private String problemAt(String json, String path, String from, String to) {
        return problemAt(json.replace(from, to), path);
    }
}

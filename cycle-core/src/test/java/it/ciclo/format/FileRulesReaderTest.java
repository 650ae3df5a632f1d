package it.ciclo.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import it.ciclo.calendar.CalendarSpec;
import it.ciclo.directive.Directive;
import it.ciclo.directive.FileRules;
import it.ciclo.directive.SubmissionTerms;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The keys issue 9 added to the directive: {@code files} (name matching, ignore list, templates
 * folder), {@code calendar.zone}, {@code submission.opens} and {@code submission.sectors}; each read,
 * defaulted, and refused where it is written.
 */
class FileRulesReaderTest {

    private static final String SECTORS = """
            "sectors": [{"id": "lavori-pubblici", "name": "Settore Lavori Pubblici", "folder": "Lavori Pubblici"},
                        {"id": "ragioneria", "name": "Ragioneria", "folder": "Ragioneria"}],
            "acts": [""";

    @Test
    void defaultsIgnoreCaseNoExtraPatternsNoTemplatesRomeTheDayAfterTheDirectiveAndEverySector() throws Exception {
        Directive d = read(withSubmission(""));
        assertThat(d.files()).isEqualTo(FileRules.DEFAULTS);
        assertThat(d.files().matchCase()).isFalse();
        assertThat(d.calendar().zone()).isEqualTo(ZoneId.of("Europe/Rome"));
        SubmissionTerms terms = d.acts().get(0).submission().orElseThrow();
        assertThat(terms.opens()).isEmpty();
        assertThat(d.collectionOpens(d.acts().get(0))).isEqualTo(LocalDate.of(2023, 9, 21));
        assertThat(d.sectorsOwing(d.acts().get(0))).extracting(s -> s.id()).containsExactly("lavori-pubblici", "ragioneria");
    }

    @Test
    void readsWhatIsWritten() throws Exception {
        Directive d = read(withSubmission(", \"opens\": \"2023-10-01\", \"sectors\": [\"ragioneria\"]")
                .replace("\"cycle\"", """
                        "files": {"matchCase": true, "ignore": ["*.bak", "Copia di *"], "templatesFolder": "Modelli"},
                        "calendar": {"zone": "Europe/Zurich"},
                        "cycle\""""));
        assertThat(d.files()).isEqualTo(new FileRules(true, List.of("*.bak", "Copia di *"), Optional.of("Modelli")));
        assertThat(d.calendar().zone()).isEqualTo(ZoneId.of("Europe/Zurich"));
        assertThat(d.collectionOpens(d.acts().get(0))).isEqualTo(LocalDate.of(2023, 10, 1));
        assertThat(d.sectorsOwing(d.acts().get(0))).extracting(s -> s.id()).containsExactly("ragioneria");
        assertThat(CalendarSpec.italy().zone()).isEqualTo(CalendarSpec.ROME);
    }

    @Test
    void refusesEachNewKeyWhereItIsWritten() {
        String json = withSubmission(", \"opens\": \"2023-10-32\", \"sectors\": [\"urbanistica\", \"ragioneria\", \"ragioneria\"]")
                .replace("\"cycle\"", """
                        "files": {"matchCase": "no", "ignore": ["*.bak", "a/b", "*.bak"], "templatesFolder": "A\\\\B", "altro": 1},
                        "calendar": {"zone": "Europe/Roma"},
                        "cycle\"""");
        InvalidDirectiveException e = catchThrowableOfType(InvalidDirectiveException.class, () -> read(json));
        assertThat(e).isNotNull();
        assertThat(e.problems()).extracting(p -> p.render(Locale.ENGLISH)).containsExactly(
                "t.json:5:26: $.files.matchCase: expected true or false",
                "t.json:5:52: $.files.ignore[1]: \"a/b\" is not a valid name to ignore: one name, without / or \\, with * and ? as wildcards",
                "t.json:5:88: $.files.templatesFolder: \"A\\B\" is not a valid folder name: a single folder, without / or \\",
                "t.json:5:96: $.files.altro: unknown key \"altro\"; allowed here: matchCase, ignore, templatesFolder",
                "t.json:6:22: $.calendar.zone: \"Europe/Roma\" is not a time zone; expected a name such as \"Europe/Rome\"",
                "t.json:13:73: $.acts[0].submission.opens: \"2023-10-32\" does not exist: October 2023 has 31 days",
                "t.json:13:99: $.acts[0].submission.sectors[0]: sector \"urbanistica\" is not declared in $.sectors (declared: lavori-pubblici, ragioneria)",
                "t.json:13:128: $.acts[0].submission.sectors[2]: \"ragioneria\" repeated (already written at $.acts[0].submission.sectors[1])");
        assertThat(problems(withSubmission("").replace("\"cycle\"", "\"files\": {\"ignore\": [\"*.bak\", \"*.BAK\", \"*.bak\"]}, \"cycle\"")))
                .containsExactly("t.json:5:42: $.files.ignore[2]: \"*.bak\" repeated (already written at $.files.ignore[0])");
    }

    @Test
    void refusesAnEmptySectorListAndSectorsOfASharedAct() {
        assertThat(problems(withSubmission(", \"sectors\": []"))).containsExactly(
                "t.json:11:75: $.acts[0].submission.sectors: \"sectors\" names at least one sector; for every sector, leave the key out");
        assertThat(problems(withSubmission(", \"shared\": true, \"sectors\": [\"ragioneria\"]"))).containsExactly(
                "t.json:11:80: $.acts[0].submission.sectors: a shared act (\"shared\": true) has no sector folders: it names no sectors");
    }

    /** The minimal directive with two sectors and a submission; {@code more} goes inside the submission. */
    private static String withSubmission(String more) {
        return Minimal.json().replace("\"acts\": [", SECTORS).replace("\"title\": \"PIAO 2024-2026\",",
                "\"title\": \"PIAO 2024-2026\",\n \"submission\": {\"due\": {\"on\": \"2024-01-15\"}, \"folder\": \"PIAO\"" + more + "},");
    }

    private static Directive read(String json) throws InvalidDirectiveException {
        return new DirectiveReader().read(new StringReader(json), "t.json").directive();
    }

    private static List<String> problems(String json) {
        InvalidDirectiveException e = catchThrowableOfType(InvalidDirectiveException.class, () -> read(json));
        assertThat(e).as(json).isNotNull();
        return e.problems().stream().map(p -> p.render(Locale.ENGLISH)).toList();
    }
}

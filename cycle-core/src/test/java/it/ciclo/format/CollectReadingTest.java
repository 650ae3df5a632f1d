package it.ciclo.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import it.ciclo.collect.CollectSettings;
import it.ciclo.collect.ProposalSettings;
import it.ciclo.proposal.RedRule;
import it.ciclo.scheda.SchedaColumn;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The directive's {@code collect} settings: read strictly, every problem located, defaults when absent. */
class CollectReadingTest {

    /** A directive with two sectors and acts with and without files; {@code COLLECT} is replaced. */
    static final String BASE = """
            {"id": "d", "title": "Ciclo 2024-2026", "issued": {"on": "2023-09-20", "by": "SG"},
             "cycle": {"firstYear": 2024, "lastYear": 2026},
             "sectors": [{"id": "lavori-pubblici", "name": "Settore Lavori Pubblici", "folder": "Lavori Pubblici"},
                         {"id": "servizi-persona", "name": "Settore Servizi alla Persona", "folder": "Servizi alla Persona"}],
             "acts": [
               {"id": "nota-dup", "kind": "nota-aggiornamento-dup", "title": "Nota", "approval": {"on": "2023-11-15"},
                "submission": {"due": {"on": "2023-10-05"}, "folder": "D_DUP"}},
               {"id": "piao", "kind": "piao", "title": "PIAO", "approval": {"on": "2024-01-31"},
                "submission": {"due": {"on": "2024-01-15"}, "folder": "F_PIAO"}},
               {"id": "relazione", "title": "Relazione", "approval": {"on": "2025-05-31"}}
             ]COLLECT}
            """;

    static final String SCHEDE = """
            "schede": {"acts": ["piao"], "sheet": "Schede", "headerRow": 3,
                       "columns": {"action": "Azione", "indicator": "Indicatore", "baseline": "Baseline",
                                   "source": "Fonte dei dati", "target": "Risultato atteso"}}""";

    private static DirectiveDocument read(String collect) throws InvalidDirectiveException {
        return new DirectiveReader().read(new StringReader(BASE.replace("COLLECT", collect)), "d.json");
    }

    private static List<String> problems(String collect, Locale locale) {
        InvalidDirectiveException e = catchThrowableOfType(InvalidDirectiveException.class, () -> read(collect));
        assertThat(e).as(collect).isNotNull();
        return e.problems().stream().map(p -> p.render(locale)).toList();
    }

    @Test
    void withoutCollectTheDupActsAreReadForProposalsWithTheOfficeReds() throws Exception {
        CollectSettings settings = read("").collect();

        assertThat(settings.proposals().acts()).containsExactly("nota-dup");
        assertThat(settings.proposals().levels()).isEqualTo(ProposalSettings.DUP_LEVELS);
        assertThat(settings.red()).isEqualTo(RedRule.STANDARD);
        assertThat(settings.schede()).isEmpty();
        assertThat(settings.authors().asMap()).isEmpty();
    }

    @Test
    void readsEveryKey() throws Exception {
        CollectSettings settings = read(", " + """
                "collect": {
                  "red": {"colours": ["#ff0000", "C00000"], "similar": false},
                  "authors": {"Mario Rossi": "lavori-pubblici", "lbianchi": "servizi-persona"},
                  "proposals": {"acts": ["nota-dup"], "levels": ["Indirizzo", "Obiettivo"], "templates": "D_DUP\\\\Modelli"},
                  """ + SCHEDE + "}").collect();

        assertThat(settings.red()).isEqualTo(new RedRule(List.of("FF0000", "C00000"), false));
        assertThat(settings.authors().sectorOf("MARIO  ROSSI")).contains("lavori-pubblici");
        assertThat(settings.proposals().levels()).containsExactly("Indirizzo", "Obiettivo");
        assertThat(settings.proposals().templates()).contains("D_DUP\\Modelli");
        assertThat(settings.schede().orElseThrow().acts()).containsExactly("piao");
        assertThat(settings.schede().orElseThrow().template().sheet()).contains("Schede");
        assertThat(settings.schede().orElseThrow().template().headerRow()).isEqualTo(3);
        assertThat(settings.schede().orElseThrow().template().headers()).containsEntry(SchedaColumn.SOURCE, "Fonte dei dati")
                .doesNotContainKey(SchedaColumn.RESULT);
    }

    @Test
    void locatesEveryProblemWithFileLineColumnAndPathInItalianAndEnglish() {
        String collect = """
                ,
                 "collect": {"red": {"colours": ["rosso"]},
                             "authors": {"Mario Rossi": "urbanistica"},
                             "proposals": {"acts": ["relazione", "bilancio"], "levels": []},
                             "schede": {"acts": ["piao"], "columns": {"action": "Azione", "indicator": "Azione", "baseline": "B",
                                        "source": "F", "obiettivo": "O"}}}""";

        assertThat(problems(collect, Locale.ITALIAN)).containsExactly(
                "d.json:12:34: $.collect.red.colours[0]: \"rosso\" non è un colore: attese sei cifre esadecimali, con o senza #, ad esempio \"FF0000\"",
                "d.json:13:41: $.collect.authors[\"Mario Rossi\"]: il settore \"urbanistica\" non è dichiarato in $.sectors (dichiarati: lavori-pubblici, servizi-persona)",
                "d.json:14:37: $.collect.proposals.acts[0]: l'atto \"relazione\" non chiede file (manca \"submission\"): non c'è una cartella da cui raccogliere",
                "d.json:14:50: $.collect.proposals.acts[1]: l'atto \"bilancio\" non è dichiarato in $.acts (dichiarati: nota-dup, piao, relazione)",
                "d.json:14:73: $.collect.proposals.levels: da 1 a 3 livelli di obiettivo, dall'indirizzo strategico in giù",
                "d.json:15:54: $.collect.schede.columns: manca la chiave obbligatoria \"target\"",
                "d.json:15:88: $.collect.schede.columns.indicator: l'intestazione \"Azione\" è già quella della colonna \"action\"",
                "d.json:16:40: $.collect.schede.columns.obiettivo: chiave sconosciuta \"obiettivo\"; ammesse qui: objective, action, "
                        + "sector, internalParties, externalParties, indicator, baseline, source, target, result, gap");
        assertThat(problems(collect, Locale.ENGLISH).get(0))
                .isEqualTo("d.json:12:34: $.collect.red.colours[0]: \"rosso\" is not a colour: six hexadecimal digits expected, with or without #, e.g. \"FF0000\"");
    }

    @Test
    void anAuthorWrittenTwiceForTwoSectorsIsRefused() {
        assertThat(problems(", \"collect\": {\"authors\": {\"Mario Rossi\": \"lavori-pubblici\", \"mario rossi\": \"servizi-persona\"}}",
                Locale.ENGLISH)).containsExactly("d.json:11:63: $.collect.authors[\"mario rossi\"]: author \"mario rossi\" is already mapped, "
                        + "as \"Mario Rossi\", to sector \"lavori-pubblici\"");
    }

    @Test
    void anUnknownKeyInCollectIsRefusedLikeAnywhereElse() {
        assertThat(problems(", \"collect\": {\"rosso\": {}}", Locale.ENGLISH)).singleElement().asString()
                .endsWith("$.collect.rosso: unknown key \"rosso\"; allowed here: red, authors, proposals, schede");
        assertThat(problems(", \"collect\": {\"schede\": {\"columns\": {}}}", Locale.ENGLISH))
                .contains("d.json:11:27: $.collect.schede: missing required key \"acts\"",
                        "d.json:11:39: $.collect.schede.columns: missing required key \"action\"");
    }
}

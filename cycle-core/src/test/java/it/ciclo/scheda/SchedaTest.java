package it.ciclo.scheda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import it.ciclo.reader.FileProblem;
import it.ciclo.reader.UnreadableFileException;
import it.ciclo.store.StorePath;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Rows read from a sheet under the template's headers, and the checks made on them. */
class SchedaTest {

    static final SchedaTemplate TEMPLATE = new SchedaTemplate(Optional.of("Schede"), 2, Map.of(
            SchedaColumn.OBJECTIVE, "Obiettivo operativo",
            SchedaColumn.ACTION, "Azione",
            SchedaColumn.INDICATOR, "Indicatore",
            SchedaColumn.BASELINE, "Baseline",
            SchedaColumn.SOURCE, "Fonte dei dati",
            SchedaColumn.TARGET, "Risultato atteso",
            SchedaColumn.RESULT, "Risultato raggiunto",
            SchedaColumn.GAP, "Motivazione"));

    private static final StorePath FILE = StorePath.of("F_PIAO", "Lavori Pubblici", "scheda.xlsx");

    private static SchedaRows read(List<List<String>> rows) {
        SchedaRows handler = new SchedaRows(TEMPLATE, FILE, List.of("piao"), Optional.of("lavori-pubblici"), false);
        handler.sheet("Schede");
        for (int i = 0; i < rows.size(); i++) {
            handler.row(i + 1, rows.get(i));
        }
        return handler;
    }

    @Test
    void findsTheColumnsByHeaderWhateverTheirOrderAndCarriesMergedValuesDown() throws Exception {
        List<SchedaRow> rows = read(List.of(
                List.of("SCHEDA PIAO 2024-2026"),
                List.of("Azione", "Obiettivo operativo", "FONTE DEI DATI:", "Indicatore", "Baseline", "Risultato atteso", "Note"),
                List.of("Pista ciclabile nord", "1.1.1", "Ufficio tecnico", "Km realizzati", "0", "3 km"),
                List.of("", "", "Ufficio tecnico", "Utenti giornalieri", "", "200"),
                List.of("", "", "", "", "", "", "Nota: compilare tutte le colonne"))).rows();

        assertThat(rows).hasSize(2);
        SchedaRow second = rows.get(1);
        assertThat(second.row()).isEqualTo(4);
        assertThat(second.value(SchedaColumn.ACTION)).isEqualTo("Pista ciclabile nord");
        assertThat(second.value(SchedaColumn.OBJECTIVE)).isEqualTo("1.1.1");
        assertThat(second.value(SchedaColumn.BASELINE)).isEmpty();
        assertThat(second.at(SchedaColumn.BASELINE)).isEqualTo(new SheetLocation(FILE, "Schede", 4, 5));
        assertThat(second.at(SchedaColumn.BASELINE).cell()).isEqualTo("E4");
        assertThat(second.at(SchedaColumn.RESULT).cell()).isEqualTo("4");
        assertThat(second.sector()).contains("lavori-pubblici");
    }

    @Test
    void aHeaderRowWithoutTheTemplatesColumnsRefusesTheFileNamingWhatIsMissingAndWhatIsThere() {
        SchedaRows handler = read(List.of(List.of("x"), List.of("Azione", "Indicatore", "Valore iniziale")));

        UnreadableFileException e = catchThrowableOfType(UnreadableFileException.class, handler::rows);
        assertThat(e.problem()).isEqualTo(FileProblem.COLUMNS_MISSING);
        assertThat(e.detail().render(java.util.Locale.ITALIAN)).contains("«Baseline»", "«Fonte dei dati»", "riga 2",
                "trovate: «Azione», «Indicatore», «Valore iniziale»");
    }

    private static SchedaRow row(String indicator, String baseline, String source, String target, String result, String gap) {
        try {
            return rowOf(indicator, baseline, source, target, result, gap);
        } catch (UnreadableFileException e) {
            throw new AssertionError(e);
        }
    }

    private static SchedaRow rowOf(String indicator, String baseline, String source, String target, String result, String gap)
            throws UnreadableFileException {
        return read(List.of(List.of(),
                List.of("Azione", "Indicatore", "Baseline", "Fonte dei dati", "Risultato atteso", "Risultato raggiunto", "Motivazione", "Obiettivo operativo"),
                List.of("Azione A", indicator, baseline, source, target, result, gap))).rows().get(0);
    }

    @Test
    void eachRowNeedsBaselineSourceAndAMeasurableTargetAndNoResultWithoutTarget() {
        assertThat(SchedaChecks.row(row("Km", "0", "Ufficio", "3 km", "", ""), false)).isEmpty();
        assertThat(issues(SchedaChecks.row(row("Km", "", "", "migliorare", "", ""), false)))
                .containsExactly("baseline-missing@C3", "source-missing@D3", "target-not-measurable@E3");
        assertThat(issues(SchedaChecks.row(row("Km", "0", "Ufficio", "", "2 km", ""), false)))
                .containsExactly("result-without-target@F3");
        assertThat(issues(SchedaChecks.row(row("Km", "0", "Ufficio", "Sì", "", ""), false))).isEmpty();
    }

    @Test
    void aReportAlsoNeedsTheResultAndAnExplanationWhenItDiffersFromTheTarget() {
        assertThat(issues(SchedaChecks.row(row("Km", "0", "Ufficio", "3 km", "", ""), true))).containsExactly("result-missing@F3");
        assertThat(issues(SchedaChecks.row(row("Km", "0", "Ufficio", "3 km", "2,5 km", ""), true))).containsExactly("gap-unexplained@G3");
        assertThat(issues(SchedaChecks.row(row("Km", "0", "Ufficio", "3 km", "2,5 km", "ritardo della gara"), true))).isEmpty();
        assertThat(issues(SchedaChecks.row(row("%", "80%", "Ufficio", "95%", "95%", ""), true))).isEmpty();
    }

    @Test
    void aReportsActionsAreComparedWithThePlansSectorBySector() throws Exception {
        SchedaRow plan1 = row("Km", "0", "U", "3", "", "");
        SchedaRow planOther = read(List.of(List.of(), List.of("Azione", "Indicatore", "Baseline", "Fonte dei dati", "Risultato atteso"),
                List.of("Azione B", "N", "0", "U", "1"))).rows().get(0);
        SchedaRow reportNew = read(List.of(List.of(), List.of("Azione", "Indicatore", "Baseline", "Fonte dei dati", "Risultato atteso"),
                List.of("azione  a", "Km", "0", "U", "3"), List.of("Azione C", "N", "0", "U", "1"))).rows().get(1);

        List<SchedaFinding> found = SchedaChecks.compare(List.of(plan1, planOther),
                List.of(read(List.of(List.of(), List.of("Azione", "Indicatore", "Baseline", "Fonte dei dati", "Risultato atteso"),
                        List.of("azione  a", "Km", "0", "U", "3"))).rows().get(0), reportNew), "PIAO", "Report finale");

        assertThat(found).extracting(f -> f.issue().jsonName() + ":" + f.message().render(java.util.Locale.ITALIAN)).containsExactly(
                "action-not-in-plan:l'azione «Azione C» del report non è nella scheda del settore per «PIAO»",
                "action-not-reported:l'azione «Azione B» del piano manca nel report «Report finale» del settore");
    }

    @Test
    void measurableTargetsAndTheNumberAValueStates() {
        assertThat(Measurable.isMeasurable("entro il 30/06/2025")).isTrue();
        assertThat(Measurable.isMeasurable("no")).isTrue();
        assertThat(Measurable.isMeasurable("Migliorare il servizio")).isFalse();
        assertThat(Measurable.number("1.234,5 pratiche")).hasValue(1234.5);
        assertThat(Measurable.number("95%")).hasValue(95);
        assertThat(Measurable.number("da 3 a 5")).isEmpty();
        assertThat(Measurable.number("31/12/2024")).isEmpty();
    }

    private static List<String> issues(List<SchedaFinding> findings) {
        return findings.stream().map(f -> f.issue().jsonName() + "@" + f.at().cell()).toList();
    }
}

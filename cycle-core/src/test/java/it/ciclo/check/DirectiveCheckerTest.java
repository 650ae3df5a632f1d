package it.ciclo.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import it.ciclo.deadline.EventDates;
import it.ciclo.deadline.Schedule;
import it.ciclo.directive.Directive;
import it.ciclo.format.DirectiveReader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DirectiveCheckerTest {

    private static final Path SEED = Path.of("../docs/examples/direttiva-4-2023.json");

    @Test
    void findsTheSlipsOfTheSeedDirective() throws Exception {
        List<Finding> findings = check(new DirectiveReader().read(SEED).directive(), EventDates.none());

        assertThat(findings).extracting(f -> f.severity(), f -> f.code().code(), f -> f.act().orElse(null), Finding::path)
                .containsExactly(
                        tuple(Severity.ERROR, "due-before-period-end", "report-intermedio-piao", "$.acts[3].submission.due"),
                        tuple(Severity.ERROR, "short-lead-time", "report-finale-piao", "$.acts[4].submission.due"),
                        tuple(Severity.ERROR, "year-mismatch", "report-finale-piao", "$.acts[4].submission.folder"),
                        tuple(Severity.WARNING, "year-mismatch", "peg", "$.acts[1].text"),
                        tuple(Severity.WARNING, "non-working-day", "report-intermedio-piao", "$.acts[3].approval.on"),
                        tuple(Severity.WARNING, "shared-deadline", "report-intermedio-piao", "$.acts[3].submission.due"),
                        tuple(Severity.WARNING, "year-mismatch", "report-finale-piao", "$.acts[4].text"),
                        tuple(Severity.WARNING, "non-working-day", "relazione-performance", "$.acts[5].approval.on"),
                        tuple(Severity.INFO, "pending", "peg", "$.acts[1].approval"));
        assertThat(findings.get(2).message().render(Locale.ITALIAN))
                .isEqualTo("la cartella indica il triennio 2022-2024, ma il ciclo è 2024-2026: i file finirebbero nella cartella sbagliata");
        assertThat(findings.get(4).message().render(Locale.ITALIAN))
                .isEqualTo("«Report intermedio e variazioni al PIAO» (scadenza Giunta): il 30/06/2024 cade di domenica");
        assertThat(DirectiveChecker.hasErrors(findings)).isTrue();
    }

    @Test
    void aLateBudgetOvertakesTheFixedPiaoDateUntilTheDeferralIsRegistered() throws Exception {
        Directive seed = new DirectiveReader().read(SEED).directive();
        LocalDate lateBudget = LocalDate.of(2024, 2, 20);

        List<Finding> withoutDecree = check(seed, EventDates.none().with("bilancio-approvato", lateBudget));
        List<Finding> withDecree = check(seed, EventDates.none().with("bilancio-approvato", lateBudget)
                .with("bilancio-differito", LocalDate.of(2024, 3, 15)));

        assertThat(codes(withoutDecree, "piao")).contains("legal-order");
        assertThat(message(withoutDecree, "legal-order")).isEqualTo("«PIAO – Piano Integrato Attività e Organizzazione 2024-2026» "
                + "(31/01/2024) precede «l'approvazione del bilancio di previsione» (20/02/2024), ma la legge lo vuole dopo (DM 132/2022 art. 8)");
        assertThat(codes(withDecree, "piao")).doesNotContain("legal-order", "statutory-deadline");
    }

    /** Issue 9, item 9: the checks respect the sectors an act names. */
    @Test
    void warnsOfASectorThatNoActAsksForFilesOnceActsNameTheirSectors() throws Exception {
        String json = Files.readString(SEED).replace("E_PEG 2024_2026\",", "E_PEG 2024_2026\", \"sectors\": [\"lavori-pubblici\"],");
        for (String folder : new String[] {"D_DUP 2024_2026", "F_PIAO 2024_2026", "C_Aggiornamento PEG 2022-2024"}) {
            json = json.replace(folder + "\",", folder + "\", \"sectors\": [\"lavori-pubblici\", \"servizi-finanziari\"],");
        }
        List<Finding> findings = check(new DirectiveReader().read(new java.io.StringReader(json), "d.json").directive(), EventDates.none());
        assertThat(findings).filteredOn(f -> f.code() == FindingCode.UNASKED_SECTOR)
                .extracting(Finding::path, f -> f.message().toString(), f -> f.severity()).containsExactly(
                        tuple("$.sectors[0]", "«Settore Affari Generali» non deve consegnare per alcun atto: ogni atto che chiede "
                                + "file ai settori ne nomina altri in \"sectors\"", Severity.WARNING),
                        tuple("$.sectors[3]", "«Settore Servizi alla Persona» non deve consegnare per alcun atto: ogni atto che "
                                + "chiede file ai settori ne nomina altri in \"sectors\"", Severity.WARNING));
        assertThat(check(new DirectiveReader().read(SEED).directive(), EventDates.none()))
                .noneMatch(f -> f.code() == FindingCode.UNASKED_SECTOR);
    }

    @Test
    void findsApprovalsLaterThanTheStatute() throws Exception {
        Directive d = directive("""
                {"id": "nota", "kind": "nota-aggiornamento-dup", "title": "Nota 2024-2026", "approval": {"on": "2023-11-20"}},
                {"id": "relazione", "kind": "relazione-performance", "title": "Relazione 2024",
                 "approval": {"on": "2025-06-30"}, "reports": {"from": "2024-01-01", "to": "2024-12-31"}},
                {"id": "rendiconto", "kind": "rendiconto", "title": "Rendiconto 2024",
                 "approval": {"on": "2025-05-02"}, "reports": {"from": "2024-01-01", "to": "2024-12-31"}}
                """);

        List<Finding> findings = check(d, EventDates.none());

        assertThat(findings).filteredOn(f -> f.code() == FindingCode.STATUTORY_DEADLINE)
                .extracting(f -> f.act().orElseThrow(), f -> f.message().render(Locale.ENGLISH))
                .containsExactly(
                        tuple("nota", "\"Nota 2024-2026\" is to be approved by 2023-11-20, after the statutory deadline of "
                                + "2023-11-15 (TUEL art. 170 c.1)"),
                        tuple("rendiconto", "\"Rendiconto 2024\" is to be approved by 2025-05-02, after the statutory deadline of "
                                + "2025-04-30 (TUEL art. 151 c.7, art. 227 c.2)"));
    }

    @Test
    void thePegsStatutoryDeadlineCountsFromTheBudgetActWhenNoEventRecordsTheApproval() throws Exception {
        Directive d = directive("""
                {"id": "bilancio", "kind": "bilancio", "title": "Bilancio 2024-2026", "approval": {"on": "2023-12-20"}},
                {"id": "peg", "kind": "peg", "title": "PEG 2024-2026",
                 "approval": {"days": 25, "after": "bilancio.approval"}}
                """);

        assertThat(check(d, EventDates.none())).filteredOn(f -> f.code() == FindingCode.STATUTORY_DEADLINE)
                .extracting(f -> f.message().render(Locale.ENGLISH))
                .containsExactly("\"PEG 2024-2026\" is to be approved by 2024-01-14, after the statutory deadline of "
                        + "2024-01-09 (TUEL art. 169 c.1)");
    }

    @Test
    void aStatutoryDeadlineOnASundayMovesToMonday() throws Exception {
        // 30 April 2028 is a Sunday: c.p.c. art. 155 c.4 moves the statutory deadline to Tuesday 2 May (1 May is a holiday).
        Directive d = directive("""
                {"id": "rendiconto", "kind": "rendiconto", "title": "Rendiconto 2027",
                 "approval": {"on": "2028-05-02"}, "reports": {"from": "2027-01-01", "to": "2027-12-31"}}
                """);

        assertThat(codes(check(d, EventDates.none()), "rendiconto")).doesNotContain("statutory-deadline");
    }

    @Test
    void findsInternalDeadlinesAfterOrTooCloseToTheApproval() throws Exception {
        Directive d = directive("""
                {"id": "a", "title": "A", "approval": {"on": "2024-03-01"},
                 "submission": {"due": {"on": "2024-03-04"}, "folder": "A"}},
                {"id": "b", "title": "B", "approval": {"on": "2024-03-15"},
                 "submission": {"due": {"on": "2024-03-08"}, "folder": "B"}},
                {"id": "c", "title": "C", "approval": {"on": "2024-04-15"},
                 "submission": {"due": {"on": "2024-03-25"}, "folder": "C"}}
                """);

        List<Finding> findings = check(d, EventDates.none());

        assertThat(codes(findings, "a")).containsExactly("due-after-approval");
        assertThat(codes(findings, "b")).containsExactly("short-lead-time");
        assertThat(message(findings, "short-lead-time")).contains("restano 5 giorni lavorativi; ne servono almeno 10");
        // 25/03 → 15/04/2024: Easter Monday (1 April) and 25 April are not in the range; 15 working days.
        assertThat(codes(findings, "c")).isEmpty();
        assertThat(new DirectiveChecker(CheckOptions.DEFAULTS.withMinLeadWorkingDays(16)).check(Schedule.of(d, EventDates.none())))
                .extracting(f -> f.code().code()).contains("short-lead-time");
    }

    @Test
    void findsDeadlinesBeforeTheDirectiveAndReportsDueBeforeTheirPeriodEnds() throws Exception {
        Directive d = directive("""
                {"id": "report", "kind": "report-intermedio-piao", "title": "Report 2024",
                 "approval": {"on": "2024-06-28"}, "reports": {"from": "2024-01-01", "to": "2024-06-30"},
                 "submission": {"due": {"on": "2023-09-15"}, "folder": "R"}}
                """);

        List<Finding> findings = check(d, EventDates.none());

        assertThat(findings).extracting(f -> f.code().code(), Finding::path).contains(
                tuple("before-directive", "$.acts[0].submission.due.on"),
                tuple("due-before-period-end", "$.acts[0].approval"),
                tuple("due-before-period-end", "$.acts[0].submission.due"));
    }

    @Test
    void tellsRolledDeadlinesFromOnesLeftOnAHoliday() throws Exception {
        Directive d = directive("""
                {"id": "a", "title": "A", "approval": {"on": "2024-12-26", "roll": "next-working-day"}},
                {"id": "b", "title": "B", "approval": {"on": "2024-12-08"}},
                {"id": "c", "title": "C", "approval": {"on": "2024-06-29"}}
                """, "\"patronSaint\": \"06-29\"");

        List<Finding> findings = check(d, EventDates.none());

        assertThat(findings).filteredOn(f -> f.code() == FindingCode.NON_WORKING_DAY)
                .extracting(f -> f.act().orElseThrow(), Finding::severity, f -> f.message().render(Locale.ITALIAN))
                .containsExactlyInAnyOrder(
                        tuple("a", Severity.INFO, "«A» (scadenza Giunta): il 26/12/2024 cade in un giorno festivo "
                                + "(Santo Stefano); la scadenza effettiva è il 27/12/2024"),
                        tuple("b", Severity.WARNING, "«B» (scadenza Giunta): il 08/12/2024 cade in un giorno festivo (Immacolata Concezione)"),
                        tuple("c", Severity.WARNING, "«C» (scadenza Giunta): il 29/06/2024 cade nel giorno del santo patrono"));
    }

    @Test
    void warnsWhenThePegIsNotTiedToTheBudget() throws Exception {
        Directive d = directive("""
                {"id": "peg", "kind": "peg", "title": "PEG 2024-2026", "approval": {"on": "2024-01-22"}}
                """);

        assertThat(check(d, EventDates.none())).extracting(f -> f.code().code(), Finding::severity)
                .containsExactly(tuple("legal-order", Severity.WARNING));
    }

    @Test
    void findsYearsThatDoNotFitTheCycleButNotDatesNumbersOrSinceYears() throws Exception {
        Directive d = directive("""
                {"id": "piao", "title": "PIAO 2024-2026",
                 "text": "Con delibera n. 216/2023, entro il 31/01/2024; dal 2021 assorbe i piani; vale per il 2027 e il triennio 2025-2027.",
                 "approval": {"on": "2024-01-31"},
                 "submission": {"due": {"on": "2024-01-15"}, "folder": "F_PIAO 2024_2026\\\\Report_2022"}}
                """);

        assertThat(check(d, EventDates.none())).extracting(Finding::path, f -> f.message().render(Locale.ENGLISH))
                .containsExactly(
                        tuple("$.acts[0].submission.folder", "the text names the year 2022, outside the cycle 2024-2026"),
                        tuple("$.acts[0].text", "the text names the triennium 2025-2027, but the cycle is 2024-2026"),
                        tuple("$.acts[0].text", "the text names the year 2027, outside the cycle 2024-2026"));
    }

    private static List<Finding> check(Directive d, EventDates events) {
        return new DirectiveChecker().check(Schedule.of(d, events));
    }

    private static List<String> codes(List<Finding> findings, String act) {
        return findings.stream().filter(f -> f.act().filter(act::equals).isPresent()).map(f -> f.code().code()).toList();
    }

    private static String message(List<Finding> findings, String code) {
        return findings.stream().filter(f -> f.code().code().equals(code)).findFirst().orElseThrow().message().render(Locale.ITALIAN);
    }

    /** A directive of cycle 2024-2026, issued on 20/09/2023, with a budget event and the given acts. */
    private static Directive directive(String acts, String... calendar) throws Exception {
        String json = """
                {"id": "test", "title": "Ciclo 2024-2026",
                 "issued": {"on": "2023-09-20", "by": "SG"},
                 "cycle": {"firstYear": 2024, "lastYear": 2026},
                 "calendar": {%s},
                 "events": {"bilancio-approvato": {"label": "l'approvazione del bilancio", "kind": "approvazione-bilancio"}},
                 "acts": [%s]}
                """.formatted(String.join(", ", calendar), acts);
        return new DirectiveReader().read(new StringReader(json), "test.json").directive();
    }
}

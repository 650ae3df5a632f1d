package it.ciclo.deadline;

import static it.ciclo.calendar.Calendars.day;
import static it.ciclo.deadline.Directives.APPROVED;
import static it.ciclo.deadline.Directives.DEFERRED;
import static it.ciclo.deadline.Directives.act;
import static it.ciclo.deadline.Directives.approvedBy;
import static it.ciclo.deadline.Directives.events;
import static it.ciclo.deadline.Directives.list;
import static it.ciclo.deadline.Directives.withActs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.ciclo.directive.Directive;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScheduleTest {

    private static final String DAYS_20 = "{\"days\": 20, \"after\": \"bilancio-approvato\"}";
    private static final String DAYS_30 = "{\"days\": 30, \"after\": \"bilancio-approvato\"}";
    private static final String JAN_31 = "{\"on\": \"2024-01-31\"}";

    /** The approval of the only act, {@code piao}, of a directive approving it by {@code rule}. */
    private static Deadline piao(String rule, EventDates events) {
        return Schedule.of(approvedBy(rule), events).approval("piao");
    }

    private static void assertDue(Deadline d, String nominal, String effective) {
        assertThat(d.status()).isEqualTo(DeadlineStatus.DUE);
        assertThat(d.nominal()).contains(day(nominal));
        assertThat(d.effective()).contains(day(effective));
        assertThat(d.waitsFor()).isEmpty();
        assertThat(d.wasRolled()).isEqualTo(!nominal.equals(effective));
    }

    /** Due on these dates, the date given by the rule part at {@code origin}. */
    private static void assertDue(Deadline d, String nominal, String effective, String origin) {
        assertDue(d, nominal, effective);
        assertThat(d.origin()).isEqualTo(origin);
    }

    private static void assertPending(Deadline d, String... waitsFor) {
        assertThat(d.status()).isEqualTo(DeadlineStatus.PENDING);
        assertThat(d.isDue()).isFalse();
        assertThat(d.nominal()).isEmpty();
        assertThat(d.effective()).isEmpty();
        assertThat(d.waitsFor()).containsExactly(waitsFor);
        assertThat(d.origin()).isEmpty();
    }

    private static String italian(Deadline d) {
        return d.explanation().render(Locale.ITALIAN);
    }

    private static String english(Deadline d) {
        return d.explanation().render(Locale.ENGLISH);
    }

    @Nested
    class FixedDates {

        @Test
        void fixedDate() {
            Deadline d = piao(JAN_31, EventDates.none());
            assertDue(d, "2024-01-31", "2024-01-31", "on");
            assertThat(italian(d)).isEqualTo("data fissata 31/01/2024");
            assertThat(english(d)).isEqualTo("fixed date 2024-01-31");
        }

        @Test
        void fixedSundayKeptWithoutRollMovedWithOne() {
            assertDue(piao("{\"on\": \"2024-06-30\"}", EventDates.none()), "2024-06-30", "2024-06-30");
            Deadline d = piao("{\"on\": \"2024-06-30\", \"roll\": \"next-non-holiday\"}", EventDates.none());
            assertDue(d, "2024-06-30", "2024-07-01");
            assertThat(italian(d)).isEqualTo("data fissata 30/06/2024; cade di domenica, "
                    + "spostata al primo giorno non festivo (art. 155 c.p.c.) → 01/07/2024");
            assertThat(english(d)).isEqualTo("fixed date 2024-06-30; falls on a Sunday, "
                    + "moved to the next non-holiday (c.p.c. art. 155) → 2024-07-01");
        }

        @ParameterizedTest(name = "{0} rolled {1} → {2}")
        @CsvSource({
            "2025-12-25, next-non-holiday, 2025-12-27",
            "2025-12-25, next-working-day, 2025-12-29",
            "2024-04-01, previous-working-day, 2024-03-29",
            "2024-06-29, next-non-holiday, 2024-06-29",
            "2024-06-29, next-working-day, 2024-07-01",
            "2026-10-04, next-working-day, 2026-10-05",
        })
        void rolled(String on, String roll, String effective) {
            assertDue(piao("{\"on\": \"%s\", \"roll\": \"%s\"}".formatted(on, roll), EventDates.none()), on, effective);
        }

        @Test
        void rollExplanationNamesTheKindOfDay() {
            assertThat(italian(piao("{\"on\": \"2025-12-25\", \"roll\": \"next-working-day\"}", EventDates.none())))
                    .isEqualTo("data fissata 25/12/2025; cade in un giorno festivo, "
                            + "spostata al primo giorno lavorativo successivo → 29/12/2025");
        }
    }

    @Nested
    class DaysAfterAnEvent {

        @Test
        void theFirstDayIsNotCounted() {
            Deadline d = piao(DAYS_20, events(APPROVED, "2023-12-20"));
            assertDue(d, "2024-01-09", "2024-01-09", "");
            assertThat(italian(d)).isEqualTo(
                    "20 giorni dopo l'approvazione del bilancio di previsione (20/12/2023) → 09/01/2024");
            assertThat(english(d)).isEqualTo(
                    "20 days after l'approvazione del bilancio di previsione (2023-12-20) → 2024-01-09");
        }

        @ParameterizedTest(name = "{0} days after {1} = {2}")
        @CsvSource({
            "0, 2024-03-14, 2024-03-14",
            "1, 2024-12-31, 2025-01-01",
            "10, 2024-02-20, 2024-03-01",   // 29 February counts
            "10, 2023-02-20, 2023-03-02",
            "30, 2023-12-20, 2024-01-19",
            "365, 2024-01-01, 2024-12-31",
            "365, 2023-01-01, 2024-01-01",
        })
        void calendarDays(int days, String event, String expected) {
            String rule = "{\"days\": %d, \"after\": \"bilancio-approvato\"}".formatted(days);
            assertDue(piao(rule, events(APPROVED, event)), expected, expected);
        }

        @Test
        void pendingUntilTheEventHappens() {
            Deadline d = piao(DAYS_20, EventDates.none());
            assertPending(d, APPROVED);
            assertThat(italian(d)).isEqualTo("20 giorni dopo l'approvazione del bilancio di previsione; "
                    + "evento atteso: l'approvazione del bilancio di previsione");
            assertThat(english(d)).endsWith("; waiting for: l'approvazione del bilancio di previsione");
        }

        @Test
        void theResultIsRolledTheCountIsNot() {
            Deadline d = piao("{\"days\": 20, \"after\": \"bilancio-approvato\", \"roll\": \"next-non-holiday\"}",
                    events(APPROVED, "2024-06-10"));
            assertDue(d, "2024-06-30", "2024-07-01");
            assertThat(italian(d)).startsWith("20 giorni dopo l'approvazione del bilancio di previsione (10/06/2024) → 30/06/2024;")
                    .endsWith("→ 01/07/2024");
        }

        @Test
        void theExampleDirectivesPeg() throws Exception {
            Directive seed = new it.ciclo.format.DirectiveReader()
                    .read(java.nio.file.Path.of("../docs/examples/direttiva-4-2023.json")).directive();
            Schedule s = Schedule.of(seed, events(APPROVED, "2023-12-20"));
            assertDue(s.approval("peg"), "2024-01-09", "2024-01-09");
            // approved on Monday 10 June 2024, the twentieth day is Sunday 30 June
            assertDue(Schedule.of(seed, events(APPROVED, "2024-06-10")).approval("peg"), "2024-06-30", "2024-07-01");
        }
    }

    @Nested
    class WorkingDaysFromADeadline {

        @Test
        void beforeAnotherActsApproval() {
            Schedule s = Schedule.of(withActs(act("piao", JAN_31,
                    "{\"workingDays\": 10, \"before\": \"piao.approval\"}")), EventDates.none());
            Deadline d = s.submission("piao").orElseThrow();
            assertDue(d, "2024-01-17", "2024-01-17");
            assertThat(italian(d)).startsWith("10 giorni lavorativi antecedenti l'approvazione di").contains("«PIAO»")
                    .endsWith("(31/01/2024) → 17/01/2024");
            assertThat(english(d)).isEqualTo("10 working days before the approval of \"PIAO\" (2024-01-31) → 2024-01-17");
        }

        @Test
        void afterAnotherActsApprovalAcrossEaster() {
            Schedule s = Schedule.of(withActs(act("piao", "{\"on\": \"2024-03-28\"}"),
                    act("peg", "{\"workingDays\": 5, \"after\": \"piao.approval\"}")), EventDates.none());
            assertDue(s.approval("peg"), "2024-04-05", "2024-04-05");
            assertThat(italian(s.approval("peg")))
                    .isEqualTo("5 giorni lavorativi dopo l'approvazione di «PIAO» (28/03/2024) → 05/04/2024");
        }

        @Test
        void afterAnEventAcrossChristmas() {
            Deadline d = piao("{\"workingDays\": 3, \"after\": \"bilancio-approvato\"}", events(APPROVED, "2025-12-23"));
            assertDue(d, "2025-12-30", "2025-12-30");
        }

        @Test
        void onTheDirectivesOwnCalendar() {
            // Milan: Sant'Ambrogio on Thursday 7 December 2023
            Directive milan = Directives.read(Directives.json("{\"country\": \"IT\", \"patronSaint\": \"12-07\"}",
                    act("piao", "{\"workingDays\": 1, \"after\": \"bilancio-approvato\"}")));
            assertThat(Directives.approval(milan, "piao", events(APPROVED, "2023-12-06"))).isEqualTo(day("2023-12-11"));
            assertThat(Directives.approval(approvedBy("{\"workingDays\": 1, \"after\": \"bilancio-approvato\"}"), "piao",
                    events(APPROVED, "2023-12-06"))).isEqualTo(day("2023-12-07"));
        }

        @Test
        void pendingWhenTheReferredDeadlineIs() {
            Schedule s = Schedule.of(withActs(act("piao", DAYS_30, "{\"workingDays\": 10, \"before\": \"piao.approval\"}")),
                    EventDates.none());
            assertPending(s.submission("piao").orElseThrow(), APPROVED);
            assertThat(italian(s.submission("piao").orElseThrow())).endsWith(
                    "; evento atteso: l'approvazione del bilancio di previsione");
        }
    }

    @Nested
    class LatestAndEarliest {

        private final String latest = "{\"latest\": " + list(JAN_31, DAYS_30) + "}";
        private final String earliest = "{\"earliest\": " + list(JAN_31, DAYS_30) + "}";

        @Test
        void latest() {
            Deadline early = piao(latest, events(APPROVED, "2023-12-20"));
            assertDue(early, "2024-01-31", "2024-01-31", "latest[0].on");
            assertThat(italian(early)).isEqualTo("la più tarda tra [data fissata 31/01/2024; 30 giorni dopo "
                    + "l'approvazione del bilancio di previsione (20/12/2023) → 19/01/2024] → 31/01/2024");
            Deadline late = piao(latest, events(APPROVED, "2024-03-14"));
            assertDue(late, "2024-04-13", "2024-04-13", "latest[1]");
        }

        @Test
        void earliest() {
            Deadline d = piao(earliest, events(APPROVED, "2023-12-20"));
            assertDue(d, "2024-01-19", "2024-01-19", "earliest[1]");
            assertThat(english(d)).startsWith("the earliest of [fixed date 2024-01-31; 30 days after").endsWith("→ 2024-01-19");
            assertDue(piao(earliest, events(APPROVED, "2024-03-14")), "2024-01-31", "2024-01-31");
        }

        @Test
        void pendingWhileAnyIsPendingEvenIfAnotherIsKnown() {
            assertPending(piao(latest, EventDates.none()), APPROVED);
            Deadline d = piao(earliest, EventDates.none());
            assertPending(d, APPROVED);
            assertThat(italian(d)).isEqualTo("la prima tra [data fissata 31/01/2024; 30 giorni dopo "
                    + "l'approvazione del bilancio di previsione; evento atteso: l'approvazione del bilancio di previsione]; "
                    + "evento atteso: l'approvazione del bilancio di previsione");
        }

        @Test
        void pendingWaitsForTheUnionOfEvents() {
            String both = "{\"latest\": " + list(DAYS_30, "{\"days\": 30, \"after\": \"bilancio-differito\"}",
                    "{\"days\": 40, \"after\": \"bilancio-approvato\"}") + "}";
            assertPending(piao(both, EventDates.none()), APPROVED, DEFERRED);
            assertPending(piao(both, events(APPROVED, "2024-03-14")), DEFERRED);
            assertPending(piao(both, events(DEFERRED, "2024-03-15")), APPROVED);
            assertDue(piao(both, events(APPROVED, "2024-03-14", DEFERRED, "2024-03-15")), "2024-04-23", "2024-04-23");
        }

        @Test
        void comparedOnEffectiveDates() {
            // Christmas 2025 rolls to Monday 29, later than Sunday 28
            Deadline d = piao("{\"latest\": " + list("{\"on\": \"2025-12-25\", \"roll\": \"next-working-day\"}",
                    "{\"on\": \"2025-12-28\"}") + "}", EventDates.none());
            assertDue(d, "2025-12-25", "2025-12-29", "latest[0].on");
        }

        @Test
        void rollOnTheCompositeMovesTheEffectiveDateOnly() {
            Deadline latestRolled = piao("{\"latest\": " + list("{\"on\": \"2024-06-29\"}", "{\"on\": \"2024-06-01\"}")
                    + ", \"roll\": \"next-working-day\"}", EventDates.none());
            assertDue(latestRolled, "2024-06-29", "2024-07-01", "latest[0].on");
            assertThat(italian(latestRolled)).endsWith("→ 29/06/2024; cade di sabato, spostata al primo giorno "
                    + "lavorativo successivo → 01/07/2024");
            Deadline earliestRolled = piao("{\"earliest\": " + list("{\"on\": \"2024-05-01\"}", "{\"on\": \"2024-04-01\"}")
                    + ", \"roll\": \"previous-working-day\"}", EventDates.none());
            assertDue(earliestRolled, "2024-04-01", "2024-03-29", "earliest[1].on");
        }
    }

    @Nested
    class Conditionals {

        private final String rule = "{\"if\": \"bilancio-differito\", \"then\": {\"days\": 30, \"after\": \"bilancio-differito\"}, "
                + "\"else\": " + JAN_31 + "}";

        @Test
        void elseUntilTheEventHasADate() {
            Deadline d = piao(rule, EventDates.none());
            assertDue(d, "2024-01-31", "2024-01-31", "else.on");
            assertThat(italian(d)).isEqualTo(
                    "non c'è il differimento del termine per il bilancio di previsione: data fissata 31/01/2024");
            assertThat(english(d)).isEqualTo(
                    "il differimento del termine per il bilancio di previsione not recorded: fixed date 2024-01-31");
        }

        @Test
        void thenOnceItHasOne() {
            Deadline d = piao(rule, events(DEFERRED, "2024-03-15"));
            assertDue(d, "2024-04-14", "2024-04-14", "then");
            assertThat(italian(d)).isEqualTo("c'è il differimento del termine per il bilancio di previsione (15/03/2024): 30 giorni dopo il differimento del termine per il bilancio di previsione "
                    + "(15/03/2024) → 14/04/2024");
        }

        @Test
        void rollOnTheConditional() {
            Deadline d = piao(rule.replaceFirst("}$", ", \"roll\": \"next-non-holiday\"}"), events(DEFERRED, "2024-03-15"));
            assertDue(d, "2024-04-14", "2024-04-15", "then");
            assertThat(english(d)).endsWith("→ 2024-04-14; falls on a Sunday, moved to the next non-holiday "
                    + "(c.p.c. art. 155) → 2024-04-15");
        }

        @Test
        void originThroughNestedRules() {
            Deadline d = piao("{\"latest\": " + list("{\"on\": \"2024-01-15\"}", rule) + "}", EventDates.none());
            assertDue(d, "2024-01-31", "2024-01-31", "latest[1].else.on");
        }
    }

    @Nested
    class DeadlinesFromDeadlines {

        @Test
        void countedFromTheEffectiveDate() {
            Schedule s = Schedule.of(withActs(
                    act("peg", "{\"days\": 20, \"after\": \"bilancio-approvato\", \"roll\": \"next-non-holiday\"}",
                            "{\"workingDays\": 10, \"before\": \"peg.approval\"}"),
                    act("piao", "{\"days\": 1, \"after\": \"peg.approval\"}"),
                    act("report", "{\"days\": 2, \"after\": \"peg.submission\"}")),
                    events(APPROVED, "2024-06-10"));
            assertDue(s.approval("peg"), "2024-06-30", "2024-07-01");
            assertDue(s.approval("piao"), "2024-07-02", "2024-07-02");
            // 10 working days before Monday 1 July 2024: Monday 17 June
            assertDue(s.submission("peg").orElseThrow(), "2024-06-17", "2024-06-17");
            assertDue(s.approval("report"), "2024-06-19", "2024-06-19");
            assertThat(s.deadline(new DeadlineReference("piao", DeadlineKind.APPROVAL))).isEqualTo(s.approval("piao"));
        }

        /** Each act refers twice to the one before: without memoisation, 2^40 evaluations. */
        @Test
        @Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
        void longChainsAreComputedOnce() {
            List<String> acts = new ArrayList<>();
            acts.add(act("a0", "{\"on\": \"2024-01-01\"}"));
            for (int i = 1; i <= 40; i++) {
                String prev = "a" + (i - 1) + ".approval";
                acts.add(act("a" + i, "{\"latest\": " + list("{\"days\": 1, \"after\": \"" + prev + "\"}",
                        "{\"days\": 0, \"after\": \"" + prev + "\"}") + "}"));
            }
            Schedule s = Schedule.of(withActs(acts.toArray(String[]::new)), EventDates.none());
            assertDue(s.approval("a40"), "2024-02-10", "2024-02-10");
            assertThat(s.all()).hasSize(41);
        }
    }

    @Nested
    class TheSchedule {

        private final Directive directive = withActs(
                act("piao", DAYS_30, "{\"on\": \"2024-01-15\"}"),
                act("peg", DAYS_20, "{\"on\": \"2023-10-05\"}"),
                act("nota-dup", "{\"on\": \"2023-11-15\"}", "{\"on\": \"2023-11-15\"}"),
                act("relazione", "{\"on\": \"2024-06-30\"}"));

        @Test
        void allInDirectiveOrderChronologicalByEffectiveDate() {
            Schedule s = Schedule.of(directive, EventDates.none());
            assertThat(s.all()).extracting(ScheduledDeadline::reference).map(Object::toString).containsExactly(
                    "piao.approval", "piao.submission", "peg.approval", "peg.submission",
                    "nota-dup.approval", "nota-dup.submission", "relazione.approval");
            assertThat(s.chronological()).extracting(ScheduledDeadline::reference).map(Object::toString).containsExactly(
                    "peg.submission", "nota-dup.submission", "nota-dup.approval", "piao.submission",
                    "relazione.approval", "piao.approval", "peg.approval");
            assertThat(s.submission("relazione")).isEmpty();
        }

        @Test
        void pendingDeadlinesLastInDirectiveOrder() {
            Schedule s = Schedule.of(withActs(
                    act("piao", DAYS_30, "{\"on\": \"2024-01-15\"}"),
                    act("peg", DAYS_20, "{\"workingDays\": 10, \"before\": \"peg.approval\"}"),
                    act("relazione", "{\"on\": \"2024-06-30\"}")), EventDates.none());
            assertThat(s.chronological()).extracting(ScheduledDeadline::reference).map(Object::toString).containsExactly(
                    "piao.submission", "relazione.approval", "piao.approval", "peg.approval", "peg.submission");
        }

        @Test
        void eventsGivenOverrideThoseRecorded() {
            Directive recorded = Directives.read(Directives.json("{\"country\": \"IT\"}", act("peg", DAYS_20))
                    .replace("\"kind\": \"approvazione-bilancio\"", "\"kind\": \"approvazione-bilancio\", \"on\": \"2023-12-20\""));
            assertThat(Schedule.of(recorded, EventDates.none()).events().dateOf(APPROVED)).contains(day("2023-12-20"));
            assertDue(Schedule.of(recorded, EventDates.none()).approval("peg"), "2024-01-09", "2024-01-09");
            assertDue(Schedule.of(recorded, events(APPROVED, "2024-03-14")).approval("peg"), "2024-04-03", "2024-04-03");
        }

        @Test
        void anUndeclaredEventIsRefused() {
            assertThatThrownBy(() -> Schedule.of(directive, events("bilancio-rinviato", "2024-03-15")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("\"bilancio-rinviato\"")
                    .hasMessageContaining("bilancio-approvato");
        }

        @Test
        void anUnknownDeadlineIsRefused() {
            Schedule s = Schedule.of(directive, EventDates.none());
            assertThatThrownBy(() -> s.approval("rendiconto")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> s.deadline(new DeadlineReference("relazione", DeadlineKind.SUBMISSION)))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void aDeadlineIsDueOrPendingNeverBoth() {
            assertThatThrownBy(() -> new Deadline(Optional.of(day("2024-01-31")), Optional.of(day("2024-01-31")),
                    java.util.Set.of(APPROVED), it.ciclo.i18n.Message.of("rule.on", day("2024-01-31")), ""))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> Deadline.pending(java.util.Set.of(), it.ciclo.i18n.Message.of("rule.on", LocalDate.MIN)))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}

package it.ciclo.deadline;

import static it.ciclo.calendar.Calendars.day;
import static it.ciclo.deadline.Directives.APPROVED;
import static it.ciclo.deadline.Directives.DEFERRED;
import static it.ciclo.deadline.Directives.act;
import static it.ciclo.deadline.Directives.events;
import static org.assertj.core.api.Assertions.assertThat;

import it.ciclo.directive.Directive;
import it.ciclo.format.DirectiveReader;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The PIAO "within 30 days of the budget's approval" when the budget deadline is deferred (DM
 * 132/2022 art. 8 c.2), read three ways (domain.md), on the deferrals actually decreed: 2024–2026 to
 * 15 March 2024 (DM Interno 22.12.2023), 2025–2027 to 28 February 2025 (DM Interno 24.12.2024),
 * 2026–2028 to 28 February 2026 (DM Interno 24.12.2025). The deferral event's date is the deferred
 * deadline.
 */
class PiaoReadingsTest {

    /** (a) literal: 30 days after the budget's actual approval once a deferral is registered. */
    private static String literal(int year) {
        return "{\"if\": \"bilancio-differito\", \"then\": {\"days\": 30, \"after\": \"bilancio-approvato\"}, "
                + "\"else\": {\"on\": \"" + year + "-01-31\"}}";
    }

    /** (b) ANAC/ANCI: 30 days after the deferred deadline, whatever the approval date. */
    private static String anci(int year) {
        return "{\"if\": \"bilancio-differito\", \"then\": {\"days\": 30, \"after\": \"bilancio-differito\"}, "
                + "\"else\": {\"on\": \"" + year + "-01-31\"}}";
    }

    /** (c) reading (a), never earlier than 31 January. */
    private static String neverBeforeJanuary(int year) {
        return "{\"latest\": [{\"on\": \"" + year + "-01-31\"}, " + literal(year) + "]}";
    }

    private static Schedule readings(int year, EventDates events) {
        Directive d = Directives.withActs(act("piao-a", literal(year)), act("piao-b", anci(year)),
                act("piao-c", neverBeforeJanuary(year)));
        return Schedule.of(d, events);
    }

    @ParameterizedTest(name = "cycle from {0}: deferred to {1}, approved {2} → (a) {3}, (b) {4}, (c) {5}")
    @CsvSource({
        // approved the day before the deferred deadline
        "2024, 2024-03-15, 2024-03-14, 2024-04-13, 2024-04-14, 2024-04-13",
        // approved on 20 December, before the decree: (a) falls before 31 January, (c) does not
        "2024, 2024-03-15, 2023-12-20, 2024-01-19, 2024-04-14, 2024-01-31",
        // approved late, after the deferred deadline: (b) does not wait for it
        "2024, 2024-03-15, 2024-04-30, 2024-05-30, 2024-04-14, 2024-05-30",
        "2025, 2025-02-28, 2025-02-20, 2025-03-22, 2025-03-30, 2025-03-22",
        "2026, 2026-02-28, 2026-02-26, 2026-03-28, 2026-03-30, 2026-03-28",
    })
    void withTheDeferralRegistered(int year, String deferredTo, String approvedOn, String a, String b, String c) {
        Schedule s = readings(year, events(DEFERRED, deferredTo, APPROVED, approvedOn));
        assertThat(s.approval("piao-a").effective()).contains(day(a));
        assertThat(s.approval("piao-b").effective()).contains(day(b));
        assertThat(s.approval("piao-c").effective()).contains(day(c));
        assertThat(s.approval("piao-a").origin()).isEqualTo("then");
        assertThat(s.approval("piao-b").origin()).isEqualTo("then");
    }

    @Test
    void withoutADeferralAllThreeSay31January() {
        Schedule s = readings(2024, events(APPROVED, "2023-12-20"));
        for (String id : new String[] {"piao-a", "piao-b", "piao-c"}) {
            assertThat(s.approval(id).effective()).as(id).contains(day("2024-01-31"));
        }
        assertThat(s.approval("piao-a").origin()).isEqualTo("else.on");
        assertThat(s.approval("piao-c").origin()).isEqualTo("latest[0].on");
        // the same before the budget is approved: nothing waits for it
        assertThat(readings(2024, EventDates.none()).all()).allSatisfy(d -> assertThat(d.deadline().isDue()).isTrue());
    }

    @Test
    void deferredButNotYetApproved() {
        Schedule s = readings(2024, events(DEFERRED, "2024-03-15"));
        assertThat(s.approval("piao-a").waitsFor()).containsExactly(APPROVED);
        assertThat(s.approval("piao-c").waitsFor()).containsExactly(APPROVED);
        assertThat(s.approval("piao-b").effective()).contains(day("2024-04-14"));
        assertThat(s.approval("piao-a").explanation().render(Locale.ITALIAN)).isEqualTo(
                "c'è il differimento del termine per il bilancio di previsione (15/03/2024): "
                        + "30 giorni dopo l'approvazione del bilancio di previsione; "
                        + "evento atteso: l'approvazione del bilancio di previsione");
        assertThat(s.approval("piao-c").explanation().render(Locale.ENGLISH))
                .startsWith("the latest of [fixed date 2024-01-31; ")
                .endsWith("; waiting for: l'approvazione del bilancio di previsione");
    }

    @Test
    void readingBFallsOnASundayIn2024And2025() {
        String rolled = anci(2025).replaceFirst("}$", ", \"roll\": \"next-non-holiday\"}");
        Schedule s = Schedule.of(Directives.withActs(act("piao", rolled)), events(DEFERRED, "2025-02-28"));
        assertThat(s.approval("piao").nominal()).contains(day("2025-03-30"));
        assertThat(s.approval("piao").effective()).contains(day("2025-03-31"));
    }

    /** The seed directive writes reading (a). */
    @Test
    void theExampleDirective() throws Exception {
        Directive seed = new DirectiveReader().read(Path.of("../docs/examples/direttiva-4-2023.json")).directive();
        assertThat(Schedule.of(seed, EventDates.none()).approval("piao").effective()).contains(day("2024-01-31"));
        Deadline approved = Schedule.of(seed, events(DEFERRED, "2024-03-15", APPROVED, "2024-03-14")).approval("piao");
        assertThat(approved.effective()).contains(day("2024-04-13"));
        assertThat(approved.explanation().render(Locale.ITALIAN)).endsWith(
                "30 giorni dopo l'approvazione del bilancio di previsione (14/03/2024) → 13/04/2024");
        assertThat(Schedule.of(seed, events(DEFERRED, "2024-03-15")).approval("piao").waitsFor())
                .containsExactly(APPROVED);
    }
}

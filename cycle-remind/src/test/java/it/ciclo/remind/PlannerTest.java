package it.ciclo.remind;

import static org.assertj.core.api.Assertions.assertThat;

import it.ciclo.board.Board;
import it.ciclo.deadline.EventDates;
import it.ciclo.testing.SeedBoard;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which reminders are due, day by day, around the 5 October 2023 deadlines of the DUP update and the PEG. */
class PlannerTest {

    @TempDir
    Path store;

    @Test
    void beforeFromFiveWorkingDaysAheadUntilTheDayBefore() {
        assertThat(due(LocalDate.of(2023, 9, 27))).as("six working days ahead").isEmpty();
        List<String> thursday = due(LocalDate.of(2023, 9, 28));
        assertThat(thursday).contains("nota-dup.affari-generali.prima", "peg.servizi-finanziari.prima")
                .as("Affari Generali has handed in its PEG").doesNotContain("peg.affari-generali.prima");
        assertThat(due(LocalDate.of(2023, 10, 1))).as("a Sunday, missed days are made up").contains("peg.lavori-pubblici.prima");
        assertThat(due(LocalDate.of(2023, 10, 4))).contains("nota-dup.servizi-persona.prima")
                .doesNotContain("peg.affari-generali.prima");
    }

    @Test
    void onTheDayOnlyToWhoHasNotHandedIn() {
        assertThat(due(Sample.DUE_DAY)).containsExactly(
                "nota-dup.affari-generali.oggi", "nota-dup.servizi-finanziari.oggi", "nota-dup.lavori-pubblici.oggi",
                "nota-dup.servizi-persona.oggi", "peg.servizi-finanziari.oggi", "peg.lavori-pubblici.oggi",
                "peg.servizi-persona.oggi");
    }

    @Test
    void oneChaserFromTheFirstWorkingDayAfter() {
        assertThat(due(LocalDate.of(2023, 10, 6))).allMatch(k -> k.endsWith(".sollecito-1")).hasSize(7);
        assertThat(due(LocalDate.of(2023, 11, 20))).as("still one chaser, the same").allMatch(k -> k.endsWith(".sollecito-1"));
    }

    @Test
    void chasersEveryNWorkingDaysWhenTheDirectiveSaysSo() {
        String json = Sample.json().replace("\"workingDaysBefore\": 5,", "\"workingDaysBefore\": 5, \"chaseEvery\": 5,");
        assertThat(due(json, LocalDate.of(2023, 10, 6))).allMatch(k -> k.endsWith(".sollecito-1"));
        assertThat(due(json, LocalDate.of(2023, 10, 12))).as("4 working days after the first").allMatch(k -> k.endsWith(".sollecito-1"));
        assertThat(due(json, LocalDate.of(2023, 10, 13))).allMatch(k -> k.endsWith(".sollecito-2"));
        assertThat(due(json, LocalDate.of(2023, 10, 20))).allMatch(k -> k.endsWith(".sollecito-3"));
    }

    @Test
    void nothingBeforeWhenTheDirectiveSaysZeroAndNothingForAPendingDeadline() {
        String json = Sample.json().replace("\"workingDaysBefore\": 5,", "\"workingDaysBefore\": 0,");
        assertThat(due(json, LocalDate.of(2023, 10, 4))).isEmpty();
        // The PEG's approval waits for the budget; its internal deadline is fixed, so only approvals could be pending.
        String pending = Sample.json().replace("\"due\": {\"on\": \"2023-10-05\"},\n        \"folder\": \"ATTIVITA' TRASVERSALI\\\\11_Programmazione e controllo\\\\E_PEG",
                "\"due\": {\"days\": 5, \"after\": \"bilancio-approvato\"},\n        \"folder\": \"ATTIVITA' TRASVERSALI\\\\11_Programmazione e controllo\\\\E_PEG");
        assertThat(due(pending, Sample.DUE_DAY)).noneMatch(k -> k.startsWith("peg."));
    }

    @Test
    void aKeyNamesDirectiveActSectorStepAndTheDeadlinesDate() {
        Board board = Sample.board(store, Sample.DUE_DAY);
        assertThat(Planner.due(board).get(0).key()).isEqualTo("direttiva-4-2023.nota-dup.affari-generali.oggi.2023-10-05");
    }

    private List<String> due(LocalDate day) {
        return keys(Planner.due(Sample.board(store, day)));
    }

    private List<String> due(String json, LocalDate day) {
        Board board = SeedBoard.board(SeedBoard.directive("\"id\"", "\"id\"", json), store, day, EventDates.none());
        return keys(Planner.due(board));
    }

    private static List<String> keys(List<Reminder> reminders) {
        return reminders.stream().map(r -> r.act().id() + "." + r.sector().id() + "." + r.step().keyName()
                + (r.chase() > 0 ? "-" + r.chase() : "")).toList();
    }
}

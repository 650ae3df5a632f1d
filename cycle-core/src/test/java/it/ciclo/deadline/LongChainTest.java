package it.ciclo.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import it.ciclo.calendar.CalendarSpec;
import it.ciclo.calendar.Roll;
import it.ciclo.check.DirectiveChecker;
import it.ciclo.directive.Act;
import it.ciclo.directive.ActKind;
import it.ciclo.directive.Cycle;
import it.ciclo.directive.Directive;
import it.ciclo.directive.Issuance;
import it.ciclo.directive.SubmissionTerms;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Issue 10: a directive whose acts are each counted from the one before, twenty thousand deep, is
 * validated and evaluated without a deep stack (no StackOverflowError), and correctly.
 */
class LongChainTest {

    @Test
    void twentyThousandActsEachCountedFromThePreviousOne() {
        int n = 20_000;
        List<Act> acts = new ArrayList<>();
        acts.add(act("a0", DeadlineRule.on(LocalDate.of(1950, 1, 1))));
        for (int i = 1; i < n; i++) {
            acts.add(act("a" + i, new DaysAfter(1, new DeadlineReference("a" + (i - 1), DeadlineKind.SUBMISSION), Roll.NONE)));
        }
        Directive directive = new Directive("catena", "Catena", new Issuance(LocalDate.of(1949, 12, 1), "SG", ""),
                Cycle.of(1950, 1952), CalendarSpec.italy(), Map.of(), List.of(), acts);

        assertThat(directive.dependencyOrder()).hasSize(2 * n);
        Schedule schedule = Schedule.of(directive, EventDates.none());

        // Each internal deadline is the day of its approval; each approval one day after the previous internal deadline.
        assertThat(schedule.approval("a" + (n - 1)).effective()).contains(LocalDate.of(1950, 1, 1).plusDays(n - 1));
        assertThat(new DirectiveChecker().check(schedule)).isNotEmpty();
    }

    private static Act act(String id, DeadlineRule approval) {
        return new Act(id, ActKind.OTHER, "Atto " + id, "", approval,
                Optional.of(new SubmissionTerms(new DaysAfter(0, new DeadlineReference(id, DeadlineKind.APPROVAL), Roll.NONE),
                        "Atti/" + id, "")), Optional.empty());
    }
}

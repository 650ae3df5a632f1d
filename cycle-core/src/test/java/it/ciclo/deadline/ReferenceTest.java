package it.ciclo.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReferenceTest {

    @Test
    void anEvent() {
        assertThat(Reference.parse("bilancio-approvato")).isEqualTo(new EventReference("bilancio-approvato"));
        assertThat(Reference.parse("bilancio-approvato")).hasToString("bilancio-approvato");
    }

    @Test
    void anActsDeadlines() {
        assertThat(Reference.parse("peg.approval")).isEqualTo(new DeadlineReference("peg", DeadlineKind.APPROVAL));
        assertThat(Reference.parse("report-finale-piao.submission"))
                .isEqualTo(new DeadlineReference("report-finale-piao", DeadlineKind.SUBMISSION));
        assertThat(Reference.parse("peg.submission")).hasToString("peg.submission");
    }

    @ParameterizedTest
    @ValueSource(strings = {"peg.approvazione", "peg.", ".approval", "peg.approval.x", "Bilancio", "bilancio approvato",
        "", "1peg", "peg-.approval", "peg.Approval"})
    void refused(String text) {
        assertThatThrownBy(() -> Reference.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rulesListWhatTheyMention() {
        DeadlineRule rule = DeadlineRule.latest(List.of(
                DeadlineRule.on(java.time.LocalDate.of(2024, 1, 31)),
                DeadlineRule.ifEvent("bilancio-differito",
                        DeadlineRule.daysAfter(30, Reference.parse("bilancio-approvato")),
                        DeadlineRule.workingDaysBefore(5, Reference.parse("peg.approval"))),
                DeadlineRule.workingDaysAfter(2, Reference.parse("peg.approval")),
                DeadlineRule.daysAfter(1, Reference.parse("dup.submission"))));
        assertThat(rule.eventsMentioned()).containsExactly("bilancio-differito", "bilancio-approvato");
        assertThat(rule.deadlinesMentioned()).containsExactly(new DeadlineReference("peg", DeadlineKind.APPROVAL),
                new DeadlineReference("dup", DeadlineKind.SUBMISSION));
    }

    @Test
    void ruleArgumentsAreChecked() {
        Reference ref = Reference.parse("bilancio-approvato");
        assertThatThrownBy(() -> DeadlineRule.daysAfter(-1, ref)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DeadlineRule.workingDaysAfter(0, ref)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DeadlineRule.latest(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DeadlineRule.earliest(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThat(DeadlineRule.daysAfter(0, ref).rolled(it.ciclo.calendar.Roll.NEXT_WORKING_DAY).roll())
                .isEqualTo(it.ciclo.calendar.Roll.NEXT_WORKING_DAY);
    }
}

package it.ciclo.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.ciclo.deadline.Change;
import it.ciclo.deadline.DeadlineKind;
import it.ciclo.deadline.DeadlineReference;
import it.ciclo.testing.Fixtures;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RegisterHistoryTest {

    private static final Instant AT = Instant.parse("2023-12-28T09:15:00Z");
    private static final DeadlineReference PIAO = new DeadlineReference("piao", DeadlineKind.APPROVAL);
    private static final DeadlineReference PEG = new DeadlineReference("peg", DeadlineKind.APPROVAL);

    @Test
    void eachEntryKnowsWhatItMoved() {
        EventRegister r = EventRegister.empty("direttiva-4-2023")
                .record("bilancio-differito", LocalDate.of(2024, 3, 15), "a", AT, "DM Interno 22/12/2023", "")
                .record("bilancio-approvato", LocalDate.of(2024, 3, 12), "a", AT.plusSeconds(60), "", "")
                .record("bilancio-differito", LocalDate.of(2024, 4, 30), "a", AT.plusSeconds(120), "DM 2", "");
        RegisterHistory history = RegisterHistory.of(Fixtures.seed(), r);

        assertThat(history.steps()).hasSize(3);
        Change deferral = history.steps().get(0).moved().get(0);
        assertThat(history.steps().get(0).moved()).singleElement();
        assertThat(deferral.after().reference()).isEqualTo(PIAO);
        assertThat(deferral.before().deadline().effective()).contains(LocalDate.of(2024, 1, 31));
        assertThat(deferral.after().deadline().effective()).as("30 days after an approval not yet known").isEmpty();
        assertThat(history.steps().get(1).moved()).extracting(c -> c.after().reference()).containsExactly(PEG, PIAO);
        assertThat(history.steps().get(1).moved().get(1).after().deadline().effective()).contains(LocalDate.of(2024, 4, 11));
        assertThat(history.steps().get(2).moved()).as("a second deferral changes nothing once the budget is approved").isEmpty();
        assertThat(history.revisions(PIAO)).isEqualTo(2);
        assertThat(history.revisions(PEG)).isEqualTo(1);
        assertThat(history.revisions(new DeadlineReference("nota-dup", DeadlineKind.APPROVAL))).isZero();
        assertThat(history.lastMoved(PIAO)).contains(AT.plusSeconds(60));
        assertThat(history.lastMoved(new DeadlineReference("nota-dup", DeadlineKind.APPROVAL))).isEmpty();
    }

    @Test
    void anUndoIsARevisionToo() {
        EventRegister r = EventRegister.empty("direttiva-4-2023")
                .record("bilancio-differito", LocalDate.of(2024, 3, 15), "a", AT, "", "")
                .undo("bilancio-differito", "b", AT.plusSeconds(5), "per errore");
        RegisterHistory history = RegisterHistory.of(Fixtures.seed(), r);
        assertThat(history.steps().get(1).moved()).singleElement()
                .satisfies(c -> assertThat(c.after().deadline().effective()).contains(LocalDate.of(2024, 1, 31)));
        assertThat(history.revisions(PIAO)).isEqualTo(2);
    }

    @Test
    void refusesAnotherDirectivesRegister() {
        assertThatThrownBy(() -> RegisterHistory.of(Fixtures.seed(), EventRegister.empty("altra")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("altra");
    }
}

package it.ciclo.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.ciclo.directive.Directive;
import it.ciclo.format.DirectiveReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangeTest {

    private static Directive seed() throws Exception {
        return new DirectiveReader().read(Path.of("../docs/examples/direttiva-4-2023.json")).directive();
    }

    @Test
    void aDeferralDecreeMovesThePiaoAndTheBudgetGivesThePegADate() throws Exception {
        Directive d = seed();
        Schedule written = Schedule.of(d, EventDates.none());
        // DM Interno 22.12.2023 deferred the 2024-2026 budget to 15/03/2024; say it was approved on 12/03/2024.
        Schedule decreed = Schedule.of(d, EventDates.none()
                .with("bilancio-differito", LocalDate.of(2024, 3, 15))
                .with("bilancio-approvato", LocalDate.of(2024, 3, 12)));

        List<Change> changes = Change.between(written, decreed);

        assertThat(changes).extracting(c -> c.after().reference().toString()).containsExactly("peg.approval", "piao.approval");
        Change piao = changes.get(1);
        assertThat(piao.before().deadline().effective()).contains(LocalDate.of(2024, 1, 31));
        assertThat(piao.after().deadline().effective()).contains(LocalDate.of(2024, 4, 11));
        // 12/03/2024 + 20 days = 01/04/2024, Easter Monday: the PEG's legal deadline rolls to Tuesday.
        assertThat(changes.get(0).before().deadline().isDue()).isFalse();
        assertThat(changes.get(0).after().deadline().effective()).contains(LocalDate.of(2024, 4, 2));
    }

    @Test
    void nothingMovesWhenNothingHappens() throws Exception {
        Directive d = seed();

        assertThat(Change.between(Schedule.of(d, EventDates.none()), Schedule.of(d, EventDates.none()))).isEmpty();
    }

    @Test
    void onlySchedulesOfOneDirectiveCompare() throws Exception {
        Directive d = seed();
        Directive other = new Directive("altra", d.title(), d.issued(), d.cycle(), d.calendar(), d.events(), d.sectors(),
                d.acts().subList(0, 1));

        assertThatThrownBy(() -> Change.between(Schedule.of(d, EventDates.none()), Schedule.of(other, EventDates.none())))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

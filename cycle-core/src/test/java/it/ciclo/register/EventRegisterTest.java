package it.ciclo.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.ciclo.deadline.EventDates;
import it.ciclo.deadline.Schedule;
import it.ciclo.testing.Fixtures;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventRegisterTest {

    private static final Instant AT = Instant.parse("2023-12-28T09:15:00Z");

    @Test
    void theLatestRecordOfAnEventIsInForceAndEveryEntryIsKept() {
        EventRegister r = EventRegister.empty("direttiva-4-2023")
                .record("bilancio-differito", LocalDate.of(2024, 3, 15), "mario.rossi", AT, "DM Interno 22/12/2023", "GU n. 303")
                .record("bilancio-approvato", LocalDate.of(2024, 3, 12), "mario.rossi", AT, "Delibera CC n. 12", "")
                .record("bilancio-differito", LocalDate.of(2024, 4, 30), "anna.bianchi", AT.plusSeconds(60), "DM Interno 7/3/2024", "GU n. 60");
        assertThat(r.entries()).hasSize(3).extracting(RegisterEntry::number).containsExactly(1, 2, 3);
        assertThat(r.inForce()).isEqualTo(EventDates.of(java.util.Map.of(
                "bilancio-differito", LocalDate.of(2024, 4, 30), "bilancio-approvato", LocalDate.of(2024, 3, 12))));
        assertThat(r.inForce("bilancio-differito").orElseThrow().decree()).isEqualTo("DM Interno 7/3/2024");
        assertThat(r.isInForce((EventRecorded) r.entries().get(0))).isFalse();
        assertThat(r.isInForce((EventRecorded) r.entries().get(2))).isTrue();
    }

    @Test
    void undoingARecordBringsTheOneBeforeBackAndKeepsBoth() {
        EventRegister r = EventRegister.empty("d")
                .record("bilancio-differito", LocalDate.of(2024, 3, 15), "a", AT, "DM 1", "")
                .record("bilancio-differito", LocalDate.of(2024, 4, 30), "a", AT, "DM 2", "")
                .undo("bilancio-differito", "b", AT, "registrato per errore");
        assertThat(r.entries()).hasSize(3);
        assertThat(r.entries().get(2)).isEqualTo(new RecordUndone(3, "bilancio-differito", 2, "b", AT, "registrato per errore"));
        assertThat(r.inForce("bilancio-differito").map(EventRecorded::date)).contains(LocalDate.of(2024, 3, 15));
        assertThat(r.isUndone((EventRecorded) r.entries().get(1))).isTrue();
        EventRegister none = r.undo("bilancio-differito", "b", AT, "");
        assertThat(none.inForce("bilancio-differito")).isEmpty();
        assertThat(none.inForce().asMap()).isEmpty();
        assertThatThrownBy(() -> none.undo("bilancio-differito", "b", AT, "")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesAHistoryThatDoesNotHoldTogether() {
        EventRecorded first = new EventRecorded(1, "a", LocalDate.of(2024, 1, 1), "x", AT, "", "");
        assertThatThrownBy(() -> new EventRegister("d", List.of(new EventRecorded(2, "a", LocalDate.of(2024, 1, 1), "x", AT, "", ""))))
                .hasMessageContaining("numbered");
        assertThatThrownBy(() -> new EventRegister("d", List.of(first, new RecordUndone(2, "b", 1, "x", AT, ""))))
                .hasMessageContaining("undoes");
        assertThatThrownBy(() -> new EventRegister("d", List.of(first, new RecordUndone(2, "a", 1, "x", AT, ""),
                new RecordUndone(3, "a", 1, "x", AT, "")))).hasMessageContaining("undoes");
        assertThatThrownBy(() -> new RecordUndone(2, "a", 2, "x", AT, "")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theDatesInForceMoveTheSchedule() {
        EventRegister r = EventRegister.empty("direttiva-4-2023")
                .record("bilancio-approvato", LocalDate.of(2023, 12, 20), "mario.rossi", AT, "", "");
        assertThat(Schedule.of(Fixtures.seed(), r.inForce()).approval("peg").effective()).contains(LocalDate.of(2024, 1, 9));
    }
}

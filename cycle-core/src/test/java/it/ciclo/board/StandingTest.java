package it.ciclo.board;

import static org.assertj.core.api.Assertions.assertThat;

import it.ciclo.deadline.Deadline;
import it.ciclo.i18n.Message;
import it.ciclo.store.EntryKind;
import it.ciclo.store.StoreEntry;
import it.ciclo.store.StorePath;
import it.ciclo.submission.SubmissionStatus;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StandingTest {

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private static final LocalDate DUE = LocalDate.of(2023, 10, 5);
    private static final Deadline DEADLINE = Deadline.due(DUE, DUE, Message.of("rule.on", DUE), "");
    private static final Deadline PENDING = Deadline.pending(Set.of("bilancio-approvato"), Message.of("rule.event.pending", "x"));

    @Test
    void nothingBeforeTheDeadlineIsMissingWithDaysLeft() {
        Standing s = assess(List.of(), DEADLINE, LocalDate.of(2023, 10, 2));
        assertThat(s.status()).isEqualTo(SubmissionStatus.MISSING);
        assertThat(s.daysLeft()).contains(3L);
        assertThat(s.daysLate()).isEmpty();
        assertThat(assess(List.of(), DEADLINE, DUE).daysLeft()).contains(0L);
    }

    @Test
    void nothingAfterTheDeadlineIsOverdueWithDaysLate() {
        Standing s = assess(List.of(), DEADLINE, LocalDate.of(2023, 10, 10));
        assertThat(s.status()).isEqualTo(SubmissionStatus.OVERDUE);
        assertThat(s.daysLeft()).isEmpty();
        assertThat(s.daysLate()).contains(5L);
    }

    @Test
    void filesOnOrBeforeTheDeadlineAreSubmittedAndArriveWithTheEarliest() {
        Standing s = assess(List.of(file("b.docx", LocalDate.of(2023, 10, 9)), file("a.docx", DUE)), DEADLINE,
                LocalDate.of(2023, 10, 10));
        assertThat(s.status()).isEqualTo(SubmissionStatus.SUBMITTED);
        assertThat(s.arrived()).contains(DUE);
        assertThat(s.daysLate()).isEmpty();
        assertThat(s.files()).extracting(f -> f.name()).containsExactly("a.docx", "b.docx");
    }

    @Test
    void filesAfterTheDeadlineAreSubmittedLate() {
        Standing s = assess(List.of(file("a.docx", LocalDate.of(2023, 10, 8))), DEADLINE, LocalDate.of(2023, 10, 10));
        assertThat(s.status()).isEqualTo(SubmissionStatus.SUBMITTED_LATE);
        assertThat(s.daysLate()).contains(3L);
    }

    @Test
    void aPendingDeadlineIsNeitherOverdueNorLate() {
        assertThat(assess(List.of(), PENDING, LocalDate.of(2030, 1, 1)).status()).isEqualTo(SubmissionStatus.MISSING);
        Standing s = assess(List.of(file("a.docx", LocalDate.of(2029, 1, 1))), PENDING, LocalDate.of(2030, 1, 1));
        assertThat(s.status()).isEqualTo(SubmissionStatus.SUBMITTED);
        assertThat(s.daysLate()).isEmpty();
        assertThat(s.daysLeft()).isEmpty();
    }

    @Test
    void reviewStatesTheStoreKnowsWin() {
        LocalDate asOf = LocalDate.of(2023, 10, 10);
        assertThat(assess(List.of(reviewed("a", SubmissionStatus.APPROVED), reviewed("b", SubmissionStatus.IN_REVIEW)), DEADLINE, asOf)
                .status()).isEqualTo(SubmissionStatus.IN_REVIEW);
        assertThat(assess(List.of(reviewed("a", SubmissionStatus.IN_REVIEW), reviewed("b", SubmissionStatus.CHANGES_REQUESTED)),
                DEADLINE, asOf).status()).isEqualTo(SubmissionStatus.CHANGES_REQUESTED);
        assertThat(assess(List.of(reviewed("a", SubmissionStatus.APPROVED), reviewed("b", SubmissionStatus.APPROVED)), DEADLINE, asOf)
                .status()).isEqualTo(SubmissionStatus.APPROVED);
        assertThat(assess(List.of(reviewed("a", SubmissionStatus.APPROVED), file("b", DUE)), DEADLINE, asOf).status())
                .as("approved only when every file is").isEqualTo(SubmissionStatus.SUBMITTED);
    }

    @Test
    void withdrawnFilesAreListedButDoNotCount() {
        Standing s = assess(List.of(reviewed("a", SubmissionStatus.WITHDRAWN)), DEADLINE, LocalDate.of(2023, 10, 10));
        assertThat(s.status()).isEqualTo(SubmissionStatus.OVERDUE);
        assertThat(s.files()).hasSize(1);
    }

    @Test
    void daysAreCountedInTheComuneTimeZone() {
        // 23:30 UTC on the due day is already the next day in Rome.
        StoreEntry lateEvening = StoreEntry.document(StorePath.of("a"), 1, DUE.atTime(23, 30).toInstant(ZoneOffset.UTC));
        assertThat(Standing.assess(List.of(lateEvening), f -> true, DEADLINE, DUE.plusDays(2), ROME).status())
                .isEqualTo(SubmissionStatus.SUBMITTED_LATE);
        assertThat(Standing.assess(List.of(lateEvening), f -> true, DEADLINE, DUE.plusDays(2), ZoneOffset.UTC).status())
                .isEqualTo(SubmissionStatus.SUBMITTED);
    }

    private static Standing assess(List<StoreEntry> files, Deadline due, LocalDate asOf) {
        return Standing.assess(files, f -> true, due, asOf, ROME);
    }

    private static StoreEntry file(String name, LocalDate modified) {
        return StoreEntry.document(StorePath.of(name), 10, modified.atTime(10, 0).atZone(ROME).toInstant());
    }

    private static StoreEntry reviewed(String name, SubmissionStatus review) {
        return new StoreEntry(StorePath.of(name), EntryKind.DOCUMENT, 10, DUE.atTime(10, 0).atZone(ROME).toInstant(),
                Optional.of("mario.rossi"), Optional.of(review));
    }
}

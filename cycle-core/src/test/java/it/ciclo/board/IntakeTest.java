package it.ciclo.board;

import static org.assertj.core.api.Assertions.assertThat;

import it.ciclo.deadline.EventDates;
import it.ciclo.deadline.Schedule;
import it.ciclo.store.EntryKind;
import it.ciclo.store.StoreEntry;
import it.ciclo.store.StorePath;
import it.ciclo.submission.SubmissionStatus;
import it.ciclo.testing.Fixtures;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The board's rule on plain facts, as code that walks no store (the Alfresco module) calls it. */
class IntakeTest {

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private static final LocalDate DUE = LocalDate.of(2023, 10, 5);
    private static final LocalDate OPENS = LocalDate.of(2023, 9, 21);
    private static final Intake INTAKE = new Intake(Optional.of(DUE), OPENS, IgnoreList.builtIn(), ROME);
    private static final Intake PENDING = new Intake(Optional.empty(), OPENS, IgnoreList.builtIn(), ROME);

    @Test
    void nothingBeforeTheDeadlineIsMissingWithDaysLeft() {
        Standing s = INTAKE.standing(List.of(), LocalDate.of(2023, 10, 2));
        assertThat(s.status()).isEqualTo(SubmissionStatus.MISSING);
        assertThat(s.daysLeft()).contains(3L);
        assertThat(s.daysLate()).isEmpty();
        assertThat(INTAKE.standing(List.of(), DUE).daysLeft()).contains(0L);
    }

    @Test
    void nothingAfterTheDeadlineIsOverdueWithDaysLate() {
        Standing s = INTAKE.standing(List.of(), LocalDate.of(2023, 10, 10));
        assertThat(s.status()).isEqualTo(SubmissionStatus.OVERDUE);
        assertThat(s.daysLeft()).isEmpty();
        assertThat(s.daysLate()).contains(5L);
    }

    @Test
    void filesOnOrBeforeTheDeadlineAreSubmittedAndArriveWithTheEarliest() {
        Standing s = INTAKE.standing(List.of(file("b.docx", LocalDate.of(2023, 10, 9)), file("a.docx", DUE)),
                LocalDate.of(2023, 10, 10));
        assertThat(s.status()).isEqualTo(SubmissionStatus.SUBMITTED);
        assertThat(s.arrived()).contains(DUE);
        assertThat(s.daysLate()).isEmpty();
        assertThat(s.files()).extracting(StoreEntry::name).containsExactly("a.docx", "b.docx");
    }

    @Test
    void filesAfterTheDeadlineAreSubmittedLate() {
        Standing s = INTAKE.standing(List.of(file("a.docx", LocalDate.of(2023, 10, 8))), LocalDate.of(2023, 10, 10));
        assertThat(s.status()).isEqualTo(SubmissionStatus.SUBMITTED_LATE);
        assertThat(s.daysLate()).contains(3L);
    }

    @Test
    void aPendingDeadlineIsNeitherOverdueNorLate() {
        assertThat(PENDING.standing(List.of(), LocalDate.of(2030, 1, 1)).status()).isEqualTo(SubmissionStatus.MISSING);
        Standing s = PENDING.standing(List.of(file("a.docx", LocalDate.of(2029, 1, 1))), LocalDate.of(2030, 1, 1));
        assertThat(s.status()).isEqualTo(SubmissionStatus.SUBMITTED);
        assertThat(s.daysLate()).isEmpty();
        assertThat(s.daysLeft()).isEmpty();
    }

    @Test
    void reviewStatesTheStoreKnowsWin() {
        LocalDate asOf = LocalDate.of(2023, 10, 10);
        assertThat(INTAKE.standing(List.of(reviewed("a", SubmissionStatus.APPROVED), reviewed("b", SubmissionStatus.IN_REVIEW)), asOf)
                .status()).isEqualTo(SubmissionStatus.IN_REVIEW);
        assertThat(INTAKE.standing(List.of(reviewed("a", SubmissionStatus.IN_REVIEW), reviewed("b", SubmissionStatus.CHANGES_REQUESTED)),
                asOf).status()).isEqualTo(SubmissionStatus.CHANGES_REQUESTED);
        assertThat(INTAKE.standing(List.of(reviewed("a", SubmissionStatus.APPROVED), reviewed("b", SubmissionStatus.APPROVED)), asOf)
                .status()).isEqualTo(SubmissionStatus.APPROVED);
        assertThat(INTAKE.standing(List.of(reviewed("a", SubmissionStatus.APPROVED), file("b", DUE)), asOf).status())
                .as("approved only when every file is").isEqualTo(SubmissionStatus.SUBMITTED);
    }

    @Test
    void withdrawnFilesAreListedButDoNotCount() {
        Standing s = INTAKE.standing(List.of(reviewed("a", SubmissionStatus.WITHDRAWN)), LocalDate.of(2023, 10, 10));
        assertThat(s.status()).isEqualTo(SubmissionStatus.OVERDUE);
        assertThat(s.files()).hasSize(1);
    }

    /** Issue 9, item 1. */
    @Test
    void systemTemporaryHiddenFilesAndShortcutsAreNothing() {
        List<StoreEntry> junk = List.of(file("Thumbs.db", DUE), file("thumbs.db", DUE), file("desktop.ini", DUE),
                file("~$ta DUP SF.docx", DUE), file(".DS_Store", DUE), file("._Azioni.docx", DUE),
                file(".~lock.Azioni.docx#", DUE), file("~WRL0001.tmp", DUE), file("Azioni - collegamento.lnk", DUE),
                file("Portale PIAO.url", DUE), file("direttiva.eventi.json", DUE));
        Standing s = INTAKE.standing(junk, LocalDate.of(2023, 10, 10));
        assertThat(s.status()).isEqualTo(SubmissionStatus.OVERDUE);
        assertThat(s.files()).isEmpty();
        assertThat(s.old()).isEmpty();
    }

    /** Issue 9, item 2: a file last changed before the collection opened is an earlier cycle's. */
    @Test
    void filesFromBeforeTheCollectionAreListedApartAndDoNotCount() {
        Standing s = INTAKE.standing(List.of(file("PEG 2023.docx", LocalDate.of(2023, 3, 1)),
                file("scheda.xlsx", OPENS.minusDays(1))), LocalDate.of(2023, 10, 10));
        assertThat(s.status()).isEqualTo(SubmissionStatus.OVERDUE);
        assertThat(s.old()).extracting(StoreEntry::name).containsExactly("PEG 2023.docx", "scheda.xlsx");
        assertThat(INTAKE.standing(List.of(file("PEG 2024.docx", OPENS)), LocalDate.of(2023, 10, 10)).status())
                .as("from the opening day on, a file counts").isEqualTo(SubmissionStatus.SUBMITTED);
    }

    /** A repository records arrival; a file created before the collection and reworked after arrives when reworked. */
    @Test
    void aRecordedArrivalIsTrustedFromTheOpeningOn() {
        Instant created = LocalDate.of(2023, 9, 25).atTime(9, 0).atZone(ROME).toInstant();
        Instant changed = LocalDate.of(2023, 10, 9).atTime(9, 0).atZone(ROME).toInstant();
        StoreEntry marked = new StoreEntry(StorePath.of("a.docx"), EntryKind.DOCUMENT, 1, changed, Optional.empty(),
                Optional.empty(), Optional.of(created));
        assertThat(INTAKE.standing(List.of(marked), LocalDate.of(2023, 10, 10)).status())
                .as("changed later, but it arrived in time").isEqualTo(SubmissionStatus.SUBMITTED);
        StoreEntry reworked = new StoreEntry(StorePath.of("b.docx"), EntryKind.DOCUMENT, 1, changed, Optional.empty(),
                Optional.empty(), Optional.of(LocalDate.of(2022, 9, 25).atStartOfDay(ROME).toInstant()));
        Standing s = INTAKE.standing(List.of(reworked), LocalDate.of(2023, 10, 10));
        assertThat(s.status()).isEqualTo(SubmissionStatus.SUBMITTED_LATE);
        assertThat(s.arrived()).contains(LocalDate.of(2023, 10, 9));
    }

    /** Issue 9, item 5: the Comune's day, not the machine's. */
    @Test
    void daysAreCountedInTheComuneTimeZone() {
        // 00:30 in Rome on the day after the deadline is still the deadline day in UTC.
        StoreEntry halfPastMidnight = StoreEntry.document(StorePath.of("a"), 1, Instant.parse("2023-10-05T22:30:00Z"));
        assertThat(INTAKE.standing(List.of(halfPastMidnight), DUE.plusDays(2)).status()).isEqualTo(SubmissionStatus.SUBMITTED_LATE);
        Intake utc = new Intake(Optional.of(DUE), OPENS, IgnoreList.builtIn(), ZoneOffset.UTC);
        assertThat(utc.standing(List.of(halfPastMidnight), DUE.plusDays(2)).status()).isEqualTo(SubmissionStatus.SUBMITTED);
    }

    @Test
    void theDirectiveSetsTheIntakeOfEachAct() {
        Intake peg = Intake.of(Schedule.of(Fixtures.seed(), EventDates.none()), Fixtures.seed().act("peg").orElseThrow());
        assertThat(peg.due()).contains(DUE);
        assertThat(peg.opens()).as("the day after the directive").isEqualTo(OPENS);
        assertThat(peg.zone()).isEqualTo(ROME);
        assertThat(peg.ignore()).isEqualTo(IgnoreList.builtIn());
    }

    private static StoreEntry file(String name, LocalDate modified) {
        return StoreEntry.document(StorePath.of(name), 10, modified.atTime(10, 0).atZone(ROME).toInstant());
    }

    private static StoreEntry reviewed(String name, SubmissionStatus review) {
        return new StoreEntry(StorePath.of(name), EntryKind.DOCUMENT, 10, DUE.atTime(10, 0).atZone(ROME).toInstant(),
                Optional.of("mario.rossi"), Optional.of(review));
    }
}

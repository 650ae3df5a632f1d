package it.ciclo.office.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.ValidationWarnings;
import biweekly.component.VEvent;
import biweekly.component.VTodo;
import biweekly.io.ParseWarning;
import it.ciclo.deadline.Change;
import it.ciclo.deadline.EventDates;
import it.ciclo.deadline.Schedule;
import it.ciclo.directive.Directive;
import it.ciclo.format.DirectiveDocument;
import it.ciclo.testing.SeedBoard;
import it.ciclo.register.EventRegister;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The calendar read back by another iCalendar library (biweekly) than the one that made it (ical4j). */
class CalendarIcsTest {

    private static final Instant STAMP = Instant.parse("2024-01-02T08:00:00Z");
    private static final Instant DEFERRED = Instant.parse("2023-12-28T09:15:00Z");
    private static final Instant APPROVED = Instant.parse("2024-03-13T10:00:00Z");
    private static final String PIAO = "direttiva-4-2023.piao.approval@ciclo";

    private final Directive seed = SeedBoard.seed().directive();

    @Test
    void isRfc5545ToTheLetterByteByByte() throws IOException {
        String ics = write(seed, EventRegister.empty(seed.id()), Locale.ITALIAN);
        IcsLines.assertFolded(ics.getBytes(StandardCharsets.UTF_8));
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(ics.getBytes(StandardCharsets.UTF_8).length).as("long Italian descriptions were folded")
                .isGreaterThan(ics.length());
        assertThat(ics).contains("\r\n ").doesNotContain("\r\nDURATION:");
        ICalendar calendar = parse(ics);
        ValidationWarnings warnings = calendar.validate(ICalVersion.V2_0);
        assertThat(warnings.isEmpty()).as(warnings.toString()).isTrue();
    }

    @Test
    void eachDeadlineIsAnAllDayEventWithDtendSequenceAndLastModified() throws IOException {
        ICalendar calendar = parse(write(seed, EventRegister.empty(seed.id()), Locale.ITALIAN));
        assertThat(calendar.getEvents()).hasSize(10);
        VEvent peg = event(calendar, "direttiva-4-2023.peg.submission@ciclo");
        assertThat(peg.getDateStart().getValue().hasTime()).isFalse();
        assertThat(day(peg.getDateStart().getValue())).isEqualTo(LocalDate.of(2023, 10, 5));
        assertThat(day(peg.getDateEnd().getValue())).isEqualTo(LocalDate.of(2023, 10, 6));
        assertThat(peg.getDuration()).isNull();
        assertThat(peg.getSequence().getValue()).isZero();
        assertThat(peg.getLastModified().getValue().toInstant()).as("never moved: the directive's day")
                .isEqualTo(LocalDate.of(2023, 9, 20).atStartOfDay(seed.calendar().zone()).toInstant());
        assertThat(peg.getDateTimeStamp().getValue().toInstant()).isEqualTo(STAMP);
        assertThat(peg.getSummary().getValue()).isEqualTo("Consegna interna: PEG - Piano Esecutivo di Gestione 2024-2026");
        assertThat(peg.getDescription().getValue()).contains("Cartella: ATTIVITA' TRASVERSALI\\11_Programmazione e controllo\\E_PEG 2024_2026")
                .contains("Istruzioni: Aggiornare l'elenco delle azioni");
        assertThat(peg.getAlarms()).singleElement()
                .satisfies(a -> assertThat(a.getTrigger().getDuration().toString()).isEqualTo("-P3D"));
    }

    @Test
    void theCalendarHasANameAndAsksToBeRefreshed() throws IOException {
        ICalendar calendar = parse(write(seed, EventRegister.empty(seed.id()), Locale.ITALIAN));
        String name = "Ciclo 2024-2026: scadenze della direttiva n. 4 del 20/09/2023";
        assertThat(calendar.getNames()).singleElement().satisfies(n -> assertThat(n.getValue()).isEqualTo(name));
        assertThat(calendar.getExperimentalProperty("X-WR-CALNAME").getValue()).isEqualTo(name);
        assertThat(calendar.getRefreshInterval().getValue().toString()).isEqualTo("PT1H");
        assertThat(calendar.getExperimentalProperty("X-PUBLISHED-TTL").getValue()).isEqualTo("PT1H");
        assertThat(calendar.getMethod().getValue()).isEqualTo("PUBLISH");
        assertThat(parse(write(seed, EventRegister.empty(seed.id()), Locale.ENGLISH)).getNames().get(0).getValue())
                .isEqualTo("Ciclo 2024-2026: deadlines of directive no. 4 of 2023-09-20");
    }

    @Test
    void thePendingPegDeadlineIsATodoNamedInTheDescription() throws IOException {
        ICalendar calendar = parse(write(seed, EventRegister.empty(seed.id()), Locale.ITALIAN));
        assertThat(calendar.getTodos()).singleElement().satisfies(todo -> {
            assertThat(todo.getUid().getValue()).isEqualTo("direttiva-4-2023.peg.approval.pending@ciclo");
            assertThat(todo.getSummary().getValue()).isEqualTo("In attesa di data — Giunta: PEG - Piano Esecutivo di Gestione 2024-2026");
            assertThat(todo.getDescription().getValue()).contains("20 giorni dopo").contains("bilancio");
            assertThat(todo.getDateStart()).isNull();
            assertThat(todo.getDateDue()).isNull();
            assertThat(todo.getStatus().getValue()).isEqualTo("NEEDS-ACTION");
        });
        assertThat(calendar.getDescriptions().get(0).getValue()).contains("In attesa: Giunta: PEG - Piano Esecutivo di Gestione 2024-2026");
    }

    @Test
    void aDeadlineMovedByTheRegisterKeepsItsUidAndRaisesItsSequence() throws IOException {
        EventRegister deferred = EventRegister.empty(seed.id())
                .record("bilancio-differito", LocalDate.of(2024, 3, 15), "a", DEFERRED, "DM Interno 22/12/2023", "");
        EventRegister approved = deferred.record("bilancio-approvato", LocalDate.of(2024, 3, 12), "a", APPROVED, "", "");

        ICalendar before = parse(write(seed, EventRegister.empty(seed.id()), Locale.ITALIAN));
        ICalendar waiting = parse(write(seed, deferred, Locale.ITALIAN));
        ICalendar after = parse(write(seed, approved, Locale.ITALIAN));

        assertThat(event(before, PIAO).getSequence().getValue()).isZero();
        assertThat(waiting.getEvents()).extracting(e -> e.getUid().getValue()).doesNotContain(PIAO);
        VTodo piaoWaiting = waiting.getTodos().stream()
                .filter(t -> t.getUid().getValue().equals("direttiva-4-2023.piao.approval.pending@ciclo")).findFirst().orElseThrow();
        assertThat(piaoWaiting.getSequence().getValue()).isEqualTo(1);
        assertThat(piaoWaiting.getLastModified().getValue().toInstant()).isEqualTo(DEFERRED);
        VEvent piao = event(after, PIAO);
        assertThat(day(piao.getDateStart().getValue())).isEqualTo(LocalDate.of(2024, 4, 11));
        assertThat(piao.getSequence().getValue()).isEqualTo(2);
        assertThat(piao.getLastModified().getValue().toInstant()).isEqualTo(APPROVED);
        assertThat(event(after, "direttiva-4-2023.peg.approval@ciclo").getSequence().getValue()).isEqualTo(1);
        assertThat(event(after, "direttiva-4-2023.peg.submission@ciclo").getSequence().getValue()).isZero();
    }

    @Test
    void eventsGivenForOneRunAreARevisionToo() throws IOException {
        EventRegister none = EventRegister.empty(seed.id());
        Schedule kept = Schedule.of(seed, none.inForce());
        Schedule whatIf = Schedule.of(seed, EventDates.none().with("bilancio-approvato", LocalDate.of(2023, 12, 20)));
        Revisions revisions = Revisions.of(seed, none).with(Change.between(kept, whatIf), STAMP);
        StringWriter out = new StringWriter();
        new CalendarIcs(Locale.ITALIAN, 3).write(whatIf, revisions, STAMP, out);
        VEvent peg = event(parse(out.toString()), "direttiva-4-2023.peg.approval@ciclo");
        assertThat(peg.getSequence().getValue()).isEqualTo(1);
        assertThat(peg.getLastModified().getValue().toInstant()).isEqualTo(STAMP);
    }

    @Test
    void uidsDependOnNothingButDirectiveActAndKind() throws IOException {
        DirectiveDocument renamed = SeedBoard.directive("\"title\": \"PEG - Piano Esecutivo di Gestione 2024-2026\"",
                "\"title\": \"PEG 2024-2026 (nuovo titolo)\"");
        List<String> a = parse(write(seed, EventRegister.empty(seed.id()), Locale.ITALIAN)).getEvents().stream()
                .map(e -> e.getUid().getValue()).sorted().toList();
        List<String> b = parse(write(renamed.directive(), EventRegister.empty(seed.id()), Locale.ENGLISH)).getEvents().stream()
                .map(e -> e.getUid().getValue()).sorted().toList();
        assertThat(a).isEqualTo(b).doesNotHaveDuplicates();
    }

    private static String write(Directive directive, EventRegister register, Locale locale) throws IOException {
        StringWriter out = new StringWriter();
        new CalendarIcs(locale, 3).write(Schedule.of(directive, register.inForce()), Revisions.of(directive, register), STAMP, out);
        return out.toString();
    }

    private static ICalendar parse(String ics) {
        List<List<ParseWarning>> warnings = new ArrayList<>();
        ICalendar calendar = Biweekly.parse(ics).warnings(warnings).first();
        assertThat(warnings).allSatisfy(w -> assertThat(w).as("parse warnings").isEmpty());
        return calendar;
    }

    private static VEvent event(ICalendar calendar, String uid) {
        return calendar.getEvents().stream().filter(e -> e.getUid().getValue().equals(uid)).findFirst().orElseThrow();
    }

    private static LocalDate day(biweekly.util.ICalDate date) {
        return LocalDate.of(date.getRawComponents().getYear(), date.getRawComponents().getMonth(), date.getRawComponents().getDate());
    }
}

package it.ciclo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

class CalendarCommandTest {

    @Test
    void printsEveryDeadlineByDateInItalian() {
        Run run = Run.of("calendar", Run.SEED.toString(), "--event", "bilancio-approvato=2023-12-20");

        assertThat(run.code()).isZero();
        assertThat(run.err()).isEmpty();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("Direttiva n. 4 del 20/09/2023 — Ciclo di programmazione 2024 - 2026");
        // Events by their labels, not their ids.
        assertThat(lines.get(1)).isEqualTo("Eventi: l'approvazione del bilancio di previsione: 20/12/2023; il differimento del"
                + " termine per il bilancio di previsione: in attesa");
        assertThat(lines.get(3)).startsWith("Data        Giorno     Atto");
        assertThat(lines.subList(4, 15)).extracting(l -> l.substring(0, 10)).containsExactly(
                "05/10/2023", "05/10/2023", "15/11/2023", "09/01/2024", "15/01/2024", "15/01/2024", "31/01/2024",
                "30/06/2024", "28/02/2025", "28/02/2025", "31/05/2025");
        assertThat(lines.get(7)).contains("martedì", "PEG - Piano Esecutivo di Gestione 2024-2026", "Giunta",
                "20 giorni dopo l'approvazione del bilancio di previsione (20/12/2023) → 09/01/2024");
        assertThat(lines.subList(15, lines.size())).containsExactly("",
                "Scadenze spostate dagli eventi indicati con --event:",
                "  PEG - Piano Esecutivo di Gestione 2024-2026 (scadenza Giunta): in attesa → 09/01/2024");
    }

    @Test
    void showsWhatTheEventsMoved() {
        Run run = Run.of("calendar", Run.SEED.toString(), "--event", "bilancio-differito=2024-03-15", "--event", "bilancio-approvato=2024-03-12");

        assertThat(run.out()).endsWith("""

                Scadenze spostate dagli eventi indicati con --event:
                  PEG - Piano Esecutivo di Gestione 2024-2026 (scadenza Giunta): in attesa → 02/04/2024
                  PIAO – Piano Integrato Attività e Organizzazione 2024-2026 (scadenza Giunta): 31/01/2024 → 11/04/2024
                """);
        assertThat(Run.of("calendar", Run.SEED.toString()).out()).doesNotContain("spostate");
    }

    @Test
    void speaksEnglishWhenAsked() {
        Run run = Run.of("calendar", Run.SEED.toString(), "--lang", "en");

        assertThat(run.out()).contains("Directive no. 4 of 2023-09-20", "2024-06-30  Sunday", "pending",
                "20 days after l'approvazione del bilancio di previsione; waiting for: l'approvazione del bilancio di previsione");
    }

    @Test
    void writesJsonForMachines() throws Exception {
        JsonNode root = new ObjectMapper().readTree(Run.of("calendar", Run.SEED.toString(), "--format", "json").out());

        assertThat(root.get("directive").asText()).isEqualTo("direttiva-4-2023");
        assertThat(root.get("acts")).hasSize(6);
        JsonNode peg = root.get("acts").get(1);
        assertThat(peg.get("id").asText()).isEqualTo("peg");
        assertThat(peg.get("approval").get("status").asText()).isEqualTo("pending");
        assertThat(peg.get("approval").get("nominal").isNull()).isTrue();
        assertThat(peg.get("approval").get("effective").isNull()).isTrue();
        assertThat(peg.get("approval").get("waitsFor").get(0).asText()).isEqualTo("bilancio-approvato");
        assertThat(peg.get("submission").get("effective").asText()).isEqualTo("2023-10-05");
        JsonNode relazione = root.get("acts").get(5);
        assertThat(relazione.get("submission").isNull()).isTrue();
        assertThat(relazione.get("approval").get("status").asText()).isEqualTo("due");
        assertThat(relazione.get("approval").get("explanation").asText()).isEqualTo("data fissata 31/05/2025");
    }

    @Test
    void jsonShowsNominalAndEffectiveDates() throws Exception {
        // 20 days after 15/12/2023 is Thursday 4 January... choose a budget date that lands on a holiday:
        // 17/12/2023 + 20 days = 06/01/2024, Epiphany (a Saturday): next-non-holiday moves it to Monday 08/01/2024.
        JsonNode peg = new ObjectMapper().readTree(Run.of("calendar", Run.SEED.toString(), "--format", "json",
                "--event", "bilancio-approvato=2023-12-17").out()).get("acts").get(1).get("approval");

        assertThat(peg.get("status").asText()).isEqualTo("due");
        assertThat(peg.get("nominal").asText()).isEqualTo("2024-01-06");
        assertThat(peg.get("effective").asText()).isEqualTo("2024-01-08");
        assertThat(peg.get("waitsFor")).isEmpty();
        assertThat(peg.get("explanation").asText()).endsWith("cade in un giorno festivo, spostata al primo giorno non festivo "
                + "(art. 155 c.p.c.) → 08/01/2024");
    }

    @Test
    void writesValidICalendarWithStableUids() throws Exception {
        Calendar before = ics(Run.of("calendar", Run.SEED.toString(), "--format", "ics").out());
        Calendar after = ics(Run.of("calendar", Run.SEED.toString(), "--format", "ics", "--event", "bilancio-approvato=2023-12-20").out());

        before.validate();
        after.validate();
        List<VEvent> events = before.getComponents(VEvent.VEVENT);
        assertThat(events).hasSize(10);
        assertThat(after.<VEvent>getComponents(VEvent.VEVENT)).hasSize(11);
        assertThat(uids(after)).containsAll(uids(before)).contains("direttiva-4-2023.peg.approval@ciclo");
        assertThat(uids(Run.of("calendar", Run.SEED.toString(), "--format", "ics").out())).isEqualTo(uids(before));

        VEvent pegSubmission = events.stream().filter(e -> uid(e).equals("direttiva-4-2023.peg.submission@ciclo")).findFirst().orElseThrow();
        assertThat(pegSubmission.getProperty(Property.DTSTART).orElseThrow().getValue()).isEqualTo("20231005");
        assertThat(pegSubmission.getProperty(Property.DTSTART).orElseThrow().toString()).contains("VALUE=DATE");
        assertThat(pegSubmission.getProperty(Property.SUMMARY).orElseThrow().getValue())
                .isEqualTo("Consegna interna: PEG - Piano Esecutivo di Gestione 2024-2026");
        assertThat(pegSubmission.getProperty(Property.DESCRIPTION).orElseThrow().getValue())
                .contains("Cartella: ATTIVITA' TRASVERSALI\\11_Programmazione e controllo\\E_PEG 2024_2026")
                .contains("Istruzioni: Aggiornare l'elenco delle azioni");
        List<VAlarm> alarms = pegSubmission.getAlarms();
        assertThat(alarms).singleElement()
                .satisfies(a -> assertThat(a.getProperty(Property.TRIGGER).orElseThrow().getValue()).isEqualTo("-P3D"));
    }

    @Test
    void thePendingPegIsATodoAndAnEventGivenForOneRunRaisesItsSequence() throws Exception {
        String pending = Run.of("calendar", Run.SEED.toString(), "--format", "ics").out();
        assertThat(pending).contains("BEGIN:VTODO\r\nUID:direttiva-4-2023.peg.approval.pending@ciclo\r\n");
        Calendar whatIf = ics(Run.of("calendar", Run.SEED.toString(), "--format", "ics", "--event", "bilancio-approvato=2023-12-20").out());
        VEvent peg = whatIf.<VEvent>getComponents(VEvent.VEVENT).stream()
                .filter(e -> uid(e).equals("direttiva-4-2023.peg.approval@ciclo")).findFirst().orElseThrow();
        assertThat(peg.getProperty(Property.SEQUENCE).orElseThrow().getValue()).isEqualTo("1");
        assertThat(peg.getProperty(Property.DTEND).orElseThrow().getValue()).isEqualTo("20240110");
    }

    @Test
    void canLeaveTheReminderOut() throws Exception {
        Calendar calendar = ics(Run.of("calendar", Run.SEED.toString(), "--format", "ics", "--reminder-days", "0").out());

        assertThat(calendar.<VEvent>getComponents(VEvent.VEVENT)).allSatisfy(e -> assertThat(e.getAlarms()).isEmpty());
    }

    private static Calendar ics(String text) throws Exception {
        assertThat(text).startsWith("BEGIN:VCALENDAR\r\n");
        return new CalendarBuilder().build(new StringReader(text));
    }

    private static List<String> uids(String text) throws Exception {
        return uids(ics(text));
    }

    private static List<String> uids(Calendar calendar) {
        return calendar.<VEvent>getComponents(VEvent.VEVENT).stream().map(CalendarCommandTest::uid).sorted().toList();
    }

    private static String uid(VEvent e) {
        return e.getProperty(Property.UID).orElseThrow().getValue();
    }
}

package it.ciclo.share.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.ciclo.share.browser.LoopbackShare.Answer;
import it.ciclo.share.support.Workspace;
import it.ciclo.submission.SubmissionStatus;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * The dashlets' client code in Debian's headless chromium, with the real YUI 2.9 and Share's
 * alfresco.js/share.js, on the HTML the controller (Rhino) and template (FreeMarker) produce, against
 * a loopback repository answering board-api.md's {@code ciclo/board} with boards cycle-core computed
 * ({@link BoardFixtures}). Saves the screenshots the user guide shows (docs/guida/img).
 */
class DashletsBrowserTest extends BrowserHarness {

    private static final String CYCLES = "{\"cycles\":[{\"id\":\"2024-2026\",\"firstYear\":2024,\"lastYear\":2026}]}";
    private static final List<String> LP = List.of("lavori-pubblici");

    @TempDir
    static Path store;

    private BoardFixtures fixtures;

    @BeforeAll
    void fixtures() {
        fixtures = BoardFixtures.standard(store);
    }

    @Test
    void everyCellShowsCycleCoresStatusLabelAndColour() {
        for (Locale locale : List.of(Locale.ITALIAN, Locale.ENGLISH)) {
            serveBoard(locale);
            openDashlet("ciclo-board", locale, "b");
            chromium.until("document.querySelectorAll('#b-body td.ciclo-cell').length > 0");
            Map<String, Map<String, String>> cells = cells("b");
            JsonNode status = fixtures.statusJson(locale);
            Map<String, String> colours = fixtures.htmlColours(locale);
            int compared = 0;
            Set<String> seen = new java.util.HashSet<>();
            for (JsonNode act : status.get("acts")) {
                for (JsonNode sector : act.get("sectors")) {
                    String key = act.get("id").asText() + "/" + sector.get("id").asText();
                    Map<String, String> cell = cells.get(key);
                    assertThat(cell).as("cell " + key).isNotNull();
                    SubmissionStatus expected = SubmissionStatus.fromJsonName(sector.get("status").asText());
                    assertThat(cell.get("status")).as(key + " status").isEqualTo(expected.jsonName());
                    assertThat(cell.get("label")).as(key + " label").isEqualTo(expected.describe(locale));
                    assertThat(cell.get("colour")).as(key + " colour, as cycle status --format html")
                            .isEqualTo(rgb(colours.get(expected.jsonName())));
                    if (sector.get("daysLate").isNumber()) {
                        assertThat(cell.get("days")).as(key + " days late").contains(sector.get("daysLate").asText());
                    }
                    seen.add(expected.jsonName());
                    compared++;
                }
            }
            assertThat(compared).as("cells compared").isEqualTo(cells.size()).isGreaterThanOrEqualTo(20);
            assertThat(seen).as("statuses the fixture exercises").contains("missing", "overdue", "submitted", "submitted-late",
                    "in-review", "changes-requested", "approved");
            assertThat(chromium.errors()).isEmpty();
            if (locale == Locale.ITALIAN) {
                assertThat(text("b-next")).contains("Prossime scadenze", "15/01/2024", "PIAO");
                assertThat(text("b-asof")).isEqualTo("Situazione al 10/01/2024");
                chromium.screenshot(chromium.driver().findElement(By.cssSelector(".ciclo-board-dashlet")),
                        Workspace.screenshots().resolve("dashlet-scadenze.png"));
            } else {
                assertThat(text("b-asof")).isEqualTo("As of 10/01/2024");
            }
        }
    }

    @Test
    void choosingMySectorsAsksTheRepositoryAgainWithMine() {
        serveBoard(Locale.ITALIAN);
        openDashlet("ciclo-board", Locale.ITALIAN, "b");
        chromium.until("document.querySelectorAll('#b-body td.ciclo-cell').length > 0");
        int before = share.requests().size();
        assertThat(share.requests().get(before - 1).getQuery()).doesNotContain("mine=true").contains("cycle=2024-2026", "lang=it");
        chromium.js("var s = document.getElementById('b-scope'); s.value = 'mine'; s.dispatchEvent(new Event('change'));");
        chromium.until("document.querySelectorAll('#b-body th.ciclo-sector').length === 1");
        assertThat(share.requests()).hasSize(before + 1);
        assertThat(share.requests().get(before).getQuery()).contains("mine=true", "cycle=2024-2026");
        assertThat(chromium.driver().findElement(By.cssSelector("#b-body th.ciclo-sector")).getText()).isEqualTo("Settore Lavori Pubblici");
        assertThat(chromium.errors()).isEmpty();
    }

    @Test
    void mySubmissionsListsWhatMySectorStillOwesByDueDate() {
        serveBoard(Locale.ITALIAN);
        openDashlet("ciclo-my-submissions", Locale.ITALIAN, "m");
        chromium.until("document.querySelectorAll('#m-owed li.ciclo-item').length > 0");
        List<String> owedStatuses = List.of("missing", "overdue", "changes-requested");
        List<String> expectedOwed = new ArrayList<>();
        int handedIn = 0;
        for (JsonNode act : fixtures.statusJson(Locale.ITALIAN).get("acts")) {
            for (JsonNode s : act.get("sectors")) {
                if (s.get("id").asText().equals("lavori-pubblici")) {
                    if (owedStatuses.contains(s.get("status").asText())) {
                        expectedOwed.add(act.get("id").asText());
                    } else {
                        handedIn++;
                    }
                }
            }
        }
        @SuppressWarnings("unchecked")
        List<String> owed = (List<String>) chromium.js("return Array.prototype.map.call(document.querySelectorAll('#m-owed li.ciclo-item'), "
                + "function(li) { return li.getAttribute('data-act'); });");
        assertThat(owed).containsExactlyInAnyOrderElementsOf(expectedOwed);
        assertThat(text("m-owed")).startsWith("Da consegnare (" + expectedOwed.size() + ")");
        assertThat(text("m-done")).startsWith("Consegnati (" + handedIn + ")").contains("PEG LP.docx");
        assertThat(chromium.errors()).isEmpty();
        chromium.screenshot(chromium.driver().findElement(By.cssSelector(".ciclo-my-submissions-dashlet")),
                Workspace.screenshots().resolve("dashlet-consegne.png"));
    }

    @Test
    void aUserInNoSectorIsToldWhatToDo() {
        share.repository("ciclo/board", uri -> new Answer(200, fixtures.boardApi(Locale.ITALIAN, true, List.of()).toString()));
        openDashlet("ciclo-my-submissions", Locale.ITALIAN, "m");
        chromium.until("document.querySelector('#m-body .ciclo-empty') !== null");
        assertThat(text("m-body")).contains("Non risulti in nessun Settore del ciclo");
    }

    @Test
    void aRepositoryWithoutTheModuleGivesAnItalianMessage() {
        share.repository("ciclo/board", uri -> new Answer(404, "{\"status\":{\"code\":404},\"message\":\"not found\"}"));
        // The controller found no ciclo/cycles either: its message is on the page until the board answers.
        share.page(SharePage.around(DashletFragment.render("ciclo-board", Locale.ITALIAN, "b", 404, "{}"), Locale.ITALIAN));
        chromium.open(share.url("/share/page/test"));
        chromium.until("document.querySelector('#b-body .ciclo-error') !== null");
        assertThat(text("b-body")).contains("Il modulo Ciclo non è installato nel repository");
        assertThat(chromium.driver().findElements(By.cssSelector(".ciclo-board-dashlet .ciclo-error"))).as("said once").hasSize(1);
    }

    @Test
    void anUnknownCycleShowsTheRepositorysOwnMessage() {
        share.repository("ciclo/board", uri -> new Answer(400, "{\"message\":\"Ciclo sconosciuto: 1999-2001\"}"));
        openDashlet("ciclo-board", Locale.ITALIAN, "b");
        chromium.until("document.querySelector('#b-body .ciclo-error') !== null");
        assertThat(text("b-body")).isEqualTo("Ciclo sconosciuto: 1999-2001");
    }

    /** The loopback repository answers ciclo/board with the fixture, honouring mine= and lang=. */
    private void serveBoard(Locale pageLocale) {
        share.repository("ciclo/board", uri -> {
            String query = uri.getQuery() == null ? "" : uri.getQuery();
            Locale locale = query.contains("lang=en") ? Locale.ENGLISH : Locale.ITALIAN;
            boolean mine = query.contains("mine=true");
            ObjectNode board = fixtures.boardApi(locale, mine, LP);
            BoardFixtures.checkShape(board);
            return new Answer(200, board.toString());
        });
    }

    private void openDashlet(String dashlet, Locale locale, String htmlid) {
        share.page(SharePage.around(DashletFragment.render(dashlet, locale, htmlid, 200, CYCLES), locale));
        chromium.open(share.url("/share/page/test"));
    }

    /** act/sector -> status, label, days, colour (computed background, rgb). */
    @SuppressWarnings("unchecked")
    private Map<String, Map<String, String>> cells(String htmlid) {
        List<Map<String, String>> raw = (List<Map<String, String>>) chromium.js(
                "return Array.prototype.map.call(document.querySelectorAll('#' + arguments[0] + '-body td.ciclo-cell'), function(td) {"
                + " var days = td.querySelector('.ciclo-days');"
                + " return { act: td.parentNode.getAttribute('data-act'), sector: td.getAttribute('data-sector'),"
                + " status: td.getAttribute('data-status'), label: td.querySelector('.ciclo-label').textContent,"
                + " days: days ? days.textContent : '', colour: window.getComputedStyle(td).backgroundColor }; });", htmlid);
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        for (Map<String, String> c : raw) {
            out.put(c.get("act") + "/" + c.get("sector"), new HashMap<>(c));
        }
        return out;
    }

    private String text(String id) {
        return chromium.driver().findElement(By.id(id)).getText().strip();
    }

    /** "#e8eef5" or "#ddd" as the browser computes it: "rgb(232, 238, 245)". */
    static String rgb(String hex) {
        String h = hex.substring(1);
        if (h.length() == 3) {
            h = "" + h.charAt(0) + h.charAt(0) + h.charAt(1) + h.charAt(1) + h.charAt(2) + h.charAt(2);
        }
        return "rgb(" + Integer.parseInt(h.substring(0, 2), 16) + ", " + Integer.parseInt(h.substring(2, 4), 16) + ", "
                + Integer.parseInt(h.substring(4, 6), 16) + ")";
    }
}

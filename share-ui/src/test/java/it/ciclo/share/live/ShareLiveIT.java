package it.ciclo.share.live;

import static org.assertj.core.api.Assertions.assertThat;

import it.ciclo.share.browser.Chromium;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;

/**
 * Checks against a real, running Share with this module's JAR (and ACS with share-services and,
 * for the board, the platform module). Not part of the default build: the integration module starts
 * ACS and Share and runs {@code *LiveIT}. URL from {@code ciclo.share.url} (default
 * http://127.0.0.1:8081/share); user and password from {@code CICLO_SHARE_USER} /
 * {@code CICLO_SHARE_PASSWORD} (default admin/admin, the kit's).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShareLiveIT {

    private final String share = LiveShare.SHARE;
    private final String user = LiveShare.ADMIN;
    private Chromium chromium;

    @BeforeAll
    void login() {
        chromium = new Chromium();
        LiveShare.login(chromium, user, LiveShare.ADMIN_PASSWORD);
    }

    @AfterAll
    void close() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void theModuleClientFilesAreServed() throws Exception {
        HttpResponse<String> js = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(share + "/res/ciclo/components/ciclo.js"))
                .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(js.statusCode()).isEqualTo(200);
        assertThat(js.body()).contains("Ciclo.STATUSES");
    }

    @Test
    void theGlobalBundleReachesTheBrowser() {
        chromium.open(share + "/page/user/" + user + "/dashboard");
        chromium.until("typeof Alfresco !== 'undefined' && Alfresco.messages && Alfresco.messages.global");
        Object label = chromium.js("return Alfresco.util.message('status.ciclo-in-review');");
        assertThat(label).isIn("In revisione", "In review");
    }

    @Test
    void theDashletsAreOfferedInCustomizeDashboard() {
        chromium.open(share + "/page/customise-user-dashboard");
        chromium.until("document.body.innerText.length > 0");
        String page = chromium.driver().getPageSource();
        assertThat(page).contains("/ciclo/components/dashlets/ciclo-board", "/ciclo/components/dashlets/ciclo-my-submissions");
    }

    @Test
    void theDashletsRunOnTheRealDashboard() {
        // Put both dashlets on the user's dashboard as Customize Dashboard does (its POST web script).
        chromium.open(share + "/page/user/" + user + "/dashboard");
        chromium.until("typeof Alfresco !== 'undefined' && Alfresco.util && Alfresco.util.Ajax");
        chromium.js("window.__saved = null; Alfresco.util.Ajax.jsonPost({ url: Alfresco.constants.URL_SERVICECONTEXT + "
                + "'components/dashboard/customise-dashboard', dataObj: { dashboardPage: 'user/' + Alfresco.constants.USERNAME + "
                + "'/dashboard', templateId: 'dashboard-2-columns-wide-right', dashlets: ["
                + "{ url: '/ciclo/components/dashlets/ciclo-board', regionId: 'component-1-1' },"
                + "{ url: '/ciclo/components/dashlets/ciclo-my-submissions', regionId: 'component-2-1' }] },"
                + " successCallback: { fn: function() { window.__saved = true; } }, failureCallback: { fn: function(r) { window.__saved = 'failed ' + "
                + "r.serverResponse.status; } } });");
        chromium.until("window.__saved !== null");
        assertThat(chromium.js("return window.__saved;")).isEqualTo(true);
        chromium.open(share + "/page/user/" + user + "/dashboard");
        chromium.until("document.querySelector('.ciclo-board-dashlet') !== null && document.querySelector('.ciclo-my-submissions-dashlet') !== null");
        // The client widget ran: it replaced "Caricamento..." with the board or with the repository's answer.
        chromium.until("!/Caricamento|Loading/.test(document.querySelector('.ciclo-board-dashlet .ciclo-body').innerText)");
        String board = chromium.driver().findElement(By.cssSelector(".ciclo-board-dashlet")).getText();
        assertThat(board).containsAnyOf("Scadenze del ciclo", "Cycle deadlines");
        assertThat(chromium.driver().findElements(By.cssSelector(".ciclo-board-dashlet td.ciclo-cell")).size() > 0
                || board.contains("Il modulo Ciclo non") || board.contains("The Ciclo module is not")).as(board).isTrue();
        chromium.screenshot(chromium.driver().findElement(By.cssSelector("body")),
                java.nio.file.Path.of("target/live/dashboard.png"));
    }

    @Test
    void manageAspectsOffersTheFolderAspectsBesideShareOwn() {
        chromium.open(share + "/service/modules/documentlibrary/aspects?htmlid=live");
        String js = chromium.driver().getPageSource();
        assertThat(js).contains("\"cyc:cycleFolder\"", "\"cyc:actFolder\"", "\"cyc:sectorFolder\"", "\"cm:taggable\"");
        assertThat(js).doesNotContain("\"cyc:submission\"");
        assertThat(js).as("addable left empty: same as visible").containsPattern("addable: \\[\\s*\\]");
    }
}

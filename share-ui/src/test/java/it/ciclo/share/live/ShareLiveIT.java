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

    private final String share = System.getProperty("ciclo.share.url", "http://127.0.0.1:8081/share").replaceAll("/$", "");
    private final String user = System.getenv().getOrDefault("CICLO_SHARE_USER", "admin");
    private final String password = System.getenv().getOrDefault("CICLO_SHARE_PASSWORD", "admin");
    private Chromium chromium;

    @BeforeAll
    void login() {
        chromium = new Chromium();
        chromium.open(share + "/page");
        chromium.until("document.querySelector('input[name=username]') !== null");
        chromium.driver().findElement(By.name("username")).sendKeys(user);
        chromium.driver().findElement(By.name("password")).sendKeys(password);
        chromium.driver().findElement(By.cssSelector("button[type=submit], #page_x002e_components_x002e_slingshot-login_x0023_default-submit-button, input[type=submit]")).click();
        chromium.until("typeof Alfresco !== 'undefined' && Alfresco.constants && Alfresco.constants.USERNAME === '" + user + "'");
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
    void theBoardDashletRendersOnTheDashboard() {
        // The dashlet's web script served as a component: Surf runs the controller and the template.
        chromium.open(share + "/service/ciclo/components/dashlets/ciclo-board?htmlid=live");
        String html = chromium.driver().getPageSource();
        assertThat(html).contains("id=\"live-cycle\"", "Ciclo.dashlet.Board");
    }
}

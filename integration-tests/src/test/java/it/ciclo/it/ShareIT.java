package it.ciclo.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.ciclo.it.acs.Acs;
import it.ciclo.it.acs.ShareServer;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A real Share 23.8 with the share-ui module, in front of the run's ACS with the platform module: a
 * user logs in the way Share's login page does, and the dashlets' data reaches the browser through
 * Share's proxy to the repository. The browser checks of share-ui ({@code *LiveIT}, run after this
 * class) use the same Share.
 */
@Order(5)
@ExtendWith(Acs.class)
class ShareIT {

    @Test
    void aUserLogsInAndTheBoardReachesShareThroughItsProxy(ShareServer share) throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        String form = "username=admin&password=admin&success=" + URLEncoder.encode("/share/page/", StandardCharsets.UTF_8)
                + "&failure=" + URLEncoder.encode("/share/page/?error=true", StandardCharsets.UTF_8);
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(share.url() + "/page/dologin"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");

        HttpResponse<String> dashboard = http.send(HttpRequest.newBuilder(URI.create(share.url() + "/page/user/admin/dashboard"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.body()).contains("Alfresco.constants.USERNAME = \"admin\"");

        HttpResponse<String> board = http.send(HttpRequest.newBuilder(URI.create(share.url() + "/proxy/alfresco/ciclo/board?lang=it"))
                .GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(board.statusCode()).as(board.body()).isEqualTo(200);
        JsonNode json = new ObjectMapper().readTree(board.body());
        assertThat(json.path("cycle").asText()).isEqualTo("2024-2026");
        assertThat(json.path("acts")).isNotEmpty();
    }
}

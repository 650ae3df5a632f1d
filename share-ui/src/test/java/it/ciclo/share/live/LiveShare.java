package it.ciclo.share.live;

import it.ciclo.share.browser.Chromium;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * A real Share (and its ACS) the live checks talk to: URLs from {@code ciclo.share.url} (default
 * http://127.0.0.1:8081/share) and {@code ciclo.acs.url} (default http://127.0.0.1:8080/alfresco),
 * the administrator from {@code CICLO_SHARE_USER}/{@code CICLO_SHARE_PASSWORD} (default admin/admin,
 * the test kit's).
 */
final class LiveShare {

    static final String SHARE = System.getProperty("ciclo.share.url", "http://127.0.0.1:8081/share").replaceAll("/$", "");
    static final String ACS = System.getProperty("ciclo.acs.url", "http://127.0.0.1:8080/alfresco").replaceAll("/$", "");
    static final String ADMIN = System.getenv().getOrDefault("CICLO_SHARE_USER", "admin");
    static final String ADMIN_PASSWORD = System.getenv().getOrDefault("CICLO_SHARE_PASSWORD", "admin");

    private LiveShare() {
    }

    /** Logs {@code user} into Share in {@code chromium} (Share's own login page). */
    static void login(Chromium chromium, String user, String password) {
        chromium.driver().manage().deleteAllCookies();
        chromium.open(SHARE + "/page");
        chromium.until("document.querySelector('input[name=username]') !== null");
        chromium.driver().findElement(By.name("username")).sendKeys(user);
        chromium.driver().findElement(By.name("password")).sendKeys(password, Keys.ENTER);
        chromium.until("typeof Alfresco !== 'undefined' && Alfresco.constants && Alfresco.constants.USERNAME === '" + user + "'");
    }
}

package it.ciclo.serve;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.component.VEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * {@code cycle serve} in a real browser: Debian's headless chromium driven by Debian's
 * chromium-driver through Selenium 4 (both given by path: nothing is downloaded). Opens the board,
 * follows an act, logs in, records a deferral and then the budget's approval, and sees the PIAO's
 * date move on the board and in the calendar feed; the same board on a phone's width and printed
 * on A4. The screenshots go to target/screenshots, or into the guide ({@code docs/guida/img/serve-*.png})
 * with {@code -Dciclo.screenshots=../docs/guida/img}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServeBrowserTest {

    private Served served;
    private ChromeDriver chrome;

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        served = Served.seed(dir);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(executable("ciclo.chromium", "/usr/bin/chromium").toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1366,1000", "--lang=it-IT", "--force-device-scale-factor=1");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "it-IT,it"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(executable("ciclo.chromedriver", "/usr/bin/chromedriver").toFile()).usingAnyFreePort().build();
        chrome = new ChromeDriver(service, options);
    }

    @AfterAll
    void stop() throws Exception {
        if (chrome != null) {
            chrome.quit();
        }
        if (served != null) {
            served.close();
        }
    }

    @Test
    void fromTheBoardToAnActToTheRegisterAndTheCalendar() throws Exception {
        chrome.manage().window().setSize(new Dimension(1366, 1000));
        chrome.get(served.uri("/").toString());
        assertThat(chrome.findElement(By.cssSelector("html")).getAttribute("lang")).isEqualTo("it");
        assertThat(chrome.findElement(By.tagName("h1")).getText()).isEqualTo("Ciclo di programmazione 2024 - 2026");
        WebElement late = chrome.findElement(By.cssSelector("#act-peg td.s-overdue"));
        assertThat(late.getText()).contains("in ritardo, non consegnato", "5 giorni di ritardo");
        assertThat(late.getCssValue("background-color")).as("the board's colour for overdue").isEqualTo("rgba(244, 182, 176, 1)");
        assertThat(chrome.findElement(By.cssSelector("#act-peg td.s-submitted")).getText()).contains("Azioni PEG.docx");
        assertThat(errors()).isEmpty();
        shot("serve-tabellone.png");

        chrome.findElement(By.linkText("PIAO – Piano Integrato Attività e Organizzazione 2024-2026")).click();
        waitFor(By.id("act-title"));
        assertThat(chrome.findElement(By.id("act-approval")).getText()).startsWith("31/01/2024");
        assertThat(chrome.findElement(By.id("act-due")).getText()).startsWith("15/01/2024");
        assertThat(chrome.findElements(By.cssSelector("table.standings a.open"))).as("a link to each sector's folder").hasSize(4);
        shot("serve-atto.png");

        chrome.findElement(By.linkText("Eventi")).click();
        chrome.findElement(By.id("login-to-record")).click();
        chrome.findElement(By.id("name")).sendKeys(Served.USER);
        chrome.findElement(By.id("password")).sendKeys(Served.PASSWORD);
        shot("serve-accesso.png");
        chrome.findElement(By.id("login-button")).click();
        waitFor(By.id("record"));
        assertThat(chrome.getCurrentUrl()).endsWith("/eventi");

        record("bilancio-differito", "2024-03-15", "DM Interno 22/12/2023", "GU Serie Generale n. 303 del 30/12/2023");
        assertThat(chrome.findElement(By.cssSelector(".notice")).getText())
                .isEqualTo("Registrato (voce n. 1): il differimento del termine per il bilancio di previsione il 15/03/2024.");
        assertThat(chrome.findElement(By.cssSelector("table.history")).getText())
                .contains("PIAO – Piano Integrato Attività e Organizzazione 2024-2026 (Giunta): 31/01/2024 → in attesa");
        chrome.get(served.uri("/").toString());
        assertThat(chrome.findElement(By.cssSelector("ul.pending")).getText())
                .contains("PIAO – Piano Integrato Attività e Organizzazione 2024-2026 (Giunta)");

        chrome.get(served.uri("/eventi").toString());
        record("bilancio-approvato", "2024-03-12", "Delibera di Consiglio n. 12 del 12/03/2024", "");
        assertThat(chrome.findElement(By.cssSelector("table.history")).getText())
                .contains("PIAO – Piano Integrato Attività e Organizzazione 2024-2026 (Giunta): in attesa → 11/04/2024");
        shot("serve-eventi.png");
        chrome.get(served.uri("/").toString());
        assertThat(chrome.findElement(By.cssSelector("table.deadlines")).getText())
                .contains("11/04/2024 PIAO – Piano Integrato Attività e Organizzazione 2024-2026 Giunta");
        chrome.get(served.uri("/atto/piao").toString());
        assertThat(chrome.findElement(By.id("act-approval")).getText()).startsWith("11/04/2024");

        String feed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(served.uri("/calendario.ics")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
        VEvent piao = Biweekly.parse(feed).first().getEvents().stream()
                .filter(e -> e.getUid().getValue().equals("direttiva-4-2023.piao.approval@ciclo")).findFirst().orElseThrow();
        assertThat(piao.getDateStart().getValue().getRawComponents().toString(false, false)).isEqualTo("20240411");
        assertThat(piao.getSequence().getValue()).as("moved twice: a calendar takes it as an update").isEqualTo(2);

        chrome.get(served.uri("/calendario").toString());
        shot("serve-calendario.png");
        assertThat(errors()).isEmpty();
    }

    @Test
    void onAPhoneNothingIsWiderThanTheScreen() throws Exception {
        chrome.manage().window().setSize(new Dimension(390, 844));
        try {
            chrome.get(served.uri("/").toString());
            Object overflow = chrome.executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
            assertThat(((Number) overflow).intValue()).as("horizontal scrolling on a phone").isLessThanOrEqualTo(0);
            WebElement cell = chrome.findElement(By.cssSelector("#act-peg td.s-overdue"));
            assertThat(chrome.executeScript("return getComputedStyle(arguments[0], '::before').content;", cell))
                    .as("each cell says which sector it is").isEqualTo("\"Settore Servizi Finanziari\"");
            chrome.executeScript("arguments[0].scrollIntoView();", chrome.findElement(By.id("act-peg")));
            shot("serve-telefono.png");
        } finally {
            chrome.manage().window().setSize(new Dimension(1366, 1000));
        }
    }

    @Test
    void printsOnA4WithoutTheMenu() throws Exception {
        chrome.get(served.uri("/").toString());
        @SuppressWarnings("unchecked")
        Map<String, Object> pdf = (Map<String, Object>) (Map<?, ?>) chrome.executeCdpCommand("Page.printToPDF",
                Map.of("preferCSSPageSize", true, "printBackground", true));
        byte[] bytes = Base64.getDecoder().decode((String) pdf.get("data"));
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        Matcher box = Pattern.compile("/MediaBox\\s*\\[\\s*0\\s+0\\s+([0-9.]+)\\s+([0-9.]+)\\s*]").matcher(text);
        assertThat(box.find()).as("a page size").isTrue();
        assertThat(Double.parseDouble(box.group(1))).as("A4 landscape width, points").isCloseTo(841.9, org.assertj.core.data.Offset.offset(1.5));
        assertThat(Double.parseDouble(box.group(2))).as("A4 landscape height, points").isCloseTo(595.3, org.assertj.core.data.Offset.offset(1.5));
        assertThat(chrome.executeScript("return matchMedia('print').matches;")).isEqualTo(false);
        Path out = screenshots().resolve("serve-stampa.pdf");
        Files.write(out, bytes);
    }

    private void record(String event, String isoDate, String decree, String gazette) {
        new Select(chrome.findElement(By.id("event"))).selectByValue(event);
        // The date field's typing depends on the browser's locale: its value is set as the browser itself would.
        chrome.executeScript("arguments[0].value = arguments[1];", chrome.findElement(By.id("date")), isoDate);
        chrome.findElement(By.id("decree")).sendKeys(decree);
        chrome.findElement(By.id("gazette")).sendKeys(gazette);
        chrome.findElement(By.id("record-button")).click();
        waitFor(By.cssSelector(".notice"));
    }

    private void waitFor(By what) {
        new WebDriverWait(chrome, Duration.ofSeconds(20)).until(d -> !d.findElements(what).isEmpty());
    }

    private java.util.List<?> errors() {
        return (java.util.List<?>) chrome.executeScript("return window.__errors || [];");
    }

    private void shot(String name) {
        try {
            Files.write(screenshots().resolve(name), chrome.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path screenshots() throws IOException {
        Path dir = Path.of(System.getProperty("ciclo.screenshots", "target/screenshots"));
        Files.createDirectories(dir);
        return dir;
    }

    private static Path executable(String property, String fallback) {
        Path p = Path.of(System.getProperty(property, fallback));
        assertThat(Files.isExecutable(p)).as(p + " (install Debian's chromium and chromium-driver: .ci/run does)").isTrue();
        return p;
    }
}

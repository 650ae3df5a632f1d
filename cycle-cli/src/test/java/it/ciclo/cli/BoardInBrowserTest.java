package it.ciclo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Issue 12, item 6: the HTML board in a real browser, Debian's headless chromium driven through
 * chromium-driver (given by path: nothing is downloaded), at 1366 px, at 390 px (a phone) and
 * printed to PDF. The screenshots and the PDF go to {@code target/board/}; with
 * {@code -Dciclo.screenshots=DIR} (e.g. {@code ../docs/guida/img}) they are copied there for the guide.
 */
class BoardInBrowserTest {

    private static ChromeDriver browser;
    private static Path page;

    @TempDir
    static Path dir;

    @BeforeAll
    static void start() throws Exception {
        Path store = Files.createDirectories(dir.resolve("R"));
        Run.of("init", Run.SEED.toString(), "--store", store.toString(), "--include-flagged");
        Run.file(store, Run.PEG + "/Affari Generali/Azioni PEG 2024-2026 Affari Generali.docx", LocalDate.of(2023, 10, 3));
        Run.file(store, Run.PEG + "/Lavori Pubblici/Azioni LP.xlsx", LocalDate.of(2023, 10, 8));
        Run.file(store, "ATTIVITA' TRASVERSALI/11_Programmazione e controllo/D_DUP 2024_2026/Servizi Finanziari/Nota DUP.docx",
                LocalDate.of(2023, 10, 2));
        Run.file(store, "ATTIVITA' TRASVERSALI/11_Programmazione e controllo/appunti.txt", LocalDate.of(2023, 10, 4));
        page = dir.resolve("tabellone.html");
        Run run = Run.of("status", Run.SEED.toString(), "--store", store.toString(), "--today", "2023-10-10", "--format", "html",
                "--output", page.toString());
        assertThat(run.code()).as(run.err()).isZero();

        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("ciclo.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--lang=it-IT",
                "--force-device-scale-factor=1", "--window-size=1366,900", "--hide-scrollbars");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("ciclo.chromedriver", "/usr/bin/chromedriver")).toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void onADesktopEverythingFitsAndTheTimelineIsDrawn() throws Exception {
        show(1366, 900);

        assertThat(number("document.documentElement.scrollWidth")).isLessThanOrEqualTo(number("window.innerWidth"));
        assertThat(js("return getComputedStyle(document.querySelector('.timeline')).display")).isNotEqualTo("none");
        assertThat(js("return getComputedStyle(document.querySelector('ol.dates')).display")).isEqualTo("none");
        screenshot("tabellone-1366.png");
    }

    @Test
    void onAPhoneNothingIsClippedAndTheTimelineBecomesAList() throws Exception {
        show(390, 844);

        assertThat(number("window.innerWidth")).as("the page declares a viewport").isEqualTo(390);
        assertThat(number("document.documentElement.scrollWidth")).as("only the tables scroll, inside their box")
                .isLessThanOrEqualTo(390);
        assertThat(js("return getComputedStyle(document.querySelector('.timeline')).display")).isEqualTo("none");
        assertThat(js("return getComputedStyle(document.querySelector('ol.dates')).display")).isEqualTo("block");
        assertThat(number("document.querySelectorAll('ol.dates li').length")).isGreaterThan(5);
        assertThat(number("parseFloat(getComputedStyle(document.body).fontSize)")).isGreaterThanOrEqualTo(14);
        assertThat(js("return document.querySelector('.matrix').parentElement.className")).isEqualTo("scroll");
        screenshot("tabellone-390.png");
    }

    @Test
    void printedItIsA4WithHeadingsRepeatedRowsWholeAndTheTimelineOnThePage() throws Exception {
        show(1366, 900);
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertThat(js("return getComputedStyle(document.querySelector('.matrix thead')).display")).isEqualTo("table-header-group");
            assertThat(js("return getComputedStyle(document.querySelector('.matrix tbody tr')).breakInside")).isEqualTo("avoid");
            assertThat(js("return getComputedStyle(document.querySelector('.matrix tbody tr:last-child')).breakBefore"))
                    .as("the last row never alone on a page").isEqualTo("avoid");
            assertThat(js("return getComputedStyle(document.querySelector('.timeline')).display")).isEqualTo("block");
        } finally {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> pdf = (Map<String, Object>) (Map<?, ?>) browser.executeCdpCommand("Page.printToPDF",
                Map.of("preferCSSPageSize", true, "printBackground", true));
        byte[] bytes = Base64.getDecoder().decode((String) pdf.get("data"));
        Matcher box = Pattern.compile("/MediaBox\\s*\\[\\s*0 0 ([0-9.]+) ([0-9.]+)\\s*\\]")
                .matcher(new String(bytes, StandardCharsets.ISO_8859_1));
        assertThat(box.find()).isTrue();
        assertThat(Double.parseDouble(box.group(1))).isCloseTo(595.3, org.assertj.core.data.Offset.offset(1.0));
        assertThat(Double.parseDouble(box.group(2))).isCloseTo(841.9, org.assertj.core.data.Offset.offset(1.0));
        save("tabellone-a4.pdf", bytes);
    }

    @Test
    void everyPartHasItsHeadingAndTheTodayLineNeverCutsALabel() {
        show(1366, 900);

        assertThat(js("return document.querySelector('ul.pending').previousElementSibling.tagName")).isEqualTo("H3");
        assertThat(js("return document.querySelector('ul.pending').previousElementSibling.textContent"))
                .isEqualTo("Scadenze in attesa di un evento");
        @SuppressWarnings("unchecked")
        List<String> headers = (List<String>) js("return [...document.querySelectorAll('table.unclassified thead th')]"
                + ".map(th => th.textContent)");
        assertThat(headers).containsExactly("File", "Modificato il", "Perché", "Che cosa fare");
        // SVG paints in document order: the line first, every label over it with a white halo.
        assertThat(number("[...document.querySelector('svg').children].findIndex(e => e.classList.contains('today'))"))
                .isLessThan(number("[...document.querySelector('svg').children].findIndex(e => e.tagName === 'text')"));
        assertThat(js("return getComputedStyle(document.querySelector('svg text')).paintOrder")).asString().startsWith("stroke");
        assertThat(js("return document.querySelector('meta[name=viewport]').content")).isEqualTo("width=device-width, initial-scale=1");
    }

    private static void show(int width, int height) {
        browser.manage().window().setSize(new Dimension(width, height));
        browser.get(page.toUri().toString());
    }

    private static Object js(String script) {
        return browser.executeScript(script);
    }

    private static long number(String expression) {
        return ((Number) browser.executeScript("return " + expression + ";")).longValue();
    }

    /** The whole page, not the window: the window is made as tall as the page first. */
    private static void screenshot(String name) throws Exception {
        Dimension size = browser.manage().window().getSize();
        long height = number("document.documentElement.scrollHeight");
        browser.manage().window().setSize(new Dimension(size.width, (int) Math.min(height + 20, 8000)));
        save(name, browser.getScreenshotAs(OutputType.BYTES));
        browser.manage().window().setSize(size);
    }

    private static void save(String name, byte[] bytes) throws Exception {
        Path target = Files.createDirectories(Path.of("target", "board")).resolve(name);
        Files.write(target, bytes);
        String docs = System.getProperty("ciclo.screenshots");
        if (docs != null) {
            Files.copy(target, Files.createDirectories(Path.of(docs)).resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}

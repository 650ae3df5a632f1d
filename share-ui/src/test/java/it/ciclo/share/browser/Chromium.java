package it.ciclo.share.browser;

import it.ciclo.share.support.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless chromium driven by Debian's chromium-driver through Selenium 4: both are given by
 * path, so Selenium Manager never downloads a browser or a driver.
 */
public final class Chromium implements AutoCloseable {

    private final ChromeDriver driver;

    public Chromium() {
        Path chromium = Workspace.executable("ciclo.chromium", "/usr/bin/chromium");
        Path chromedriver = Workspace.executable("ciclo.chromedriver", "/usr/bin/chromedriver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1000,2000", "--lang=it-IT", "--force-device-scale-factor=1");
        // Share picks its language from Accept-Language: Italian, as the Comuni's offices.
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "it-IT,it"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String url) {
        driver.get(url);
    }

    /**
     * How long {@link #until} waits: 20 s, or {@code ciclo.browser.wait} seconds (a real Share on a
     * loaded machine renders its forms' client parts well after the page has loaded).
     */
    private static final Duration WAIT = Duration.ofSeconds(Long.getLong("ciclo.browser.wait", 20));

    /** Waits until {@code script} (a JS expression) is true. */
    public void until(String script) {
        if (!within(script, WAIT)) {
            throw new AssertionError("still false after " + WAIT.toSeconds() + " s: " + script + "; page errors: " + errors()
                    + "; body: " + driver.executeScript("return document.body ? document.body.innerText : ''"));
        }
    }

    /**
     * As {@link #until}, but if the page has not got there in half the wait, loads it once more, as a
     * user would: a page built by a later request of its own (Share's workflow details load their form
     * that way) may lose that request on a loaded machine.
     */
    public void untilReloadingOnce(String script) {
        if (!within(script, WAIT.dividedBy(2))) {
            driver.navigate().refresh();
        }
        until(script);
    }

    private boolean within(String script, Duration wait) {
        long end = System.nanoTime() + wait.toNanos();
        while (!Boolean.TRUE.equals(driver.executeScript("return !!(" + script + ");"))) {
            if (System.nanoTime() > end) {
                return false;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
        return true;
    }

    public Object js(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    /** The page's script errors (window.onerror), which a test expects to be none. */
    @SuppressWarnings("unchecked")
    public List<String> errors() {
        return (List<String>) driver.executeScript("return window.__errors || [];");
    }

    /** Saves a screenshot of {@code element} to {@code file}. */
    public void screenshot(WebElement element, Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, element.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}

package it.ciclo.share.browser;

import it.ciclo.share.support.Workspace;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/** One loopback Share and one headless chromium for a test class, closed after it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserHarness {

    protected LoopbackShare share;
    protected Chromium chromium;

    @BeforeAll
    void startBrowser() throws Exception {
        Workspace.yui();
        share = new LoopbackShare();
        chromium = new Chromium();
    }

    @AfterAll
    void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
        if (share != null) {
            share.close();
        }
    }
}

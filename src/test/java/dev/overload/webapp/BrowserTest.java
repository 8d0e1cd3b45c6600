package dev.overload.webapp;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/**
 * A test in a real browser: a fresh Chromium on the running service before each test (skipped without one, unless
 * browser tests are required), closed after it, keeping its last screen for a failure's diagnosis.
 */
abstract class BrowserTest {

    @Autowired
    Environment environment;

    Browser browser;

    @BeforeEach
    void openBrowser() {
        Browser.assumeInstalled();
        browser = new Browser(environment.getRequiredProperty("local.server.port", Integer.class));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.keepLastScreen();
            browser.close();
        }
    }
}

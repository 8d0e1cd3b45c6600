package dev.overload.webapp;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/**
 * A test in a real browser on the running service. One Chromium serves a test class (skipped without one, unless
 * browser tests are required): started by its first test, quit after its last; each test gets a new tab, the
 * service's origin cleared of cookies and every storage before it, so tests see nothing of each other. A failing
 * test's last screen is kept for its diagnosis.
 */
abstract class BrowserTest {

    private static Browser shared;

    @Autowired
    Environment environment;

    Browser browser;

    /** A failed test's browser is not trusted with the next: its last screen is kept, and it is quit. */
    @RegisterExtension
    final AfterTestExecutionCallback keepLastScreenOfAFailure = context -> {
        if (browser != null && context.getExecutionException().isPresent()) {
            browser.keepLastScreen();
            closeBrowser();
        }
    };

    @BeforeEach
    void openBrowser() {
        Browser.assumeInstalled();
        if (shared == null) {
            shared = new Browser(environment.getRequiredProperty("local.server.port", Integer.class));
        } else {
            shared.fresh();
        }
        browser = shared;
    }

    @AfterAll
    static void closeBrowser() {
        if (shared != null) {
            try {
                shared.close();
            } finally {
                shared = null;
            }
        }
    }
}

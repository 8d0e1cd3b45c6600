package dev.overload.webapp;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/**
 * A test in a real browser on the running service. One Chromium serves every browser test of the test JVM (skipped
 * without one, unless browser tests are required): started by the first, quit when the JVM ends; each test gets a new
 * tab, the service's origin cleared of cookies and every storage before it, so tests see nothing of each other. A
 * failing test's last screen is kept for its diagnosis.
 */
abstract class BrowserTest {

    private static Browser shared;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(BrowserTest::closeBrowser, "browser-quit"));
    }

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
        browser = freshBrowser(environment.getRequiredProperty("local.server.port", Integer.class));
    }

    /** The JVM's browser in a new tab, or a new browser: the first, or the first on another service's port. */
    private static synchronized Browser freshBrowser(int port) {
        if (shared != null && !shared.serves(port)) {
            closeBrowser();
        }
        if (shared == null) {
            shared = new Browser(port);
        } else {
            shared.fresh();
        }
        return shared;
    }

    private static synchronized void closeBrowser() {
        if (shared != null) {
            try {
                shared.close();
            } finally {
                shared = null;
            }
        }
    }
}

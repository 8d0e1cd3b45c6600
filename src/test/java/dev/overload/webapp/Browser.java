package dev.overload.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium driven through Debian's chromedriver, headless, with a profile of its own (the browser tests of a
 * test JVM share it, each in a {@link #fresh()} tab); screens at phone (360×740) or desktop (1280×800) size,
 * screenshots under target/screenshots, and axe-core's checks.
 * Without Chromium the browser tests are skipped, saying how to install it, unless OVERLOAD_BROWSER_TESTS=required
 * (set by .ci/run) or -Doverload.browser-tests=required makes them mandatory.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("overload.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("overload.chromedriver", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of("target/screenshots");

    /** How often a wait looks again: the app answers a click in milliseconds, WebDriverWait's default is 500. */
    private static final Duration POLLING = Duration.ofMillis(50);

    /** axe-core as the axe-core Selenium jar ships it. */
    private static final String AXE = axeSource();

    /** The rule sets each screen is checked against: WCAG 2.1 A and AA, and axe's best practices. */
    private static final List<String> AXE_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice");

    /**
     * Runs axe on the whole document with {@link #AXE_TAGS} and answers the serious and critical violations. Only
     * violations are reported in full (resultTypes): passes and incomplete checks are not sent back, which is most of
     * the time a run took when it brought them home over WebDriver.
     */
    private static final String AXE_RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, { runOnly: { type: 'tag', values: arguments[0] }, resultTypes: ['violations'] })
              .then(results => done(results.violations
                .filter(rule => rule.impact === 'serious' || rule.impact === 'critical')
                .map(rule => rule.impact + ' ' + rule.id + ': ' + rule.help + ' at '
                  + rule.nodes.map(node => JSON.stringify(node.target)).join(', '))),
                error => done(['axe-core failed: ' + error]));
            """;

    enum Size {
        PHONE(360, 740, true),
        DESKTOP(1280, 800, false);

        final int width;
        final int height;
        final boolean mobile;

        Size(int width, int height, boolean mobile) {
            this.width = width;
            this.height = height;
            this.mobile = mobile;
        }
    }

    final ChromeDriver driver;
    final String base;
    private final Path profile;
    Size size = Size.PHONE;

    /** Skips the calling test when no Chromium is installed, unless browser tests are required here. */
    static void assumeInstalled() {
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
            return;
        }
        String message = "Browser tests need Debian's Chromium and chromedriver at " + CHROMIUM + " and " + CHROMEDRIVER
                + ": install them with `sudo apt-get install chromium chromium-driver`";
        if ("required".equals(System.getenv("OVERLOAD_BROWSER_TESTS"))
                || "required".equals(System.getProperty("overload.browser-tests"))) {
            fail(message + " (they are required here: OVERLOAD_BROWSER_TESTS=required)");
        }
        Assumptions.abort(message + "; skipped");
    }

    Browser(int port) {
        try {
            this.profile = Files.createTempDirectory("overload-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--lang=en-US", "--window-size=1280,800",
                "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        this.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        this.base = "http://localhost:" + port;
        resize(Size.PHONE);
    }

    /**
     * A new tab for the next test, the old one closed, and the service's origin as a first visit finds it: no cookies,
     * no local or session storage, no IndexedDB, no service worker or its caches.
     */
    void fresh() {
        String used = driver.getWindowHandle();
        driver.switchTo().newWindow(WindowType.TAB);
        String next = driver.getWindowHandle();
        driver.switchTo().window(used).close();
        driver.switchTo().window(next);
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        driver.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", base, "storageTypes", "all"));
        resize(Size.PHONE);
    }

    /** Whether this browser was opened on the service at {@code port}. */
    boolean serves(int port) {
        return base.equals("http://localhost:" + port);
    }

    void resize(Size newSize) {
        this.size = newSize;
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", newSize.width, "height",
                newSize.height, "deviceScaleFactor", 1, "mobile", newSize.mobile));
    }

    void open(String path) {
        driver.get(base + path);
    }

    WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(15), POLLING);
    }

    /** Waits for the screen's heading. */
    WebElement heading(String text) {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//main//h1[normalize-space()=" + literal(text) + "]")));
    }

    WebElement visible(By by) {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    void waitForText(By by, String text) {
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    WebElement button(String text) {
        return waiting().until(ExpectedConditions.elementToBeClickable(
                By.xpath("//button[normalize-space()=" + literal(text) + "]")));
    }

    void click(String buttonText) {
        button(buttonText).click();
    }

    void clickLink(String text) {
        waiting().until(ExpectedConditions.elementToBeClickable(
                By.xpath("//a[normalize-space()=" + literal(text) + "]"))).click();
    }

    /** The input labelled so (a label's text, exactly). */
    WebElement field(String label) {
        WebElement labelElement = visible(By.xpath("//label[normalize-space()=" + literal(label) + "]"));
        return driver.findElement(By.id(labelElement.getDomAttribute("for")));
    }

    void type(String label, String text) {
        type(field(label), text);
    }

    void type(WebElement input, String text) {
        input.clear();
        input.sendKeys(text);
    }

    /** Signs in on the log-in screen and waits for the app's navigation. */
    void logIn(String username, String password) {
        open("/login");
        heading("Log in");
        type("Username or email", username);
        type("Password", password);
        click("Log in");
        visible(By.cssSelector("nav[aria-label=Main]"));
    }

    /** Types into the input with this id and leaves it, so its change is taken. */
    void set(String id, String text) {
        WebElement input = visible(By.id(id));
        input.clear();
        input.sendKeys(text, org.openqa.selenium.Keys.TAB);
    }

    void offline(boolean offline) {
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", offline, "latency", 0,
                "downloadThroughput", -1, "uploadThroughput", -1));
    }

    /** Saves target/screenshots/NAME-phone.png (or -desktop). */
    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = driver.getScreenshotAs(OutputType.FILE);
            Path target = SCREENSHOTS.resolve(name + "-" + size.name().toLowerCase() + ".png");
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Screenshot, then axe-core (WCAG 2.1 A and AA rules and best practices): no serious or critical violation. axe is
     * injected once per page load, in the page itself: the app has no frames to reach.
     */
    void check(String screen) {
        screenshot(screen);
        if (!Boolean.TRUE.equals(script("return typeof window.axe === 'object'"))) {
            script(AXE);
        }
        @SuppressWarnings("unchecked")
        List<String> bad = (List<String>) driver.executeAsyncScript(AXE_RUN, AXE_TAGS);
        assertThat(bad).as(() -> "axe-core on " + screen + " (" + size + "): " + String.join("\n", bad)).isEmpty();
    }

    /** The screen as the test left it, for a failure's diagnosis: target/screenshots/last-*.png and .html. */
    void keepLastScreen() {
        try {
            screenshot("last");
            Files.writeString(SCREENSHOTS.resolve("last.html"), driver.getPageSource());
        } catch (RuntimeException | IOException e) {
            // nothing more to keep
        }
    }

    Object script(String script, Object... arguments) {
        return driver.executeScript(script, arguments);
    }

    private static String axeSource() {
        try (InputStream source = AxeBuilder.class.getResourceAsStream("/axe.min.js")) {
            return new String(source.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String literal(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException ignored) {
                // a temporary profile left behind is harmless
            }
        }
    }
}

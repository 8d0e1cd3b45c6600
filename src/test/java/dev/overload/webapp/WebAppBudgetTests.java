package dev.overload.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.overload.ApiTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/**
 * The first screen's budget, measured in Chromium with an empty cache on a phone-sized screen: its scripts and
 * styles under 200 KB as sent (compressed), and interactive (the app's 'overload:interactive' mark, set once the
 * first screen is drawn and answers input) within a second. The numbers go to target/web-app-budget.txt.
 */
@ApiTest
class WebAppBudgetTests {

    private static final String MEASURE = """
            const files = performance.getEntriesByType('resource').filter(r => /\\.(js|css)(\\?|$)/.test(r.name));
            const mark = performance.getEntriesByName('overload:interactive')[0];
            const navigation = performance.getEntriesByType('navigation')[0];
            return {
              files: files.length,
              compressed: files.reduce((sum, r) => sum + r.encodedBodySize, 0),
              uncompressed: files.reduce((sum, r) => sum + r.decodedBodySize, 0),
              interactive: mark ? Math.round(mark.startTime) : -1,
              domContentLoaded: Math.round(navigation.domContentLoadedEventEnd),
              page: Math.round(navigation.responseEnd),
              lastFile: Math.round(Math.max(...files.map(r => r.responseEnd)))
            };""";

    @Autowired
    Environment environment;

    @Test
    void theFirstScreenLoadsUnder200KbAndIsInteractiveWithinASecond() throws IOException {
        Browser.assumeInstalled();
        int port = environment.getRequiredProperty("local.server.port", Integer.class);
        try (Browser warmUp = new Browser(port)) {
            warmUp.open("/login");
            warmUp.heading("Log in");
        }

        try (Browser browser = new Browser(port)) {
            browser.open("/login");
            browser.heading("Log in");
            browser.waiting().until(driver -> !browser.driver.findElements(By.cssSelector("main h1")).isEmpty()
                    && (Long) browser.script("return performance.getEntriesByName('overload:interactive').length") > 0);
            @SuppressWarnings("unchecked")
            Map<String, Object> measured = (Map<String, Object>) browser.script(MEASURE);

            long compressed = ((Number) measured.get("compressed")).longValue();
            long interactive = ((Number) measured.get("interactive")).longValue();
            String report = "First screen (/login, empty cache, 360x740): " + measured.get("files")
                    + " JS/CSS files, " + compressed + " bytes compressed (" + measured.get("uncompressed")
                    + " uncompressed); interactive at " + interactive + " ms; page received at " + measured.get("page")
                    + " ms; DOMContentLoaded at "
                    + measured.get("domContentLoaded") + " ms; last file received at " + measured.get("lastFile")
                    + " ms\n";
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target/web-app-budget.txt"), report);
            System.out.print(report);

            assertThat(((Number) measured.get("files")).intValue()).isGreaterThan(5);
            assertThat(compressed).isPositive().isLessThan(200 * 1024);
            assertThat(compressed).as("sent compressed")
                    .isLessThan(((Number) measured.get("uncompressed")).longValue());
            assertThat(interactive).isBetween(0L, 1000L);
        }
    }
}

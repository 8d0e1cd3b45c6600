package dev.overload.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.overload.ApiTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/**
 * The first screen's budget, measured in Chromium with an empty cache on a phone-sized screen: its scripts and
 * styles under 200 KB as sent (compressed), and the time until it is interactive (the app's 'overload:interactive'
 * mark, set once the first screen is drawn and answers input). The test asserts the bytes only: a time depends on
 * the machine, so it is written to target/web-app-budget.txt, and {@code bench/web-first-screen} measures it over
 * many cold loads ({@code -Dweb.budget.loads=N}).
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
              interactive: Math.round(mark.startTime),
              domContentLoaded: Math.round(navigation.domContentLoadedEventEnd),
              page: Math.round(navigation.responseEnd),
              lastFile: Math.round(Math.max(...files.map(r => r.responseEnd)))
            };""";

    @Autowired
    Environment environment;

    @Test
    void theFirstScreenSendsUnder200KbCompressedAndBecomesInteractive() throws IOException {
        Browser.assumeInstalled();
        int port = environment.getRequiredProperty("local.server.port", Integer.class);
        try (Browser warmUp = new Browser(port)) {
            warmUp.open("/login");
            warmUp.heading("Log in");
        }

        StringBuilder report = new StringBuilder();
        int loads = Integer.getInteger("web.budget.loads", 1);
        for (int load = 1; load <= loads; load++) {
            Map<String, Object> measured = coldLoad(port);
            long compressed = ((Number) measured.get("compressed")).longValue();
            report.append("First screen (/login, empty cache, 360x740), load ").append(load).append(": ")
                    .append(measured.get("files")).append(" JS/CSS files, ").append(compressed)
                    .append(" bytes compressed (").append(measured.get("uncompressed"))
                    .append(" uncompressed); interactive at ").append(measured.get("interactive"))
                    .append(" ms; page received at ").append(measured.get("page"))
                    .append(" ms; DOMContentLoaded at ").append(measured.get("domContentLoaded"))
                    .append(" ms; last file received at ").append(measured.get("lastFile")).append(" ms\n");

            assertThat(((Number) measured.get("files")).intValue()).isGreaterThan(5);
            assertThat(compressed).isPositive().isLessThan(200 * 1024);
            assertThat(compressed).as("sent compressed")
                    .isLessThan(((Number) measured.get("uncompressed")).longValue());
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/web-app-budget.txt"), report);
        System.out.print(report);
    }

    /** Loads the first screen in a browser with a new, empty profile and reads the Resource Timing entries. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> coldLoad(int port) {
        try (Browser browser = new Browser(port)) {
            browser.open("/login");
            browser.heading("Log in");
            browser.waiting().until(driver -> (Long) browser.script(
                    "return performance.getEntriesByName('overload:interactive').length") > 0);
            return (Map<String, Object>) browser.script(MEASURE);
        }
    }
}

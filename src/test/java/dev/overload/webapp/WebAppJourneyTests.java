package dev.overload.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.overload.Api;
import dev.overload.TestUser;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import dev.overload.ApiTest;

/**
 * A new lifter's first day with the web app, in a real browser on a phone-sized screen: registers, builds a
 * two-day plan with progression, starts its first day, logs every set (two of them offline, sent when the
 * connection returns, once each), finishes, and sees the weight progressed and a new record; then every screen
 * again at desktop size. Each screen is photographed and checked by axe-core. And a workout started and finished
 * with no connection at all, sent once the connection returns.
 */
@ApiTest
class WebAppJourneyTests extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Api api;

    @Test
    void aNewLifterPlansTrainsOfflineAndSeesTheProgression() {
        String username = "lifter" + UUID.randomUUID().toString().substring(0, 8);

        // Register, first with a password the service refuses: its message appears beside the field.
        browser.open("/");
        browser.heading("Log in");
        browser.check("login");
        browser.clickLink("Create an account");
        browser.heading("Create your account");
        browser.type("Username", username);
        browser.type("Email", username + "@example.com");
        browser.type("Password", "aaaaaaaa");
        browser.click("Create account");
        WebElement passwordError = browser.visible(By.id("f-password-error"));
        assertThat(passwordError.getText()).isNotBlank();
        assertThat(browser.field("Password").getDomAttribute("aria-describedby")).contains("f-password-error");
        browser.check("register");
        browser.type("Password", "correct-horse-9");
        browser.click("Create account");
        browser.heading("Today");
        browser.visible(By.xpath("//h2[normalize-space()='No active plan']"));
        browser.check("today-empty");

        // Build a two-day plan: Day A bench press 4 × 5 at 60 kg, +2.5 kg after success; Day B squats.
        browser.clickLink("Plans");
        browser.heading("Plans");
        browser.type("Plan name", "Push Pull");
        browser.click("Create plan");
        browser.heading("Push Pull");
        browser.click("Add day");
        browser.set("d0-name", "Day A");
        addExercise(0, "Barbell Bench Press");
        browser.click("Add set to Barbell Bench Press");
        for (int set = 0; set < 4; set++) {
            browser.set("d0e0s" + set + "-reps", "5");
            browser.set("d0e0s" + set + "-weight", "60");
        }
        browser.set("d0e0-rest", "120");
        browser.set("d0e0-increment", "2.5");
        browser.click("Add day");
        browser.set("d1-name", "Day B");
        addExercise(1, "Barbell Back Squat");
        browser.click("Save and make active");
        browser.waitForText(By.cssSelector(".savebar [role=status]"), "is your active plan");
        browser.waitForText(By.cssSelector("p.preview"), "62.5 → 65 → 67.5 kg");
        browser.check("plan-builder");
        browser.clickLink("Plans");
        browser.visible(
                By.xpath("//li[contains(@class,'card')][.//h2[contains(.,'Push Pull')]]//span[@class='badge']"));
        browser.check("plans");

        // Today offers Day A; start it.
        browser.clickLink("Today");
        browser.heading("Today");
        browser.waitForText(By.id("next-title"), "Day A");
        browser.check("today");
        browser.click("Start Day A");
        browser.heading("Day A");
        assertThat(browser.driver.findElements(By.cssSelector("li.set"))).hasSize(4);

        assertThat(browser.visible(By.cssSelector("p.plates")).getText())
                .isEqualTo("Plates for 60 kg: 20 kg bar + 20 per side");

        // Set 1 as planned, in one tap: the rest timer starts from the plan's 120 s.
        setButton(1, "Done as planned").click();
        WebElement timer = browser.visible(By.cssSelector("[role=timer]"));
        assertThat(timer.getText()).contains("rest before the next set of Barbell Bench Press");
        assertThat(timer.getText()).containsPattern("[12]:[0-5][0-9]");
        browser.check("session");
        browser.click("Skip rest");

        // Set 2 edited: 5 reps at 60 with 2 in reserve.
        setButton(2, "Edit").click();
        browser.set("i-" + setId(2), "2");
        setItem(2).findElement(By.xpath(".//button[starts-with(normalize-space(),'Save ')]")).click();
        browser.waitForText(By.xpath("(//li[contains(@class,'set ')])[2]//span[contains(@class,'badge')]"), "RIR 2");
        browser.click("Skip rest");
        String sessionId = browser.driver.getCurrentUrl().replaceAll(".*/sessions/", "");
        waitForCompletedSets(sessionId, 2);

        // Sets 3 and 4 while offline: kept in the outbox, shown as waiting, not on the service.
        browser.offline(true);
        browser.waitForText(By.cssSelector("[data-testid=sync-status]"), "Offline");
        setButton(3, "Done as planned").click();
        browser.click("Skip rest");
        setButton(4, "Done as planned").click();
        browser.click("Skip rest");
        browser.waitForText(By.cssSelector("[data-testid=sync-status]"), "2 sets waiting to sync");
        browser.check("session-offline");
        assertThat(completedSets(sessionId)).isEqualTo(2);

        // Back online: replayed in order, once each.
        browser.offline(false);
        browser.waiting().until(driver -> browser.driver.findElement(By.cssSelector("[data-testid=sync-status]"))
                .getText().isBlank());
        waitForCompletedSets(sessionId, 4);
        assertThat(jdbc.sql("select count(*) from session_sets where training_session_id = ?::uuid")
                .param(sessionId).query(Integer.class).single()).isEqualTo(4);

        // Finish: next time 62.5 kg, and a new record.
        browser.click("Finish workout");
        browser.heading("Workout complete");
        assertThat(browser.visible(By.cssSelector("li.progression")).getText())
                .contains("Barbell Bench Press").contains("next time 62.5 kg").contains("was 60 kg");
        assertThat(browser.visible(By.cssSelector("li.record")).getText()).contains("Barbell Bench Press");
        browser.check("results");

        // Settings: dark theme.
        browser.clickLink("Settings");
        browser.heading("Settings");
        new org.openqa.selenium.support.ui.Select(browser.field("Theme")).selectByVisibleText("Dark");
        new org.openqa.selenium.support.ui.Select(browser.field("First screen after signing in"))
                .selectByVisibleText("Plans");
        browser.click("Save settings");
        browser.waitForText(By.cssSelector("form [role=status]"), "Settings saved.");
        assertThat(browser.script("return document.documentElement.dataset.theme")).isEqualTo("dark");
        browser.check("settings");

        // Every screen again at desktop size (dark theme now).
        browser.resize(Browser.Size.DESKTOP);
        browser.open("/today");
        browser.heading("Today");
        browser.waitForText(By.id("next-title"), "Day B");
        browser.check("today");
        browser.open("/plans");
        browser.heading("Plans");
        browser.visible(By.cssSelector("ul.plans li"));
        browser.check("plans");
        browser.clickLink("Edit Push Pull");
        browser.heading("Push Pull");
        browser.visible(By.id("d1-name"));
        browser.check("plan-builder");
        browser.open("/sessions/" + sessionId);
        browser.heading("Workout complete");
        browser.visible(By.cssSelector("li.record"));
        browser.check("results");
        browser.open("/settings");
        browser.heading("Settings");
        browser.check("settings");
        browser.click("Sign out");
        browser.heading("Log in");
        browser.check("login");
        browser.clickLink("Create an account");
        browser.heading("Create your account");
        browser.check("register");
        browser.clickLink("Log in");
        browser.heading("Log in");
        browser.type("Username or email", username);
        browser.type("Password", "correct-horse-9");
        browser.click("Log in");
        browser.heading("Plans");
    }

    @Test
    void aWorkoutStartedAndFinishedOfflineIsSentOnceInOrderWhenTheConnectionReturns() {
        TestUser user = api.newUser();
        String planId = api.as(user).body(Map.of("name", "Gym")).post("/api/training-plans").then().statusCode(201)
                .extract().path("id");
        Map<String, Object> set = Map.of("expected_reps", 5, "expected_weight", 60);
        api.as(user).body(Map.of("name", "Gym", "days", List.of(Map.of("name", "Legs", "exercises", List.of(Map.of(
                "exercise_id", api.systemExerciseId("Barbell Back Squat"), "rest_time", 90, "sets",
                List.of(set, set, set))))))).post("/api/training-plans/{id}/composite", planId).then().statusCode(200);
        api.as(user).body(Map.of("active_training_plan_id", planId)).put("/api/user-profiles/{id}", user.id()).then()
                .statusCode(200);

        browser.logIn(user.username(), user.password());
        browser.clickLink("Today");
        browser.waitForText(By.id("next-title"), "Legs");

        // No connection in the gym: the workout starts on the phone, its sets logged and its finish queued.
        browser.offline(true);
        browser.waitForText(By.cssSelector("[data-testid=sync-status]"), "Offline");
        browser.click("Start Legs");
        browser.heading("Legs");
        assertThat(browser.driver.getCurrentUrl()).contains("/sessions/offline-");
        setButton(1, "Done as planned").click();
        browser.click("Skip rest");
        setButton(2, "Edit").click();
        browser.set("r-" + setId(2), "4");
        setItem(2).findElement(By.xpath(".//button[starts-with(normalize-space(),'Save ')]")).click();
        browser.click("Skip rest");
        setButton(3, "Done as planned").click();
        browser.click("Skip rest");
        browser.click("Finish workout");
        browser.waitForText(By.cssSelector("[data-testid=finish-status]"), "Finish waiting to sync");
        browser.waitForText(By.cssSelector("[data-testid=sync-status]"), "3 sets waiting to sync");
        browser.check("session-offline-start");
        assertThat(sessions(user)).isZero();

        // Back online: the start, the three sets and the finish, in that order, each once.
        browser.offline(false);
        browser.heading("Workout complete");
        assertThat(browser.driver.getCurrentUrl()).doesNotContain("offline-");
        String sessionId = browser.driver.getCurrentUrl().replaceAll(".*/sessions/", "");
        assertThat(sessions(user)).isOne();
        assertThat(jdbc.sql("select status from training_sessions where id = ?::uuid").param(sessionId)
                .query(String.class).single()).isEqualTo("COMPLETED");
        assertThat(jdbc.sql("select actual_reps from session_sets where training_session_id = ?::uuid "
                + "and status = 'COMPLETED' order by set_index").param(sessionId).query(Integer.class).list())
                .containsExactly(5, 4, 5);
        browser.check("results-offline-start");
    }

    private int sessions(TestUser user) {
        return jdbc.sql("select count(*) from training_sessions where user_id = ?").param(user.id())
                .query(Integer.class).single();
    }

    private void addExercise(int day, String name) {
        browser.set("d" + day + "-search", name);
        browser.driver.findElement(By.xpath("//form[@role='search'][.//input[@id='d" + day + "-search']]"
                + "//button[normalize-space()='Search']")).click();
        browser.waiting().until(org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable(By.xpath(
                "//form[@role='search'][.//input[@id='d" + day + "-search']]//button[starts-with(normalize-space(),"
                        + Browser.literal("Add " + name + " ·") + ")]")))
                .click();
        browser.visible(By.xpath("//section[contains(@class,'day')][" + (day + 1) + "]//h4[normalize-space()="
                + Browser.literal(name) + "]"));
    }

    private WebElement setItem(int index) {
        return browser.visible(By.xpath("(//li[contains(@class,'set ')])[" + index + "]"));
    }

    private String setId(int index) {
        return setItem(index).getDomAttribute("data-set-id");
    }

    private WebElement setButton(int index, String text) {
        return browser.waiting().until(org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable(
                By.xpath("(//li[contains(@class,'set ')])[" + index + "]//button[normalize-space()="
                        + Browser.literal(text) + "]")));
    }

    private int completedSets(String sessionId) {
        return jdbc
                .sql("select count(*) from session_sets where training_session_id = ?::uuid and status = 'COMPLETED'")
                .param(sessionId).query(Integer.class).single();
    }

    private void waitForCompletedSets(String sessionId, int expected) {
        browser.waiting().until(driver -> completedSets(sessionId) == expected);
    }
}

package dev.overload.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.overload.Api;
import dev.overload.ApiTest;
import dev.overload.TestUser;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A lifter with two finished bench-press workouts looks back in a real browser on a phone-sized screen: the
 * dashboard shows the last workout and its record, widgets hidden and moved (by button and by drag) stay so after
 * a reload; history as a list and as a month, a workout's details, the exercise's charts, the records, a PDF
 * report made in the background and downloaded; then the daily check-in and a meal, saved (a refused value shown
 * beside its field). Dashboard and wellness again at desktop size, light and dark. Each screen is checked by axe-core.
 * The other tests add, resize and remove widgets, make an exercise's and a plan's report, and check in for a past day.
 */
@ApiTest
class WebAppProgressTests extends BrowserTest {

    static final String BENCH = "Barbell Bench Press";

    @Autowired
    Api api;

    TestUser user;

    private String logWorkout(String title, Instant started, int weight) {
        List<Map<String, Object>> sets = List.of(Map.of("reps", 5, "weight", weight, "rir", 2),
                Map.of("reps", 5, "weight", weight, "rir", 1));
        return api.as(user).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("title", title, "session_date", started.atOffset(ZoneOffset.UTC).toLocalDate().toString(),
                        "started_at", started.toString(), "ended_at", started.plus(Duration.ofMinutes(50)).toString(),
                        "exercises", List.of(Map.of("exercise_id", api.systemExerciseId(BENCH), "sets", sets))))
                .post("/api/training-sessions/logged").then().statusCode(201).extract().path("id");
    }

    private List<String> shownWidgets() {
        return browser.driver.findElements(By.cssSelector("section.widget[data-widget]")).stream()
                .map(section -> section.getDomAttribute("data-widget")).toList();
    }

    private void arrangeAndWait(By control, String saved) {
        browser.waiting().until(ExpectedConditions.elementToBeClickable(control)).click();
        browser.waitForText(By.cssSelector(".arrange ~ [role=status]"), "Saved: " + saved);
    }

    @Test
    void aLifterLooksBackAtTheirTrainingAndChecksIn() {
        user = api.newUser();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        logWorkout("Push week 1", now.minus(Duration.ofDays(7)).minus(Duration.ofHours(2)), 60);
        Instant latestStart = now.minus(Duration.ofHours(2));
        String latest = logWorkout("Push week 2", latestStart, 65);
        api.as(user).body(Map.of("default_view", "DASHBOARD")).put("/api/dashboard/preferences").then().statusCode(200);

        // Signing in opens the dashboard, the chosen first screen: the last workout and its record are on it.
        browser.open("/login");
        browser.heading("Log in");
        // A new screen focuses its heading once drawn: typing before that would lose keys to the heading.
        browser.waiting().until(driver -> "H1".equals(browser.script("return document.activeElement.tagName")));
        browser.type("Username or email", user.username());
        browser.type("Password", Api.PASSWORD);
        browser.click("Log in");
        browser.heading("Dashboard");
        assertThat(browser.visible(By.cssSelector("[data-testid=last-workout]")).getText()).contains("Push week 2",
                BENCH,
                "2 sets done");
        assertThat(browser.visible(By.cssSelector("section[data-widget=RECENT_RECORDS]")).getText()).contains(BENCH);
        assertThat(browser.visible(By.cssSelector("section[data-widget=WEEKLY_VOLUME] svg[role=img]"))
                .getDomAttribute("aria-label")).startsWith("Volume per week");
        browser.check("dashboard");

        // Hide the body weight, move Consistency up by its button and the records to the top by dragging.
        browser.click("Arrange widgets");
        arrangeAndWait(By.xpath("//li[@data-widget='BODY_WEIGHT_TREND']//input[@type='checkbox']"), "Body weight");
        arrangeAndWait(By.xpath("//li[@data-widget='ADHERENCE_STREAK']//button[starts-with(normalize-space(),'Up')]"),
                "Consistency");
        assertThat(browser.driver.switchTo().activeElement().getText()).startsWith("Up");
        browser.script("""
                const from = document.querySelector('li[data-widget=RECENT_RECORDS]');
                const to = document.querySelector('li[data-widget=NEXT_WORKOUT]');
                const data = new DataTransfer();
                from.dispatchEvent(new DragEvent('dragstart', { dataTransfer: data, bubbles: true }));
                to.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
                to.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));""");
        browser.waitForText(By.cssSelector(".arrange ~ [role=status]"), "Saved: Recent records");
        browser.check("dashboard-arrange");
        browser.driver.navigate().refresh();
        browser.heading("Dashboard");
        browser.visible(By.cssSelector("section.widget[data-widget]"));
        assertThat(shownWidgets()).doesNotContain("BODY_WEIGHT_TREND")
                .startsWith("RECENT_RECORDS", "NEXT_WORKOUT", "ADHERENCE_STREAK", "WEEKLY_VOLUME");
        assertThat(api.as(user).get("/api/dashboard/widgets").then().statusCode(200).extract().jsonPath()
                .getBoolean("find { it.widget_type == 'BODY_WEIGHT_TREND' }.is_visible")).isFalse();

        // History as a list and as this month's calendar; the latest workout's details.
        browser.clickLink("History");
        browser.heading("History");
        browser.waiting().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("li.session-item"), 2));
        browser.check("history");
        // "Month", not "Calendar": that is the scheduling calendar's link in the navigation.
        browser.clickLink("Month");
        // The month shown is this one; just after a month begins, two hours ago was the month before.
        YearMonth latestMonth = YearMonth.from(latestStart.atOffset(ZoneOffset.UTC));
        if (!browser.visible(By.cssSelector(".month-nav a.button")).getDomAttribute("href")
                .endsWith("month=" + latestMonth.minusMonths(1))) {
            browser.clickLink("Previous month");
        }
        browser.visible(By.cssSelector("table.month a[data-session-id='" + latest + "']"));
        browser.check("history-calendar");
        browser.driver.findElement(By.cssSelector("table.month a[data-session-id='" + latest + "']")).click();
        browser.heading("Push week 2");
        assertThat(browser.visible(By.cssSelector("main table tbody")).getText()).contains("5 × 65 kg");
        browser.check("past-session");

        // The exercise's charts: estimated 1RM over both workouts, volume, best sets.
        browser.clickLink("Progress of " + BENCH);
        browser.heading(BENCH);
        assertThat(
                browser.visible(By.cssSelector("figure[data-chart=e1rm] svg[role=img]")).getDomAttribute("aria-label"))
                .startsWith("Estimated 1RM: 2 values").contains("last 75.83 kg");
        assertThat(browser.driver.findElements(By.cssSelector("figure[data-chart=volume] rect.bar"))).hasSize(2);
        browser.check("exercise-progress");

        browser.clickLink("All personal records");
        browser.heading("Personal records");
        assertThat(browser.visible(By.cssSelector("tr.record")).getText()).isNotBlank();
        browser.check("records");

        // A PDF progress report, made in the background while the screen shows its progress, then downloaded.
        browser.clickLink("Reports");
        browser.heading("Reports");
        browser.click("Make the report");
        WebElement download = browser.waiting().until(ExpectedConditions.elementToBeClickable(
                By.xpath("//li[@class='report']//button[starts-with(normalize-space(),'Download')]")));
        browser.check("reports");
        download.click();
        browser.waitForText(By.cssSelector("section [role=status].ok"), "Downloaded ");
        String reportId = browser.driver.findElement(By.cssSelector("li.report")).getDomAttribute("data-report-id");
        byte[] pdf = api.as(user).accept("*/*").get("/api/reports/{id}/file", reportId).then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        // The daily check-in: a stress of 11 is refused beside its field, then the day is saved; a meal too.
        browser.clickLink("Wellness");
        browser.heading("Wellness");
        browser.check("wellness");
        Map.of("Hours slept", "7.5", "Sleep quality", "4", "Stress", "11", "Energy", "8", "Motivation", "9",
                "Body weight (kg)", "80.5").forEach(browser::type);
        browser.click("Save check-in");
        assertThat(browser.visible(By.id("f-stress_level-error")).getText()).isNotBlank();
        assertThat(browser.field("Stress").getDomAttribute("aria-describedby")).contains("f-stress_level-error");
        browser.type("Stress", "3");
        browser.click("Save check-in");
        browser.waitForText(By.cssSelector("form [role=status]"), "Check-in saved.");
        browser.type("Meal", "Oats");
        browser.type("Calories (kcal)", "450");
        browser.type("Protein (g)", "20");
        browser.click("Add meal");
        browser.visible(By.cssSelector("li.meal"));
        JsonPath days = api.as(user).get("/api/daily-metrics").then().statusCode(200).extract().jsonPath();
        assertThat(days.getMap("[0]")).containsAllEntriesOf(Map.of("stress_level", 3, "energy_level", 8,
                "motivation_level", 9, "sleep_quality", 4, "sleep_hours", 7.5f, "body_weight", 80.5f));
        assertThat(days.getString("[0].meals[0].name")).isEqualTo("Oats");
        browser.check("wellness-saved");

        // Desktop size, light, then dark.
        browser.resize(Browser.Size.DESKTOP);
        browser.check("wellness");
        browser.clickLink("Progress");
        browser.heading("Dashboard");
        browser.visible(By.cssSelector("section.widget[data-widget]"));
        browser.check("dashboard");
        api.as(user).body(Map.of("theme", "DARK")).patch("/api/users/me").then().statusCode(200);
        browser.driver.navigate().refresh();
        browser.heading("Dashboard");
        browser.waiting()
                .until(driver -> "dark".equals(browser.script("return document.documentElement.dataset.theme")));
        browser.visible(By.cssSelector("section.widget[data-widget]"));
        browser.check("dashboard-dark");
        browser.clickLink("Wellness");
        browser.heading("Wellness");
        browser.check("wellness-dark");
    }

    private void logInAndOpen(String link, String heading) {
        browser.logIn(user.username(), Api.PASSWORD);
        browser.clickLink(link);
        browser.heading(heading);
    }

    private JsonPath widgets() {
        return api.as(user).get("/api/dashboard/widgets").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aLifterAddsResizesAndRemovesWidgetsFromTheKeyboard() {
        user = api.newUser();
        logWorkout("Push", Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofHours(2)), 60);
        String bench = api.systemExerciseId(BENCH);
        logInAndOpen("Progress", "Dashboard");
        browser.visible(By.cssSelector("section.widget[data-widget]"));
        browser.click("Arrange widgets");

        // Consistency made large by typing into its size list: one change, saved, the list keeps the focus.
        WebElement size = browser.visible(By.xpath("//li[@data-widget='ADHERENCE_STREAK']//select"));
        size.sendKeys("L");
        browser.waitForText(By.cssSelector(".arrange ~ [role=status]"), "Saved: Consistency");
        browser.waiting().until(driver -> size.getDomAttribute("id")
                .equals(browser.script("return document.activeElement.id")));
        assertThat(widgets().getString("find { it.widget_type == 'ADHERENCE_STREAK' }.widget_size")).isEqualTo("LARGE");

        browser.click("Remove What goes together");
        browser.waitForText(By.cssSelector(".arrange ~ [role=status]"), "Removed: What goes together");
        assertThat(widgets().getList("widget_type", String.class)).doesNotContain("TOP_INSIGHT").hasSize(7);

        // Added: the removed type is offered again; a trend of the bench press needs the exercise, refused beside
        // the picker until one is chosen.
        Select type = new Select(browser.field("Widget"));
        assertThat(type.getOptions()).extracting(WebElement::getText).containsExactly(
                "Estimated 1RM of an exercise", "What goes together");
        browser.waitForText(By.id("widget-found"), "Recently used first:");
        browser.click("Add widget");
        assertThat(browser.visible(By.id("widget-exercise-error")).getText()).contains("required");
        assertThat(browser.driver.findElement(By.cssSelector("fieldset.picker")).getDomAttribute("aria-describedby"))
                .isEqualTo("widget-exercise-error");
        browser.check("dashboard-add-widget");
        browser.field(BENCH).click();
        new Select(browser.field("Size")).selectByVisibleText("Large");
        browser.click("Add widget");
        browser.waitForText(By.cssSelector(".arrange ~ [role=status]"), "Added: Estimated 1RM: " + BENCH);
        JsonPath saved = widgets();
        assertThat(saved.getMap("find { it.widget_type == 'E1RM_TREND' }")).containsEntry("widget_size", "LARGE")
                .containsEntry("widget_position", 8).containsEntry("is_visible", true);
        assertThat(saved.getString("find { it.widget_type == 'E1RM_TREND' }.settings.exercise_id")).isEqualTo(bench);

        WebElement trend = browser.visible(By.cssSelector("section.widget[data-widget=E1RM_TREND]"));
        assertThat(trend.getDomAttribute("class")).contains("large");
        assertThat(trend.getText()).contains("Estimated 1RM: " + BENCH);
        browser.check("dashboard-widgets");
        browser.resize(Browser.Size.DESKTOP);
        browser.check("dashboard-widgets");
    }

    private WebElement downloadOf(String title) {
        return browser.waiting().until(ExpectedConditions.elementToBeClickable(By.xpath("//li[@class='report'][strong["
                + "starts-with(normalize-space()," + Browser.literal(title) + ")]]//button")));
    }

    private void download(String title) {
        downloadOf(title).click();
        browser.waitForText(By.cssSelector("section [role=status].ok"), "Downloaded ");
    }

    @Test
    void aLifterReportsOnOneExerciseAndOnOnePlan() {
        user = api.newUser();
        logWorkout("Push", Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofHours(2)), 60);
        String bench = api.systemExerciseId(BENCH);
        String planId = api.as(user).body(Map.of("name", "Push and pull")).post("/api/training-plans").then()
                .statusCode(201).extract().path("id");
        logInAndOpen("Progress", "Dashboard");
        browser.clickLink("Reports");
        browser.heading("Reports");

        // An exercise report without an exercise is refused beside the picker; the catalog is searched for it.
        new Select(browser.field("Report")).selectByValue("EXERCISE");
        browser.waitForText(By.id("report-found"), "Recently used first:");
        browser.click("Make the report");
        assertThat(browser.visible(By.id("report-exercise-error")).getText()).contains("required");
        browser.check("reports-exercise");
        browser.type("Search exercises", "bench press");
        browser.click("Find exercises");
        browser.waitForText(By.id("report-found"), "Matching “bench press”:");
        browser.field(BENCH).click();
        browser.click("Make the report");
        download("Exercise report: " + BENCH);
        JsonPath reports = api.as(user).get("/api/reports").then().statusCode(200).extract().jsonPath();
        assertThat(reports.getMap("find { it.type == 'EXERCISE' }")).containsEntry("exercise_id", bench)
                .containsEntry("status", "DONE").containsEntry("format", "PDF");

        // A plan report: the user's plans to choose from, no period.
        new Select(browser.field("Report")).selectByValue("PLAN");
        assertThat(new Select(browser.field("Plan")).getFirstSelectedOption().getText()).isEqualTo("Push and pull");
        assertThat(browser.driver.findElements(By.id("f-from"))).isEmpty();
        new Select(browser.field("Format")).selectByValue("CSV");
        browser.check("reports-plan");
        browser.click("Make the report");
        download("Training plan: Push and pull");
        reports = api.as(user).get("/api/reports").then().statusCode(200).extract().jsonPath();
        assertThat(reports.getMap("find { it.type == 'PLAN' }")).containsEntry("plan_id", planId)
                .containsEntry("status", "DONE").containsEntry("format", "CSV");
        browser.resize(Browser.Size.DESKTOP);
        browser.check("reports-plan");
    }

    @Test
    void aLifterChecksInForYesterdayButNotForTomorrow() {
        user = api.newUser();
        ZoneId zone = ZoneId.of(api.as(user).get("/api/users/me").then().statusCode(200).extract().path("time_zone"));
        LocalDate today = LocalDate.now(zone);
        LocalDate yesterday = today.minusDays(1);
        logInAndOpen("Wellness", "Wellness");

        browser.click("Previous day");
        browser.waitForText(By.id("meals-title"), "Meals on");
        browser.waiting().until(ExpectedConditions.urlContains("?date=" + yesterday));
        Map.of("Stress", "4", "Energy", "6", "Body weight (kg)", "79").forEach(browser::type);
        browser.click("Save check-in");
        browser.waitForText(By.cssSelector("form [role=status]"), "Check-in saved.");
        JsonPath day = api.as(user).get("/api/daily-metrics/{date}", yesterday.toString()).then().statusCode(200)
                .extract().jsonPath();
        assertThat(day.getMap("")).containsAllEntriesOf(Map.of("stress_level", 4, "energy_level", 6));
        assertThat(day.getDouble("body_weight")).isEqualTo(79.0);
        api.as(user).get("/api/daily-metrics/{date}", today.toString()).then().statusCode(404);
        assertThat(browser.button("Next day").isEnabled()).isTrue();
        browser.check("wellness-past-day");

        // Tomorrow has not begun: the API's refusal is shown beside the day, which stays yesterday.
        browser.type("Day", today.plusDays(1).format(DateTimeFormatter.ofPattern("MMddyyyy")));
        browser.click("Show day");
        assertThat(browser.visible(By.id("f-date-error")).getText()).contains("must not be in the future");
        assertThat(browser.field("Day").getDomAttribute("aria-describedby")).contains("f-date-error");
        assertThat(browser.driver.getCurrentUrl()).endsWith("?date=" + yesterday);
        browser.check("wellness-future-day");

        browser.click("Back to today");
        browser.waitForText(By.id("meals-title"), "Meals today");
        assertThat(browser.button("Previous day").isEnabled()).isTrue();
        assertThat(browser.driver.findElement(By.xpath("//button[normalize-space()='Next day']")).isEnabled())
                .isFalse();
    }
}

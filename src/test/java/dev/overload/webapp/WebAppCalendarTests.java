package dev.overload.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.overload.Api;
import dev.overload.ApiTest;
import dev.overload.TestUser;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The calendar in the browser: a plan day scheduled weekly shows as upcoming, and the feed's link is handed out; the
 * month grid marks done, missed and planned workouts each with its own symbol and words, moved through by keyboard.
 */
@ApiTest
class WebAppCalendarTests extends BrowserTest {

    @Autowired
    Api api;

    @Test
    void aPlanDayScheduledWeeklyIsUpcomingAndTheFeedLinkIsHandedOut() {
        TestUser user = api.newUser();
        String planId = api.as(user).body(Map.of("name", "Upper lower")).post("/api/training-plans").then()
                .statusCode(201).extract().path("id");
        api.as(user).body(Map.of("name", "Upper")).post("/api/training-plans/{id}/days", planId).then().statusCode(201);

        browser.logIn(user.username(), user.password());
        browser.clickLink("Calendar");
        browser.heading("Calendar");
        browser.visible(By.xpath("//p[normalize-space()='Nothing scheduled in the next 30 days.']"));
        browser.check("calendar");

        new Select(browser.field("Day")).selectByVisibleText("Upper");
        browser.set("schedule-duration", "1500");
        new Select(browser.field("Repeats")).selectByVisibleText("Every week");
        browser.click("Schedule");
        browser.visible(By.id("schedule-duration-error"));

        browser.set("schedule-duration", "75");
        browser.click("Schedule");
        browser.waitForText(By.cssSelector("form [role=status]"), "Scheduled Upper.");
        assertThat(browser.driver.findElements(By.cssSelector("li.occurrence"))).hasSizeGreaterThanOrEqualTo(4);
        assertThat(browser.visible(By.cssSelector("li.occurrence")).getText()).contains("Upper", "Upper lower",
                "Planned", "Weekly");
        browser.check("calendar-scheduled");

        browser.click("Copy my calendar feed link");
        assertThat(browser.field("Calendar feed link").getDomProperty("value")).contains("/api/calendar.ics");
        browser.check("calendar-feed");
        browser.resize(Browser.Size.DESKTOP);
        browser.check("calendar-feed");
    }

    @Test
    void theMonthGridMarksDoneMissedAndPlannedWorkoutsAndMovesByKeyboard() {
        TestUser user = api.newUser();
        String planId = api.as(user).body(Map.of("name", "Strength")).post("/api/training-plans").then()
                .statusCode(201).extract().path("id");
        String dayId = api.as(user).body(Map.of("name", "Legs")).post("/api/training-plans/{id}/days", planId).then()
                .statusCode(201).extract().path("id");
        Instant now = Instant.now();
        Instant missed = now.minus(Duration.ofDays(3));
        Instant done = now.plus(Duration.ofHours(1));
        Instant planned = now.plus(Duration.ofDays(3));
        schedule(user, planId, dayId, missed);
        String scheduleId = schedule(user, planId, dayId, done);
        schedule(user, planId, dayId, planned);
        String sessionId = api.as(user).body(Map.of("schedule_id", scheduleId)).post("/api/training-sessions").then()
                .statusCode(201).extract().path("id");
        api.as(user).post("/api/training-sessions/{id}/complete", sessionId).then().statusCode(200);
        api.as(user).get("/api/schedules?from={from}", missed.minus(Duration.ofHours(1)).toString()).then()
                .statusCode(200).body("status", org.hamcrest.Matchers.contains("MISSED", "DONE", "PENDING"));

        browser.logIn(user.username(), user.password());
        browser.clickLink("Calendar");
        browser.heading("Calendar");
        assertMark(day(done), "done", "✓", "Done: Legs");
        assertThat(browser.driver.findElement(By.cssSelector("td[aria-current=date]")).getDomAttribute("data-date"))
                .isEqualTo(LocalDate.now().toString());
        assertThat((Long) browser.script("return document.documentElement.scrollWidth")).isLessThanOrEqualTo(360);
        browser.check("calendar-month");
        assertMark(day(missed), "missed", "✗", "Missed: Legs");
        assertMark(day(planned), "pending", "○", "Planned: Legs");

        // The keyboard: a click selects a day, the arrows move by days and weeks, Page Down by a month.
        LocalDate first = day(done);
        showMonth(YearMonth.from(first));
        cell(first).click();
        waitForFocus(first);
        assertThat(browser.visible(By.cssSelector("ul.day-list")).getText()).contains("Legs", "Done");
        browser.driver.switchTo().activeElement().sendKeys(Keys.ARROW_RIGHT);
        waitForFocus(first.plusDays(1));
        browser.driver.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
        waitForFocus(first.plusDays(8));
        browser.driver.switchTo().activeElement().sendKeys(Keys.PAGE_DOWN);
        waitForFocus(first.plusDays(8).plusMonths(1));
        assertThat(browser.visible(By.id("month-title")).getDomAttribute("data-month"))
                .isEqualTo(YearMonth.from(first.plusDays(8).plusMonths(1)).toString());
        browser.resize(Browser.Size.DESKTOP);
        showMonth(YearMonth.from(first));
        cell(first).click();
        waitForFocus(first);
        assertThat(cell(first).getText()).contains("Legs");
        browser.check("calendar-month");
    }

    private String schedule(TestUser user, String planId, String dayId, Instant start) {
        Map<String, Object> body = new HashMap<>(Map.of("plan_id", planId, "day_id", dayId, "start_time",
                start.toString(), "end_time", start.plus(Duration.ofHours(1)).toString()));
        return api.as(user).body(body).post("/api/schedules").then().statusCode(201).extract().path("id");
    }

    private static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneId.systemDefault());
    }

    private WebElement cell(LocalDate date) {
        return browser.visible(By.cssSelector("td[data-date='" + date + "']"));
    }

    /** Shows the month by its Previous and Next buttons. */
    private void showMonth(YearMonth month) {
        for (YearMonth shown = shownMonth(); !shown.equals(month); shown = shownMonth()) {
            browser.click(shown.isBefore(month) ? "Next month" : "Previous month");
            YearMonth before = shown;
            browser.waiting().until(driver -> !shownMonth().equals(before));
        }
        browser.waiting().until(driver -> "false"
                .equals(driver.findElement(By.cssSelector("table.month")).getDomAttribute("aria-busy")));
    }

    private YearMonth shownMonth() {
        return YearMonth.parse(browser.visible(By.id("month-title")).getDomAttribute("data-month"));
    }

    private void assertMark(LocalDate date, String status, String symbol, String words) {
        showMonth(YearMonth.from(date));
        WebElement mark = cell(date).findElement(By.cssSelector(".mark." + status));
        assertThat(mark.getText()).startsWith(symbol);
        assertThat(mark.findElement(By.cssSelector(".visually-hidden")).getDomProperty("textContent"))
                .startsWith(words);
    }

    private void waitForFocus(LocalDate date) {
        browser.waiting().until(driver -> date.toString()
                .equals(browser.script("return document.activeElement.dataset.date")));
    }
}

package dev.overload.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.overload.Api;
import dev.overload.ApiTest;
import dev.overload.TestUser;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/** The calendar in the browser: a plan day scheduled weekly shows as upcoming, and the feed's link is handed out. */
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
}

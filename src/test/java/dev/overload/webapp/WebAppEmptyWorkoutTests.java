package dev.overload.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.overload.ApiTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Without a plan: an empty workout, exercises added from the catalog as one goes, a set added, all done. */
@ApiTest
class WebAppEmptyWorkoutTests extends BrowserTest {

    @Test
    void anEmptyWorkoutGrowsFromTheCatalog() {
        String username = "walkin" + UUID.randomUUID().toString().substring(0, 8);
        browser.open("/register");
        browser.heading("Create your account");
        browser.type("Username", username);
        browser.type("Email", username + "@example.com");
        browser.type("Password", "correct-horse-9");
        browser.click("Create account");
        browser.heading("Today");
        browser.check("today-empty");
        browser.resize(Browser.Size.DESKTOP);
        browser.check("today-empty");
        browser.resize(Browser.Size.PHONE);

        browser.click("Start an empty workout");
        browser.heading("Workout");
        browser.type("Search the catalog", "Barbell Back Squat");
        browser.driver.findElement(By.xpath("//form[@role='search']//button[normalize-space()='Search']")).click();
        browser.click("Add Barbell Back Squat");
        browser.visible(By.xpath("//h2[normalize-space()='Barbell Back Squat']"));
        browser.click("Add a set of Barbell Back Squat");
        browser.waiting().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("li.set"), 2));
        browser.check("empty-workout");
        browser.resize(Browser.Size.DESKTOP);
        browser.check("empty-workout");

        for (int set = 1; set <= 2; set++) {
            browser.waiting().until(ExpectedConditions.elementToBeClickable(By.xpath(
                    "(//li[contains(@class,'set ')])[" + set + "]//button[normalize-space()='Done as planned']")))
                    .click();
            browser.click("Skip rest");
        }
        browser.waitForText(By.cssSelector("main > p.muted"), "Every set is logged");
        browser.waiting().until(driver -> driver.findElement(By.cssSelector("[data-testid=sync-status]")).getText()
                .isBlank());
        browser.click("Finish workout");
        browser.heading("Workout complete");
        assertThat(browser.visible(By.cssSelector("li.comparison")).getText())
                .isEqualTo("Barbell Back Squat: first time: nothing to compare yet");
        assertThat(browser.visible(By.cssSelector("li.record")).getText()).contains("Barbell Back Squat");
    }
}

package dev.overload.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.overload.Api;
import dev.overload.ApiTest;
import dev.overload.TestUser;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/** The coach's suggestion shown as a marked diff and applied; an exercise swapped in the middle of a workout. */
@ApiTest
class WebAppPlanExtrasTests extends BrowserTest {

    @Autowired
    Api api;

    static final By SUGGESTION = By.cssSelector("[aria-label=\"The coach's suggestion\"]");

    TestUser user;

    String planId;

    @BeforeEach
    void signInWithAPlan() {
        user = api.newUser();
        planId = plan(user, "Base", false);
        browser.logIn(user.username(), user.password());
    }

    /** A plan with a leg day of three sets of squats. */
    private String plan(TestUser owner, String name, boolean shared) {
        String id = api.as(owner).body(Map.of("name", name, "is_public", shared)).post("/api/training-plans").then()
                .statusCode(201).extract().path("id");
        api.as(owner).body(Map.of("name", name, "days", List.of(Map.of("name", "Legs", "exercises", List.of(Map.of(
                "exercise_id", api.systemExerciseId("Barbell Back Squat"), "rest_time", 120, "sets",
                List.of(set(), set(), set()))))))).post("/api/training-plans/{id}/composite", id).then()
                .statusCode(200);
        return id;
    }

    private static Map<String, Object> set() {
        return Map.of("expected_reps", 8, "expected_weight", 60);
    }

    @Test
    void theCoachsSuggestionIsShownAsADiffAndApplied() {
        Object before = api.as(user).get("/api/training-plans/{id}", planId).then().statusCode(200).extract()
                .path("days");
        browser.open("/plans/" + planId);
        browser.heading("Base");
        browser.type("What do you want from this plan?", "I want to get stronger");
        browser.click("Ask the coach");
        // the built-in coach reads the wish with a language model: slower than a page on a loaded machine
        new WebDriverWait(browser.driver, Duration.ofSeconds(120)).until(ExpectedConditions.or(
                ExpectedConditions.presenceOfElementLocated(SUGGESTION),
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("main [role=alert]"))));
        assertThat(browser.driver.findElements(By.cssSelector("main [role=alert]"))).isEmpty();
        WebElement suggestion = browser.visible(SUGGESTION);
        assertThat(suggestion.findElements(By.cssSelector(".diff-changed, .diff-new"))).isNotEmpty();
        browser.check("plan-coach");

        browser.click("Apply the suggestion");
        browser.waitForText(By.cssSelector("#coach-title ~ [role=status]"), "The coach's suggestion is now your plan.");
        Object after = api.as(user).get("/api/training-plans/{id}", planId).then().statusCode(200).extract()
                .path("days");
        assertThat(after).isNotEqualTo(before);
    }

    @Test
    void anExerciseIsSwappedMidSessionForOneOfTheSameMuscle() {
        String dayId = api.as(user).get("/api/training-plans/{id}", planId).then().statusCode(200).extract()
                .path("days[0].id");
        String sessionId = api.as(user).body(Map.of("training_plan_id", planId, "training_plan_day_id", dayId))
                .post("/api/training-sessions").then().statusCode(201).extract().path("id");
        browser.open("/sessions/" + sessionId);
        browser.visible(By.xpath("//h2[normalize-space()='Barbell Back Squat']"));
        browser.click("Swap Barbell Back Squat");
        WebElement first = browser.visible(By.cssSelector(".swap .result"));
        String other = first.getText().replace("Swap for ", "");
        browser.check("workout-swap");
        first.click();

        browser.visible(By.xpath("//h2[normalize-space()=" + Browser.literal(other) + "]"));
        List<String> exercises = api.as(user).get("/api/training-sessions/{id}", sessionId).then().statusCode(200)
                .extract().path("sets.exercise_id");
        assertThat(exercises).containsOnly(api.systemExerciseId(other)).hasSize(3);
    }

    @Test
    void aPublicPlanIsCopiedAndACustomExerciseAdded() {
        String shared = "Shared legs " + user.username();
        plan(api.newUser(), shared, true);
        browser.clickLink("Plans");
        browser.heading("Plans");
        browser.click("Browse public plans");
        browser.check("plans-public");
        browser.click("Copy to my plans: " + shared);
        browser.visible(By.xpath("//main//h1[contains(., " + Browser.literal(shared) + ")]"));
        assertThat(browser.driver.findElements(By.cssSelector("li.exercise"))).hasSize(1);

        browser.driver.findElement(By.xpath("//button[starts-with(normalize-space(), 'Create a custom exercise')]"))
                .click();
        String custom = "Sled push " + user.username();
        browser.type("Exercise name", custom);
        browser.click("Create and add");
        browser.visible(By.xpath("//h4[normalize-space()=" + Browser.literal(custom) + "]"));
        browser.check("plan-custom-exercise");
        browser.click("Save plan");
        browser.waitForText(By.cssSelector(".savebar [role=status]"), "Saved");
    }
}

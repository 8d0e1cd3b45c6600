package dev.overload.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.overload.Api;
import dev.overload.ApiTest;
import dev.overload.TestUser;
import dev.overload.club.web.ClubFixture;
import dev.overload.club.web.ClubFixture.Member;
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
 * The club in the browser: a trainer sees their client, works on the client's plan acting for them (every request
 * carries Act-As-User, the screen says for whom, a reload keeps it) and comes back; Settings, opened while acting,
 * change nothing of the client's and are the trainer's own once they stop; an administrator manages memberships and
 * clients, deletes them (a membership clients still hold is refused, saying why) and assigns trainers.
 */
@ApiTest
class WebAppTrainerTests extends BrowserTest {

    @Autowired
    Api api;

    private void logIn(TestUser user) {
        browser.logIn(user.username(), user.password());
        browser.visible(By.xpath("//nav//a[normalize-space()='Club']"));
    }

    @Test
    void aTrainerWorksOnAClientsPlanActingForThem() {
        ClubFixture club = new ClubFixture(api);
        Member member = club.member();
        String lastName = api.as(club.admin).get("/api/club/clients/{id}", member.clientId()).then().statusCode(200)
                .extract().path("last_name");
        String client = "Ada " + lastName;
        String planId = api.as(member.user()).body(Map.of("name", "Ada's strength")).post("/api/training-plans").then()
                .statusCode(201).extract().path("id");

        logIn(member.trainer());
        browser.clickLink("Club");
        browser.heading("Club");
        browser.visible(By.xpath("//h3[normalize-space()=" + Browser.literal(client) + "]"));
        browser.check("club-trainer");
        browser.resize(Browser.Size.DESKTOP);
        browser.check("club-trainer");
        browser.resize(Browser.Size.PHONE);

        browser.click("Work as " + client);
        browser.heading("Plans");
        assertThat(browser.visible(By.cssSelector("[data-testid=acting]")).getText()).contains("Acting for " + client);
        browser.clickLink("Edit Ada's strength");
        browser.heading("Ada's strength");
        browser.check("plan-acting");
        browser.set("plan-name", "Ada's strength, by her trainer");
        browser.click("Save plan");
        browser.waitForText(By.cssSelector(".savebar [role=status]"), "Saved Ada's strength, by her trainer.");
        api.as(member.user()).get("/api/training-plans/{id}", planId).then().statusCode(200)
                .body("name", equalTo("Ada's strength, by her trainer"));

        // A reload keeps acting for the client: the banner, and the client's plans.
        browser.driver.navigate().refresh();
        browser.heading("Ada's strength, by her trainer");
        assertThat(browser.visible(By.cssSelector("[data-testid=acting]")).getText()).contains("Acting for " + client);
        browser.clickLink("Plans");
        browser.visible(By.xpath("//h2[contains(., \"Ada's strength, by her trainer\")]"));

        browser.click("Stop acting for " + client);
        browser.heading("Club");
        browser.waiting().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("[data-testid=acting]"), 0));
        browser.driver.navigate().refresh();
        browser.heading("Club");
        browser.clickLink("Plans");
        browser.heading("Plans");
        assertThat(browser.driver.findElements(By.xpath("//h2[contains(., \"Ada's strength\")]"))).isEmpty();
        assertThat(browser.driver.findElements(By.cssSelector("[data-testid=acting]"))).isEmpty();

        // Signing out forgets whom the trainer acted for.
        browser.clickLink("Club");
        browser.click("Work as " + client);
        browser.heading("Plans");
        browser.visible(By.cssSelector("[data-testid=acting]"));
        browser.clickLink("Settings");
        browser.click("Sign out");
        browser.heading("Log in");
        assertThat(browser.script("return sessionStorage.getItem('overload.acting')")).isNull();
        logIn(member.trainer());
        browser.clickLink("Plans");
        browser.heading("Plans");
        assertThat(browser.driver.findElements(By.cssSelector("[data-testid=acting]"))).isEmpty();
    }

    @Test
    void settingsOpenedWhileActingForAClientAreTheTrainersOwn() {
        ClubFixture club = new ClubFixture(api);
        Member member = club.member();
        String client = "Ada " + api.as(club.admin).get("/api/club/clients/{id}", member.clientId()).then()
                .statusCode(200).extract().path("last_name");
        String clientUnit = api.as(member.user()).get("/api/users/me").then().statusCode(200).extract()
                .path("weight_unit");
        String trainerUnit = api.as(member.trainer()).get("/api/users/me").then().statusCode(200).extract()
                .path("weight_unit");
        String otherUnit = "KG".equals(trainerUnit) ? "LB" : "KG";

        logIn(member.trainer());
        browser.clickLink("Club");
        browser.heading("Club");
        browser.click("Work as " + client);
        browser.heading("Plans");
        browser.clickLink("Settings");
        browser.heading("Settings");
        assertThat(browser.visible(By.cssSelector("[data-testid=settings-acting]")).getText())
                .contains("not " + client + "'s");
        assertThat(browser.driver.findElements(By.xpath("//button[normalize-space()='Save settings']"))).isEmpty();
        browser.check("settings-acting");

        browser.click("Stop acting and change my settings");
        browser.waiting().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("[data-testid=acting]"), 0));
        browser.field("First screen after signing in");
        new Select(browser.field("Weight unit")).selectByValue(otherUnit);
        browser.click("Save settings");
        browser.waitForText(By.cssSelector("form [role=status]"), "Settings saved.");
        api.as(member.trainer()).get("/api/users/me").then().statusCode(200).body("weight_unit", equalTo(otherUnit));
        api.as(member.user()).get("/api/users/me").then().statusCode(200).body("weight_unit", equalTo(clientUnit));

        // The client stays forgotten after a reload.
        browser.driver.navigate().refresh();
        browser.heading("Settings");
        browser.visible(By.xpath("//button[normalize-space()='Save settings']"));
        assertThat(browser.driver.findElements(By.cssSelector("[data-testid=acting]"))).isEmpty();
    }

    @Test
    void aSetLoggedOfflineForAClientIsTheClientsAfterTheTrainerStopsActing() {
        ClubFixture club = new ClubFixture(api);
        Member member = club.member();
        String client = "Ada " + api.as(club.admin).get("/api/club/clients/{id}", member.clientId()).then()
                .statusCode(200).extract().path("last_name");
        String planId = api.as(member.user()).body(Map.of("name", "Ada's legs")).post("/api/training-plans").then()
                .statusCode(201).extract().path("id");
        Map<String, Object> set = Map.of("expected_reps", 5, "expected_weight", 80);
        api.as(member.user()).body(Map.of("name", "Ada's legs", "days", List.of(Map.of("name", "Legs", "exercises",
                List.of(Map.of("exercise_id", api.systemExerciseId("Barbell Back Squat"), "sets",
                        List.of(set, set)))))))
                .post("/api/training-plans/{id}/composite", planId).then().statusCode(200);
        String dayId = api.as(member.user()).get("/api/training-plans/{id}", planId).then().statusCode(200).extract()
                .path("days[0].id");
        String sessionId = api.as(member.user()).body(Map.of("training_plan_id", planId, "training_plan_day_id", dayId))
                .post("/api/training-sessions").then().statusCode(201).extract().path("id");

        logIn(member.trainer());
        browser.clickLink("Club");
        browser.click("Work as " + client);
        browser.heading("Plans");
        browser.open("/sessions/" + sessionId);
        browser.visible(By.xpath("//h2[normalize-space()='Barbell Back Squat']"));

        // Logged offline while acting, sent once online after the trainer stopped acting: still the client's set.
        browser.offline(true);
        browser.waitForText(By.cssSelector("[data-testid=sync-status]"), "Offline");
        browser.waiting().until(ExpectedConditions.elementToBeClickable(By.xpath(
                "(//li[contains(@class,'set ')])[1]//button[normalize-space()='Done as planned']"))).click();
        browser.waitForText(By.cssSelector("[data-testid=sync-status]"), "1 set waiting to sync");
        browser.click("Stop acting for " + client);
        browser.waiting().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("[data-testid=acting]"), 0));
        browser.offline(false);
        browser.waiting().until(driver -> completedSets(member.user(), sessionId) == 1);
        browser.waiting().until(driver -> browser.driver.findElement(By.cssSelector("[data-testid=sync-status]"))
                .getText().isBlank());
        // Nothing was refused (a refusal is shown as a banner beside the sync status).
        assertThat(browser.driver.findElements(By.cssSelector("[data-testid=sync-status] + .error.banner"))).isEmpty();
    }

    private int completedSets(TestUser user, String sessionId) {
        List<String> statuses = api.as(user).get("/api/training-sessions/{id}", sessionId).then().statusCode(200)
                .extract().path("sets.status");
        return (int) statuses.stream().filter("COMPLETED"::equals).count();
    }

    @Test
    void anAdministratorManagesMembershipsAndClients() {
        ClubFixture club = new ClubFixture(api);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        logIn(club.admin);
        browser.resize(Browser.Size.DESKTOP);
        browser.clickLink("Club");
        browser.heading("Club");

        browser.set("membership-new-description", "Gold " + tag);
        browser.set("membership-new-price", "49.999");
        browser.click("Add membership");
        browser.visible(By.id("membership-new-price-error"));
        browser.set("membership-new-price", "49.90");
        browser.click("Add membership");
        browser.visible(By.xpath("//h3[normalize-space()=" + Browser.literal("Gold " + tag) + "]"));

        browser.set("client-new-email", "grace" + tag + "@example.com");
        browser.set("client-new-first_name", "Grace");
        browser.set("client-new-last_name", "Hopper " + tag);
        browser.set("client-new-phone_number", "0151 123");
        browser.set("client-new-date_of_birth", "01021990");
        browser.click("Add client");
        browser.visible(By.id("client-new-phone_number-error"));
        browser.set("client-new-phone_number", "+4915112345678");
        browser.click("Add client");
        browser.visible(By.xpath("//h3[normalize-space()=" + Browser.literal("Grace Hopper " + tag) + "]"));
        browser.check("club-admin");

        browser.click("Edit Grace Hopper " + tag);
        browser.check("club-admin-edit");
        browser.set("client-" + clientId(tag) + "-last_name", "Hopper-Murray " + tag);
        browser.click("Save Grace Hopper " + tag);
        browser.visible(By.xpath("//h3[normalize-space()=" + Browser.literal("Grace Hopper-Murray " + tag) + "]"));
        browser.resize(Browser.Size.PHONE);
        browser.check("club-admin");
    }

    @Test
    void anAdministratorDeletesMembershipsAndClientsAndAssignsTrainers() {
        ClubFixture club = new ClubFixture(api);
        TestUser trainer = club.trainer();
        String trainerName = api.as(club.admin).get("/api/admin/users?search={name}", trainer.username()).then()
                .statusCode(200).extract().path("[0].username");
        String held = club.membership("PREMIUM", "40.00");
        String spare = club.membership("STANDARD", "10.00");
        String heldName = api.as(club.admin).get("/api/club/memberships/{id}", held).then().extract()
                .path("description");
        String spareName = api.as(club.admin).get("/api/club/memberships/{id}", spare).then().extract()
                .path("description");
        TestUser user = api.newUser();
        String clientId = club.client(user, held);
        String client = "Ada " + api.as(club.admin).get("/api/club/clients/{id}", clientId).then().extract()
                .path("last_name");
        Object defaultMembership = api.as(club.admin).get("/api/club/settings").then().statusCode(200).extract()
                .path("default_membership_id");
        // The held membership as the club's default leaves its clients nowhere to go: deleting it is refused.
        api.as(club.admin).body(Map.of("default_membership_id", held)).put("/api/club/settings").then().statusCode(200);
        try {
            logIn(club.admin);
            browser.clickLink("Club");
            browser.heading("Club");

            // A trainer for the client.
            new Select(browser.visible(By.id("trainer-" + clientId))).selectByVisibleText(trainerName);
            browser.click("Save trainer of " + client);
            browser.waitForText(By.cssSelector("main > [role=status]"), client + ": trainer saved.");
            browser.waitForText(By.xpath("//li[h3[normalize-space()=" + Browser.literal(client) + "]]/p"),
                    "trainer " + trainerName);
            api.as(club.admin).get("/api/club/clients/{id}", clientId).then().statusCode(200)
                    .body("trainer_id", equalTo(trainer.id().toString()));
            browser.check("club-admin-trainer");

            // A membership clients hold: asked twice, refused, the service's reason shown beside it.
            browser.click("Delete " + heldName);
            browser.check("club-admin-confirm");
            browser.click("Really delete " + heldName + "?");
            WebElement refusal = browser.visible(By.xpath("//li[.//h3[normalize-space()=" + Browser.literal(heldName)
                    + "]]//*[@role='alert']"));
            assertThat(refusal.getText()).contains("Clients hold this membership");
            browser.check("club-admin-refused");
            api.as(club.admin).get("/api/club/memberships/{id}", held).then().statusCode(200);

            // A membership nobody holds: gone after the second click; a first click alone changes nothing.
            browser.click("Delete " + spareName);
            browser.click("Keep " + spareName);
            browser.click("Delete " + spareName);
            browser.click("Really delete " + spareName + "?");
            browser.waitForText(By.cssSelector("main > [role=status]"), "Deleted " + spareName + ".");
            api.as(club.admin).get("/api/club/memberships/{id}", spare).then().statusCode(404);

            // The client: removed, and the trainer's access to them ends.
            browser.click("Delete " + client);
            browser.click("Really delete " + client + "?");
            browser.waitForText(By.cssSelector("main > [role=status]"), "Deleted " + client + ".");
            browser.waiting().until(ExpectedConditions.numberOfElementsToBe(
                    By.xpath("//h3[normalize-space()=" + Browser.literal(client) + "]"), 0));
            api.as(club.admin).get("/api/club/clients/{id}", clientId).then().statusCode(404);
            browser.check("club-admin-deleted");
            browser.resize(Browser.Size.DESKTOP);
            browser.check("club-admin-deleted");
        } finally {
            Map<String, Object> restore = new java.util.HashMap<>();
            restore.put("default_membership_id", defaultMembership);
            api.as(club.admin).body(restore).put("/api/club/settings").then().statusCode(200);
        }
    }

    private String clientId(String tag) {
        return api.as(api.admin()).queryParam("search", "Hopper " + tag).get("/api/club/clients").then()
                .statusCode(200).extract().path("[0].id");
    }
}

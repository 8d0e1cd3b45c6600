package dev.overload.planning.web;

import static dev.overload.planning.web.PlanApi.PLAN;
import static dev.overload.planning.web.PlanApi.PLANS;
import static dev.overload.planning.web.PlanApi.PROGRESSION;
import static dev.overload.planning.web.PlanApi.SET;
import static dev.overload.planning.web.PlanApi.SETS;
import static dev.overload.planning.web.PlanApi.SQUAT;
import static dev.overload.planning.web.PlanApi.day;
import static dev.overload.planning.web.PlanApi.exercise;
import static dev.overload.planning.web.PlanApi.set;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import dev.overload.Api;
import dev.overload.ApiTest;
import dev.overload.TestUser;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/** Weights are shown and entered in the user's weight unit; they are kept in kilograms. */
@ApiTest
class PlanUnitsTests {

    private static final String FIRST_SET = "days[0].exercises[0].sets[0].expected_weight";

    @Autowired
    Api api;

    PlanApi plans;

    @BeforeEach
    void setUp() {
        plans = new PlanApi(api);
    }

    private void preferUnit(TestUser user, String unit) {
        api.as(user).body(Map.of("weight_unit", unit)).patch("/api/users/me")
                .then().statusCode(200).body("weight_unit", equalTo(unit));
    }

    @Test
    void switchingToPoundsShowsTheStoredKilogramsInPounds() {
        TestUser user = api.newUser();
        String planId = plans.createPlan(user, "Plan");
        JsonPath tree = plans.replace(user, planId, "Plan",
                List.of(day("Day", exercise(plans.exercise(SQUAT), set(5, 100), set(5, 0), set(5, 60.5)))));
        String dayId = tree.getString("days[0].id");
        String slot = tree.getString("days[0].exercises[0].id");
        String setId = tree.getString("days[0].exercises[0].sets[0].id");

        preferUnit(user, "LB");

        String plan = api.as(user).get(PLAN, planId).then().statusCode(200)
                .body("weight_unit", equalTo("LB"))
                .extract().asString();
        assertThat(PlanApi.decimal(plan, FIRST_SET), comparesEqualTo(new BigDecimal("220.46")));
        assertThat(PlanApi.decimal(plan, "days[0].exercises[0].sets[1].expected_weight"),
                comparesEqualTo(BigDecimal.ZERO));
        assertThat(PlanApi.decimal(plan, "days[0].exercises[0].sets[2].expected_weight"),
                comparesEqualTo(new BigDecimal("133.38")));
        assertThat(plan, not(containsString("E+")));
        String list = api.as(user).get(PLANS).then().statusCode(200).extract().asString();
        assertThat(PlanApi.decimal(list, "[0]." + FIRST_SET), comparesEqualTo(new BigDecimal("220.46")));
        String single = api.as(user).get(SET, planId, dayId, slot, setId).then().statusCode(200).extract().asString();
        assertThat(PlanApi.decimal(single, "expected_weight"), comparesEqualTo(new BigDecimal("220.46")));

        preferUnit(user, "KG");
        api.as(user).get(PLAN, planId).then()
                .body("weight_unit", equalTo("KG"))
                .body(FIRST_SET, equalTo(100));
    }

    @ParameterizedTest(name = "{0} lb")
    @ValueSource(strings = {"225", "132.5", "0", "45.35", "0.01", "10000", "1.11", "999.99"})
    void aWeightEnteredInPoundsReadsBackExactlyAsEntered(String pounds) {
        TestUser user = api.newUser();
        preferUnit(user, "LB");
        String planId = plans.createPlan(user, "Plan");
        JsonPath tree = plans.replace(user, planId, "Plan",
                List.of(day("Day", exercise(plans.exercise(SQUAT), set(5, new BigDecimal(pounds))))));
        String dayId = tree.getString("days[0].id");
        String slot = tree.getString("days[0].exercises[0].id");
        assertThat(PlanApi.decimal(tree.prettify(), FIRST_SET), comparesEqualTo(new BigDecimal(pounds)));

        String created = api.as(user).body(Map.of("expected_reps", 5, "expected_weight", new BigDecimal(pounds)))
                .post(SETS, planId, dayId, slot)
                .then().statusCode(201).extract().asString();
        assertThat(PlanApi.decimal(created, "expected_weight"), comparesEqualTo(new BigDecimal(pounds)));
        String setId = JsonPath.from(created).getString("id");
        String updated = api.as(user).body(Map.of("expected_weight", new BigDecimal(pounds)))
                .put(SET, planId, dayId, slot, tree.getString("days[0].exercises[0].sets[0].id"))
                .then().statusCode(200).extract().asString();
        assertThat(PlanApi.decimal(updated, "expected_weight"), comparesEqualTo(new BigDecimal(pounds)));

        String plan = api.as(user).get(PLAN, planId).then().body("weight_unit", equalTo("LB")).extract().asString();
        assertThat(PlanApi.decimal(plan, FIRST_SET), comparesEqualTo(new BigDecimal(pounds)));
        assertThat(PlanApi.decimal(plan, "days[0].exercises[0].sets[1].expected_weight"),
                comparesEqualTo(new BigDecimal(pounds)));
        assertThat(JsonPath.from(plan).getString("days[0].exercises[0].sets[1].id"), equalTo(setId));
    }

    @Test
    void poundsAreStoredAsKilograms() {
        TestUser user = api.newUser();
        preferUnit(user, "LB");
        String planId = plans.createPlan(user, "Plan");
        plans.replace(user, planId, "Plan", List.of(day("Day", exercise(plans.exercise(SQUAT), set(5, 225)))));

        preferUnit(user, "KG");

        String plan = api.as(user).get(PLAN, planId).then().statusCode(200).extract().asString();
        assertThat(PlanApi.decimal(plan, FIRST_SET), comparesEqualTo(new BigDecimal("102.06")));
    }

    @Test
    void theUpperWeightLimitIsInKilogramsWhateverTheUnit() {
        TestUser user = api.newUser();
        preferUnit(user, "LB");
        String planId = plans.createPlan(user, "Plan");
        JsonPath tree = plans.replace(user, planId, "Plan",
                List.of(day("Day", exercise(plans.exercise(SQUAT), set(5, 10000)))));

        preferUnit(user, "KG");
        String plan = api.as(user).get(PLAN, planId).then().statusCode(200).extract().asString();
        assertThat(PlanApi.decimal(plan, FIRST_SET), comparesEqualTo(new BigDecimal("4535.92")));
        assertThat(tree.getString("id"), equalTo(planId));
    }

    @Test
    void aViewerSeesSomeoneElsesPublicPlanInTheirOwnUnit() {
        TestUser owner = api.newUser();
        TestUser viewer = api.newUser();
        preferUnit(viewer, "LB");
        String planId = plans.publicPlan(owner, "Shared");
        plans.replace(owner, planId, "Shared", List.of(day("Day", exercise(plans.exercise(SQUAT), set(5, 100)))));

        String seen = api.as(viewer).get(PLAN, planId).then().statusCode(200)
                .body("weight_unit", equalTo("LB"))
                .extract().asString();
        assertThat(PlanApi.decimal(seen, FIRST_SET), comparesEqualTo(new BigDecimal("220.46")));
        api.as(owner).get(PLAN, planId).then().body("weight_unit", equalTo("KG")).body(FIRST_SET, equalTo(100));
    }

    @Test
    void progressionIncrementsFollowTheUnitToo() {
        TestUser user = api.newUser();
        String squat = plans.exercise(SQUAT);
        String planId = plans.createPlan(user, "Plan");
        api.as(user).body(Map.of()).put(PROGRESSION, planId, squat).then().statusCode(201);

        preferUnit(user, "LB");

        String rule = api.as(user).get(PROGRESSION, planId, squat).then().statusCode(200)
                .body("weight_unit", equalTo("LB"))
                .extract().asString();
        assertThat(PlanApi.decimal(rule, "weight_increment"), comparesEqualTo(new BigDecimal("5.51")));
        String changed = api.as(user).body(Map.of("weight_increment", 5)).put(PROGRESSION, planId, squat)
                .then().statusCode(200).extract().asString();
        assertThat(PlanApi.decimal(changed, "weight_increment"), comparesEqualTo(new BigDecimal("5")));

        preferUnit(user, "KG");
        String inKilograms = api.as(user).get(PROGRESSION, planId, squat).then().extract().asString();
        assertThat(PlanApi.decimal(inKilograms, "weight_increment"), comparesEqualTo(new BigDecimal("2.27")));
    }

    @Test
    void anIncrementFinerThanTheDisplayedHundredthsIsRefusedNamingIt() {
        TestUser user = api.newUser();
        preferUnit(user, "LB");
        String squat = plans.exercise(SQUAT);
        String planId = plans.createPlan(user, "Plan");

        api.as(user).body(Map.of("weight_increment", new BigDecimal("0.001"))).put(PROGRESSION, planId, squat)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.hasItem("weight_increment"));
        api.as(user).get(PROGRESSION, planId, squat).then().statusCode(404);
        String rule = api.as(user).body(Map.of("weight_increment", new BigDecimal("0.01")))
                .put(PROGRESSION, planId, squat)
                .then().statusCode(201).extract().asString();
        assertThat(PlanApi.decimal(rule, "weight_increment"), comparesEqualTo(new BigDecimal("0.01")));
    }
}

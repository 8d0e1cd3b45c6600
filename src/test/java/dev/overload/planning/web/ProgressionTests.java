package dev.overload.planning.web;

import static dev.overload.planning.web.PlanApi.BENCH;
import static dev.overload.planning.web.PlanApi.PLAN;
import static dev.overload.planning.web.PlanApi.PROGRESSION;
import static dev.overload.planning.web.PlanApi.SQUAT;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.overload.Api;
import dev.overload.ApiTest;
import dev.overload.TestUser;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/** Seed 004's progression rule of a catalog exercise in a plan: the owner's business only. */
@ApiTest
class ProgressionTests {

    @Autowired
    Api api;

    PlanApi plans;
    String squat;

    @BeforeEach
    void setUp() {
        plans = new PlanApi(api);
        squat = plans.exercise(SQUAT);
    }

    @Test
    void theFirstPutCreatesTheRuleWithDefaultsForWhatIsLeftOut() {
        TestUser user = api.newUser();
        String planId = plans.createPlan(user, "Plan");

        var response = api.as(user).body(Map.of()).put(PROGRESSION, planId, squat)
                .then().statusCode(201)
                .contentType("application/json")
                .body("id", notNullValue())
                .body("training_plan_id", equalTo(planId))
                .body("exercise_id", equalTo(squat))
                .body("failure_count_for_deload", equalTo(3))
                .body("deload_strategy", equalTo("PROPORTIONAL"))
                .body("reference_set_index", nullValue())
                .body("consecutive_failures", equalTo(0))
                .body("last_updated", notNullValue())
                .body("weight_unit", equalTo("KG"))
                .extract().response();
        assertThat(PlanApi.decimal(response, "weight_increment"), comparesEqualTo(new BigDecimal("2.5")));
        assertThat(PlanApi.decimal(response, "deload_percentage"), comparesEqualTo(BigDecimal.TEN));

        String stored = api.as(user).get(PROGRESSION, planId, squat)
                .then().statusCode(200)
                .body("id", equalTo(response.path("id")))
                .body("failure_count_for_deload", equalTo(3))
                .body("deload_strategy", equalTo("PROPORTIONAL"))
                .body("consecutive_failures", equalTo(0))
                .extract().asString();
        assertThat(PlanApi.decimal(stored, "weight_increment"), comparesEqualTo(new BigDecimal("2.5")));
    }

    @Test
    void laterPutsChangeTheGivenFieldsAndAnswer200() {
        TestUser user = api.newUser();
        String planId = plans.createPlan(user, "Plan");
        String id = api.as(user).body(Map.of("weight_increment", 5, "failure_count_for_deload", 2))
                .put(PROGRESSION, planId, squat)
                .then().statusCode(201)
                .body("weight_increment", equalTo(5))
                .body("failure_count_for_deload", equalTo(2))
                .extract().path("id");

        api.as(user).body(Map.of("deload_percentage", 15, "deload_strategy", "REFERENCE_SET",
                "reference_set_index", 2))
                .put(PROGRESSION, planId, squat)
                .then().statusCode(200)
                .body("id", equalTo(id))
                .body("weight_increment", equalTo(5))
                .body("failure_count_for_deload", equalTo(2))
                .body("deload_percentage", equalTo(15))
                .body("deload_strategy", equalTo("REFERENCE_SET"))
                .body("reference_set_index", equalTo(2))
                .body("consecutive_failures", equalTo(0));

        api.as(user).get(PROGRESSION, planId, squat)
                .then().statusCode(200)
                .body("weight_increment", equalTo(5))
                .body("failure_count_for_deload", equalTo(2))
                .body("deload_percentage", equalTo(15))
                .body("deload_strategy", equalTo("REFERENCE_SET"))
                .body("reference_set_index", equalTo(2))
                .body("consecutive_failures", equalTo(0));
    }

    /**
     * Issue 11: the failure count that decides a deload was writable by the client. It is the server's own count
     * now: a value sent back is accepted as read-only and ignored, like the other fields the API answers.
     */
    @Test
    void theFailureCountIsKeptByTheServerAlone() {
        TestUser user = api.newUser();
        String planId = plans.createPlan(user, "Plan");
        api.as(user).body(Map.of("weight_increment", 5)).put(PROGRESSION, planId, squat).then().statusCode(201);

        api.as(user).body(Map.of("consecutive_failures", 7)).put(PROGRESSION, planId, squat)
                .then().statusCode(200).body("consecutive_failures", equalTo(0));

        api.as(user).get(PROGRESSION, planId, squat).then().statusCode(200).body("consecutive_failures", equalTo(0));
    }

    @Test
    void eachExerciseOfAPlanHasItsOwnRule() {
        TestUser user = api.newUser();
        String planId = plans.createPlan(user, "Plan");
        String bench = plans.exercise(BENCH);

        api.as(user).body(Map.of("weight_increment", 5)).put(PROGRESSION, planId, squat).then().statusCode(201);
        api.as(user).body(Map.of("weight_increment", 1.25)).put(PROGRESSION, planId, bench).then().statusCode(201);

        api.as(user).get(PROGRESSION, planId, squat).then().body("weight_increment", equalTo(5));
        String benchRule = api.as(user).get(PROGRESSION, planId, bench).then().statusCode(200).extract().asString();
        assertThat(PlanApi.decimal(benchRule, "weight_increment"), comparesEqualTo(new BigDecimal("1.25")));
        String otherPlan = plans.createPlan(user, "Other");
        api.as(user).get(PROGRESSION, otherPlan, squat).then().statusCode(404);
    }

    @Test
    void aRuleNeverConfiguredIsNotFound() {
        TestUser user = api.newUser();
        String planId = plans.createPlan(user, "Plan");

        api.as(user).get(PROGRESSION, planId, squat)
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void theReferenceSetStrategyNeedsAReferenceSetIndex() {
        TestUser user = api.newUser();
        String planId = plans.createPlan(user, "Plan");

        api.as(user).body(Map.of("deload_strategy", "REFERENCE_SET")).put(PROGRESSION, planId, squat)
                .then().statusCode(400)
                .body("errors.field", hasItem("reference_set_index"));
        api.as(user).get(PROGRESSION, planId, squat).then().statusCode(404);

        api.as(user).body(Map.of("weight_increment", 2)).put(PROGRESSION, planId, squat).then().statusCode(201);
        api.as(user).body(Map.of("deload_strategy", "REFERENCE_SET")).put(PROGRESSION, planId, squat)
                .then().statusCode(400)
                .body("errors.field", hasItem("reference_set_index"));
        api.as(user).get(PROGRESSION, planId, squat).then().body("deload_strategy", equalTo("PROPORTIONAL"));

        api.as(user).body(Map.of("deload_strategy", "REFERENCE_SET", "reference_set_index", 1))
                .put(PROGRESSION, planId, squat)
                .then().statusCode(200)
                .body("deload_strategy", equalTo("REFERENCE_SET"))
                .body("reference_set_index", equalTo(1));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
            "weight_increment, 0", "weight_increment, -2.5", "weight_increment, 100.5",
            "failure_count_for_deload, 0", "failure_count_for_deload, 21",
            "deload_percentage, 0", "deload_percentage, 100", "deload_percentage, -10",
            "reference_set_index, 0", "deload_strategy, SOMETIMES"})
    void valuesOutOfBoundsAreRefusedNamingTheField(String field, String value) {
        TestUser user = api.newUser();
        String planId = plans.createPlan(user, "Plan");
        Map<String, Object> body = new HashMap<>();
        body.put(field, field.equals("deload_strategy") ? value : new BigDecimal(value));

        api.as(user).body(body).put(PROGRESSION, planId, squat)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(field));
        api.as(user).get(PROGRESSION, planId, squat).then().statusCode(404);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
            "weight_increment, 100", "weight_increment, 0.5",
            "failure_count_for_deload, 1", "failure_count_for_deload, 20",
            "deload_percentage, 99.5", "deload_percentage, 0.5"})
    void valuesAtTheBoundsAreAccepted(String field, String value) {
        TestUser user = api.newUser();
        String planId = plans.createPlan(user, "Plan");

        var response = api.as(user).body(Map.of(field, new BigDecimal(value))).put(PROGRESSION, planId, squat)
                .then().statusCode(201).extract().response();
        assertThat(PlanApi.decimal(response, field), comparesEqualTo(new BigDecimal(value)));
    }

    @Test
    void someoneElsesPlanHasNoRulesForTheCallerEvenWhenPublic() {
        TestUser owner = api.newUser();
        TestUser other = api.newUser();
        String publicPlan = plans.publicPlan(owner, "Shared");
        api.as(owner).body(Map.of("weight_increment", 5)).put(PROGRESSION, publicPlan, squat).then().statusCode(201);
        api.as(other).get(PLAN, publicPlan).then().statusCode(200);

        api.as(other).get(PROGRESSION, publicPlan, squat).then().statusCode(404);
        api.as(other).body(Map.of("weight_increment", 1)).put(PROGRESSION, publicPlan, squat).then().statusCode(404);
        String bench = plans.exercise(BENCH);
        api.as(other).body(Map.of("weight_increment", 1)).put(PROGRESSION, publicPlan, bench).then().statusCode(404);

        api.as(owner).get(PROGRESSION, publicPlan, squat).then().body("weight_increment", equalTo(5));
        api.as(owner).get(PROGRESSION, publicPlan, bench).then().statusCode(404);
    }

    @Test
    void anUnknownPlanOrCatalogExerciseIsNotFound() {
        TestUser user = api.newUser();
        TestUser other = api.newUser();
        String planId = plans.createPlan(user, "Plan");
        String theirs = plans.customExercise(other, "Their lift");
        String mine = plans.customExercise(user, "My lift");

        api.as(user).body(Map.of()).put(PROGRESSION, UUID.randomUUID(), squat).then().statusCode(404);
        api.as(user).body(Map.of()).put(PROGRESSION, planId, UUID.randomUUID()).then().statusCode(404);
        api.as(user).body(Map.of()).put(PROGRESSION, planId, theirs).then().statusCode(404);
        api.as(user).get(PROGRESSION, UUID.randomUUID(), squat).then().statusCode(404);
        api.as(user).body(Map.of()).put(PROGRESSION, planId, mine).then().statusCode(201);
    }

    @Test
    void deletingThePlanDeletesItsRules() {
        TestUser user = api.newUser();
        String planId = plans.createPlan(user, "Plan");
        api.as(user).body(Map.of()).put(PROGRESSION, planId, squat).then().statusCode(201);

        api.as(user).delete(PLAN, planId).then().statusCode(204);

        api.as(user).get(PROGRESSION, planId, squat).then().statusCode(404);
    }
}

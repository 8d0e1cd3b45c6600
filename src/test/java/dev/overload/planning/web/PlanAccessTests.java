package dev.overload.planning.web;

import static dev.overload.planning.web.PlanApi.COMMENTS;
import static dev.overload.planning.web.PlanApi.COMPOSITE;
import static dev.overload.planning.web.PlanApi.COPY;
import static dev.overload.planning.web.PlanApi.DAY;
import static dev.overload.planning.web.PlanApi.DAYS;
import static dev.overload.planning.web.PlanApi.EXERCISE;
import static dev.overload.planning.web.PlanApi.EXERCISES;
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
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import dev.overload.Api;
import dev.overload.ApiTest;
import dev.overload.TestUser;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Whose plans can be seen and changed: one's own, fully; someone else's public plan is visible but only its
 * creator may change it (403); someone else's private plan does not exist for anyone else (404).
 */
@ApiTest
class PlanAccessTests {

    @Autowired
    Api api;

    PlanApi plans;

    @BeforeEach
    void setUp() {
        plans = new PlanApi(api);
    }

    /** A plan with one day, one exercise and one set, and the ids of each. */
    record Tree(String planId, String dayId, String slotId, String setId, String exerciseId, String body) {
    }

    private Tree tree(TestUser owner, boolean isPublic) {
        String squat = plans.exercise(SQUAT);
        String planId = plans.createPlan(owner, Map.of("name", "Owner's plan", "is_public", isPublic));
        var tree = plans.replace(owner, planId, "Owner's plan",
                List.of(day("Legs", exercise(squat, set(5, 100), set(5, 105)))));
        api.as(owner).body(Map.of("weight_increment", 5)).put(PROGRESSION, planId, squat).then().statusCode(201);
        api.as(owner).body(Map.of("body", "My notes")).post(COMMENTS, planId).then().statusCode(201);
        String body = api.as(owner).get(PLAN, planId).then().statusCode(200).extract().asString();
        return new Tree(planId, tree.getString("days[0].id"), tree.getString("days[0].exercises[0].id"),
                tree.getString("days[0].exercises[0].sets[0].id"), squat, body);
    }

    /** Every endpoint of a plan that reads it. */
    private Map<String, Function<RequestSpecification, Response>> reads(Tree t) {
        return Map.of(
                "GET plan", r -> r.get(PLAN, t.planId()),
                "GET days", r -> r.get(DAYS, t.planId()),
                "GET day", r -> r.get(DAY, t.planId(), t.dayId()),
                "GET exercises", r -> r.get(EXERCISES, t.planId(), t.dayId()),
                "GET exercise", r -> r.get(EXERCISE, t.planId(), t.dayId(), t.slotId()),
                "GET sets", r -> r.get(SETS, t.planId(), t.dayId(), t.slotId()),
                "GET set", r -> r.get(SET, t.planId(), t.dayId(), t.slotId(), t.setId()),
                "GET comments", r -> r.get(COMMENTS, t.planId()));
    }

    /** Every endpoint of a plan that changes its content. */
    private Map<String, Function<RequestSpecification, Response>> changes(Tree t) {
        return Map.ofEntries(
                Map.entry("PUT plan", r -> r.body(Map.of("name", "Hacked")).put(PLAN, t.planId())),
                Map.entry("DELETE plan", r -> r.delete(PLAN, t.planId())),
                Map.entry("POST composite", r -> r.body(Map.of("name", "Hacked", "days", List.of()))
                        .post(COMPOSITE, t.planId())),
                Map.entry("POST day", r -> r.body(Map.of("name", "Hacked")).post(DAYS, t.planId())),
                Map.entry("PUT day", r -> r.body(Map.of("name", "Hacked")).put(DAY, t.planId(), t.dayId())),
                Map.entry("DELETE day", r -> r.delete(DAY, t.planId(), t.dayId())),
                Map.entry("POST exercise", r -> r.body(Map.of("exercise_id", t.exerciseId()))
                        .post(EXERCISES, t.planId(), t.dayId())),
                Map.entry("PUT exercise", r -> r.body(Map.of("notes", "Hacked"))
                        .put(EXERCISE, t.planId(), t.dayId(), t.slotId())),
                Map.entry("DELETE exercise", r -> r.delete(EXERCISE, t.planId(), t.dayId(), t.slotId())),
                Map.entry("POST set", r -> r.body(Map.of("expected_reps", 1, "expected_weight", 1))
                        .post(SETS, t.planId(), t.dayId(), t.slotId())),
                Map.entry("PUT set", r -> r.body(Map.of("expected_reps", 1))
                        .put(SET, t.planId(), t.dayId(), t.slotId(), t.setId())),
                Map.entry("DELETE set", r -> r.delete(SET, t.planId(), t.dayId(), t.slotId(), t.setId())));
    }

    @Test
    void someoneElsesPublicPlanCanBeReadButOnlyItsCreatorMayChangeIt() {
        TestUser owner = api.newUser();
        TestUser other = api.newUser();
        Tree t = tree(owner, true);

        reads(t).forEach((endpoint, call) -> call.apply(api.as(other)).then().statusCode(200));
        api.as(other).get(PLAN, t.planId()).then()
                .body("user_id", equalTo(owner.id().toString()))
                .body("is_public", equalTo(true))
                .body("days[0].exercises[0].sets[0].expected_reps", equalTo(5));
        changes(t).forEach((endpoint, call) -> {
            int status = call.apply(api.as(other)).then().contentType("application/problem+json")
                    .extract().statusCode();
            assertThat(endpoint, status, equalTo(403));
        });

        assertThat(api.as(owner).get(PLAN, t.planId()).then().extract().asString(), equalTo(t.body()));
    }

    @Test
    void someoneElsesPrivatePlanIsNotFoundAtEveryEndpoint() {
        TestUser owner = api.newUser();
        TestUser other = api.newUser();
        Tree t = tree(owner, false);

        reads(t).forEach((endpoint, call) -> {
            int status = call.apply(api.as(other)).then().extract().statusCode();
            assertThat(endpoint, status, equalTo(404));
        });
        changes(t).forEach((endpoint, call) -> {
            Response response = call.apply(api.as(other));
            assertThat(endpoint, response.statusCode(), equalTo(404));
            assertThat(endpoint, response.asString(), not(containsString("Owner's plan")));
        });
        Map<String, Function<RequestSpecification, Response>> others = Map.of(
                "GET progression", r -> r.get(PROGRESSION, t.planId(), t.exerciseId()),
                "PUT progression",
                r -> r.body(Map.of("weight_increment", 1)).put(PROGRESSION, t.planId(), t.exerciseId()),
                "POST comment", r -> r.body(Map.of("body", "Hi")).post(COMMENTS, t.planId()),
                "POST copy", r -> r.post(COPY, t.planId()));
        others.forEach((endpoint, call) -> {
            int status = call.apply(api.as(other)).then().extract().statusCode();
            assertThat(endpoint, status, equalTo(404));
        });

        api.as(other).get(PLANS).then().statusCode(200).header("X-Total-Count", "0");
        assertThat(api.as(owner).get(PLAN, t.planId()).then().extract().asString(), equalTo(t.body()));
        api.as(owner).get(COMMENTS, t.planId()).then().header("X-Total-Count", "1");
    }

    @Test
    void someoneElsesPublicPlanIsNotInTheCallersList() {
        TestUser owner = api.newUser();
        TestUser other = api.newUser();
        plans.publicPlan(owner, "Shared");

        api.as(other).get(PLANS).then().statusCode(200).header("X-Total-Count", "0");
    }

    @Test
    void makingAPlanPrivateHidesItAgain() {
        TestUser owner = api.newUser();
        TestUser other = api.newUser();
        String planId = plans.publicPlan(owner, "Shared for a while");
        api.as(other).get(PLAN, planId).then().statusCode(200);

        api.as(owner).body(Map.of("name", "Shared for a while", "is_public", false)).put(PLAN, planId)
                .then().statusCode(200);

        api.as(other).get(PLAN, planId).then().statusCode(404);
        api.as(other).body(Map.of("name", "Hacked")).put(PLAN, planId).then().statusCode(404);
    }
}

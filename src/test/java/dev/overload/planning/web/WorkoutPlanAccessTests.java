package dev.overload.planning.web;

import static dev.overload.planning.web.WorkoutPlanFixture.EXERCISE;
import static dev.overload.planning.web.WorkoutPlanFixture.EXERCISES;
import static dev.overload.planning.web.WorkoutPlanFixture.PLAN;
import static dev.overload.planning.web.WorkoutPlanFixture.PLANS;
import static dev.overload.planning.web.WorkoutPlanFixture.SQUAT;
import static dev.overload.planning.web.WorkoutPlanFixture.error;
import static dev.overload.planning.web.WorkoutPlanFixture.exercise;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.aMapWithSize;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

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
 * Seed 003's visibility: one's own plans and public ones may be read; only the creator changes a plan (403
 * for others on a public plan); someone else's private plan does not exist for them (404); no token, 401.
 */
@ApiTest
class WorkoutPlanAccessTests {

    @Autowired
    Api api;

    WorkoutPlanFixture plans;

    @BeforeEach
    void setUp() {
        plans = new WorkoutPlanFixture(api);
    }

    @Test
    void anotherUsersPublicPlanCanBeReadWithoutTheCreatorsEmail() {
        TestUser owner = api.newUser(Map.of("first_name", "Olga", "last_name", "Owner"));
        TestUser other = api.newUser();
        String id = plans.create(owner, "Shared", Map.of("is_public", true));

        Map<String, Object> seenByOther = api.as(other).get(PLAN, id)
                .then().statusCode(200)
                .body("success", is(true))
                .body("data.id", equalTo(id))
                .body("data.created_by", equalTo(owner.id().toString()))
                .body("data.users", aMapWithSize(2))
                .body("data.users.name", equalTo("Olga Owner"))
                .body("data.users", hasKey("email"))
                .body("data.users.email", nullValue())
                .body("data.exercises[0].exercise_name", equalTo("Barbell Bench Press"))
                .extract().path("data");

        api.as(owner).get(PLAN, id)
                .then().statusCode(200)
                .body("data.users.name", equalTo("Olga Owner"))
                .body("data.users.email", equalTo(owner.email()))
                .body("data.exercises", equalTo(seenByOther.get("exercises")));
        api.as(other).get("/api/training-plans/{id}", id).then().statusCode(200);
    }

    @Test
    void anotherUsersPublicPlanCannotBeChangedByThem() {
        TestUser owner = api.newUser();
        TestUser other = api.newUser();
        String id = plans.create(owner, "Look, don't touch", Map.of("is_public", true));
        Map<String, Object> before = api.as(owner).get(PLAN, id).then().extract().path("data");
        String exerciseId = api.as(owner).get(PLAN, id).then().extract().path("data.exercises[0].id");

        error(api.as(other).body(Map.of("name", "Mine now")).put(PLAN, id).then(), 403)
                .body("$", aMapWithSize(3))
                .body("details", empty());
        error(api.as(other).delete(PLAN, id).then(), 403);
        error(api.as(other).body(exercise(plans.exerciseId(SQUAT), 3, 5)).post(EXERCISES, id).then(), 403);
        error(api.as(other).body(Map.of("sets", 10)).put(EXERCISE, id, exerciseId).then(), 403);
        error(api.as(other).delete(EXERCISE, id, exerciseId).then(), 403);

        api.as(owner).get(PLAN, id).then().statusCode(200).body("data", equalTo(before));
    }

    @Test
    void anotherUsersPrivatePlanDoesNotExistForThem() {
        TestUser owner = api.newUser();
        TestUser other = api.newUser();
        String id = plans.create(owner, "Secret");
        Map<String, Object> before = api.as(owner).get(PLAN, id).then().extract().path("data");
        String exerciseId = api.as(owner).get(PLAN, id).then().extract().path("data.exercises[0].id");

        error(api.as(other).get(PLAN, id).then(), 404).body("$", aMapWithSize(3));
        error(api.as(other).body(Map.of("name", "Mine now")).put(PLAN, id).then(), 404);
        error(api.as(other).delete(PLAN, id).then(), 404);
        error(api.as(other).body(exercise(plans.exerciseId(SQUAT), 3, 5)).post(EXERCISES, id).then(), 404);
        error(api.as(other).body(Map.of("sets", 10)).put(EXERCISE, id, exerciseId).then(), 404);
        error(api.as(other).delete(EXERCISE, id, exerciseId).then(), 404);
        api.as(other).queryParam("created_by", owner.id()).get(PLANS)
                .then().statusCode(200)
                .body("data", empty())
                .body("pagination.total", equalTo(0));

        api.as(owner).get(PLAN, id).then().statusCode(200).body("data", equalTo(before));
    }

    @Test
    void aPrivatePlanAndAnUnknownOneLookTheSame() {
        TestUser owner = api.newUser();
        TestUser other = api.newUser();
        String id = plans.create(owner, "Secret");

        String hidden = api.as(other).get(PLAN, id).then().statusCode(404).extract().path("message");
        String unknown = api.as(other).get(PLAN, "0190d5f5-0000-7000-8000-000000000000")
                .then().statusCode(404).extract().path("message");

        assertThat(hidden).isEqualTo(unknown);
    }

    @Test
    void aPublicPlanShowsTheCreatorsCustomExerciseToOthers() {
        TestUser owner = api.newUser();
        TestUser other = api.newUser();
        String custom = api.as(owner).body(Map.of("name", "Owner's Landmine Press", "description", "One-armed",
                "primary_muscle_group", "front_delts", "difficulty", "advanced", "equipment", List.of("barbell")))
                .post("/api/exercises").then().statusCode(201).extract().path("id");
        Map<String, Object> body = plans.planBody(owner, "Custom inside");
        body.put("exercises", List.of(exercise(custom, 3, 8)));
        body.put("is_public", true);
        String id = plans.create(owner, body);

        api.as(other).get(PLAN, id)
                .then().statusCode(200)
                .body("data.exercises[0].exercise_id", equalTo(custom))
                .body("data.exercises[0].exercise_name", equalTo("Owner's Landmine Press"))
                .body("data.exercises[0].exercise_description", equalTo("One-armed"))
                .body("data.exercises[0].body_part", equalTo("front_delts"))
                .body("data.exercises[0].difficulty", equalTo("advanced"))
                .body("data.exercises[0].equipment", contains("barbell"));
    }

    @Test
    void aPlanMadePrivateAgainIsGoneForOthers() {
        TestUser owner = api.newUser();
        TestUser other = api.newUser();
        String id = plans.create(owner, "Briefly shared", Map.of("is_public", true));
        api.as(other).get(PLAN, id).then().statusCode(200);

        api.as(owner).body(Map.of("is_public", false)).put(PLAN, id).then().statusCode(200);

        error(api.as(other).get(PLAN, id).then(), 404);
        error(api.as(other).body(Map.of("name", "x y")).put(PLAN, id).then(), 404);
    }

    @Test
    void theCreatorMayChangeTheirOwnPublicPlan() {
        TestUser owner = api.newUser();
        String id = plans.create(owner, "Mine", Map.of("is_public", true));
        String exerciseId = api.as(owner).get(PLAN, id).then().extract().path("data.exercises[0].id");

        api.as(owner).body(Map.of("sets", 5)).put(EXERCISE, id, exerciseId).then().statusCode(200);
        api.as(owner).body(exercise(plans.exerciseId(SQUAT), 3, 5)).post(EXERCISES, id).then().statusCode(201);
        api.as(owner).delete(EXERCISE, id, exerciseId).then().statusCode(200);
        api.as(owner).body(Map.of("name", "Still mine")).put(PLAN, id).then().statusCode(200);
        api.as(owner).delete(PLAN, id).then().statusCode(200);
    }

    @Test
    void withoutATokenEveryEndpointIs401InTheErrorEnvelope() {
        TestUser owner = api.newUser();
        String id = plans.create(owner, "Public", Map.of("is_public", true));
        String exerciseId = api.as(owner).get(PLAN, id).then().extract().path("data.exercises[0].id");

        for (Function<RequestSpecification, Response> call : calls(owner, id, exerciseId)) {
            error(call.apply(api.anonymous()).then(), 401)
                    .body("$", aMapWithSize(3))
                    .body("details", empty());
        }
        api.as(owner).get(PLAN, id).then().statusCode(200).body("data.name", equalTo("Public"));
    }

    @Test
    void anInvalidTokenIs401InTheErrorEnvelope() {
        TestUser owner = api.newUser();
        String id = plans.create(owner, "Public", Map.of("is_public", true));

        error(api.anonymous().auth().oauth2("not-a-token").get(PLANS).then(), 401);
        error(api.anonymous().auth().oauth2("not-a-token").get(PLAN, id).then(), 401);
        String[] parts = owner.accessToken().split("\\.");
        String otherClaims = parts[0] + "." + parts[1].substring(0, parts[1].length() - 2) + "." + parts[2];
        error(api.anonymous().auth().oauth2(otherClaims).get(PLANS + "/stats").then(), 401);
    }

    @Test
    void aDeletedAccountsTokenNoLongerReadsPlans() {
        TestUser owner = api.newUser();
        String id = plans.create(owner, "Orphan");
        api.as(owner).delete("/api/users/me").then().statusCode(204);

        error(api.as(owner).get(PLAN, id).then(), 401);
    }

    private List<Function<RequestSpecification, Response>> calls(TestUser owner,
            String id, String exerciseId) {
        Map<String, Object> newPlan = plans.planBody(owner, "Anonymous");
        Map<String, Object> newExercise = exercise(plans.exerciseId(SQUAT), 3, 5);
        return List.of(
                request -> request.get(PLANS),
                request -> request.get(PLANS + "/stats"),
                request -> request.body(newPlan).post(PLANS),
                request -> request.get(PLAN, id),
                request -> request.body(Map.of("name", "Taken")).put(PLAN, id),
                request -> request.delete(PLAN, id),
                request -> request.body(newExercise).post(EXERCISES, id),
                request -> request.body(Map.of("sets", 9)).put(EXERCISE, id, exerciseId),
                request -> request.delete(EXERCISE, id, exerciseId));
    }
}

package dev.overload.planning.web;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import dev.overload.Api;
import dev.overload.TestUser;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Requests and checks shared by the {@code /api/workout-plans} tests: catalog exercise ids by name, a valid
 * plan body to vary, and seed 003's error envelope.
 */
final class WorkoutPlanFixture {

    static final String PLANS = "/api/workout-plans";
    static final String PLAN = "/api/workout-plans/{id}";
    static final String EXERCISES = "/api/workout-plans/{planId}/exercises";
    static final String EXERCISE = "/api/workout-plans/{planId}/exercises/{exerciseId}";

    static final String BENCH_PRESS = "Barbell Bench Press";
    static final String LATERAL_RAISE = "Dumbbell Lateral Raise";
    static final String PULL_UP = "Pull-Up";
    static final String SQUAT = "Barbell Back Squat";

    private final Api api;

    WorkoutPlanFixture(Api api) {
        this.api = api;
    }

    /** The id of the system exercise with exactly this name. */
    String exerciseId(String name) {
        return api.systemExerciseId(name);
    }

    /** A valid new plan with one exercise (3 x 10 bench press); vary it by putting fields. */
    Map<String, Object> planBody(TestUser owner, String name) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("muscle_types", List.of("chest"));
        body.put("exercises", new ArrayList<>(List.of(exercise(exerciseId(BENCH_PRESS), 3, 10))));
        return body;
    }

    static Map<String, Object> exercise(String exerciseId, int sets, int reps) {
        Map<String, Object> exercise = new LinkedHashMap<>();
        exercise.put("exercise_id", exerciseId);
        exercise.put("sets", sets);
        exercise.put("reps", reps);
        return exercise;
    }

    /** Creates the plan and answers its id. */
    String create(TestUser owner, Map<String, Object> body) {
        return api.as(owner).body(body).post(PLANS).then().statusCode(201).extract().path("data.id");
    }

    String create(TestUser owner, String name) {
        return create(owner, planBody(owner, name));
    }

    /** Creates a plan with these fields on top of a valid body. */
    String create(TestUser owner, String name, Map<String, Object> fields) {
        Map<String, Object> body = planBody(owner, name);
        body.putAll(fields);
        return create(owner, body);
    }

    /** A word no other test's plan contains, so a search lists this test's plans only. */
    static String uniqueWord() {
        return "w" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /** Seed 003's error body: {@code {success: false, message, details: [...]}}, as plain JSON. */
    static ValidatableResponse error(ValidatableResponse response, int status) {
        return response.statusCode(status)
                .contentType("application/json")
                .body("success", is(false))
                .body("message", notNullValue())
                .body("details", notNullValue())
                .body("details", everyItem(notNullValue()));
    }

    /** A 400 whose details name {@code field} (each detail reads "field message"). */
    static ValidatableResponse invalid(ValidatableResponse response, String field) {
        return error(response, 400)
                .body("message", equalTo("Validation failed"))
                .body("details", hasItem(startsWith(field + " ")));
    }
}

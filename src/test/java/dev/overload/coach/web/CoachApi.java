package dev.overload.coach.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.overload.Api;
import dev.overload.TestUser;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Plans built, sessions logged and the coach asked through the public HTTP API, as a client would. */
final class CoachApi {

    static final String PLANS = "/api/training-plans";
    static final String SUGGEST = PLANS + "/{planId}/suggest";
    static final String SUGGESTIONS = PLANS + "/{planId}/suggestions";
    static final String APPLY = SUGGESTIONS + "/{suggestionId}/apply";
    static final JsonPathConfig DECIMALS = JsonPathConfig.jsonPathConfig()
            .numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL);

    private final Api api;

    CoachApi(Api api) {
        this.api = api;
    }

    String exercise(String name) {
        return api.systemExerciseId(name);
    }

    /** A plan of the given days, each a list of exercises by catalog name with sets of reps × kg. */
    String plan(TestUser user, String name, Map<String, List<Map<String, Object>>> days) {
        String planId = api.as(user).body(Map.of("name", name)).post(PLANS).then().statusCode(201).extract()
                .path("id");
        api.as(user).body(Map.of("name", name, "days", days.entrySet().stream()
                .map(day -> Map.of("name", day.getKey(), "exercises", day.getValue())).toList()))
                .post(PLANS + "/{planId}/composite", planId).then().statusCode(200);
        return planId;
    }

    Map<String, Object> slot(String exerciseName, int sets, int reps, double weightKg) {
        return Map.of("exercise_id", exercise(exerciseName), "rest_time", 120, "sets",
                java.util.stream.IntStream.range(0, sets)
                        .mapToObj(i -> Map.<String, Object>of("expected_reps", reps, "expected_weight", weightKg))
                        .toList());
    }

    /** A strength plan: lower and upper body, compound and isolation lifts. */
    String strengthPlan(TestUser user) {
        Map<String, List<Map<String, Object>>> days = new java.util.LinkedHashMap<>();
        days.put("Lower", List.of(slot("Barbell Back Squat", 3, 8, 100), slot("Barbell Romanian Deadlift", 3, 10, 80),
                slot("Leg Extension", 3, 12, 40)));
        days.put("Upper", List.of(slot("Barbell Bench Press", 3, 8, 80), slot("Barbell Bent-Over Row", 3, 10, 60),
                slot("Dumbbell Curl", 2, 12, 12)));
        return plan(user, "Upper/lower", days);
    }

    ValidatableResponse suggest(TestUser user, String planId, String query) {
        return api.as(user).body(Map.of("query", query)).post(SUGGEST, planId).then();
    }

    JsonPath suggested(TestUser user, String planId, String query) {
        return suggest(user, planId, query).statusCode(200).extract().jsonPath(DECIMALS);
    }

    JsonPath plan(TestUser user, String planId) {
        return read(user, planId).jsonPath(DECIMALS);
    }

    /** The plan as {@code GET /api/training-plans/{planId}} answers it, body and headers. */
    ExtractableResponse<Response> read(TestUser user, String planId) {
        return api.as(user).get(PLANS + "/{planId}", planId).then().statusCode(200).extract();
    }

    /** An answer that is the plan exactly as a read of it answers: the same body and the same ETag. */
    static void assertSamePlan(ExtractableResponse<Response> answer, ExtractableResponse<Response> read) {
        assertThat(answer.header("ETag")).isNotNull().isEqualTo(read.header("ETag"));
        assertThat(answer.jsonPath(DECIMALS).getMap("$")).isEqualTo(read.jsonPath(DECIMALS).getMap("$"));
    }

    int remaining(TestUser user) {
        return api.as(user).get("/api/users/me").then().statusCode(200).extract().path("ai_suggestions_remaining");
    }

    void allow(TestUser user, int suggestions) {
        api.as(api.admin()).body(Map.of("ai_suggestions_remaining", suggestions))
                .put("/api/admin/users/{id}/ai-suggestions", user.id()).then().statusCode(200)
                .extract().path("ai_suggestions_remaining").equals(suggestions);
    }

    /** A completed workout of one exercise logged for yesterday: its best set sets the e1RM. */
    void logged(TestUser user, String exerciseName, int reps, double weightKg) {
        Map<String, Object> set = new HashMap<>(Map.of("reps", reps, "weight", weightKg, "rir", 0));
        api.as(user).body(Map.of("session_date", LocalDate.now(ZoneOffset.UTC).minusDays(1).toString(),
                "exercises", List.of(Map.of("exercise_id", exercise(exerciseName), "sets", List.of(set)))))
                .post("/api/training-sessions/logged").then().statusCode(201);
    }
}

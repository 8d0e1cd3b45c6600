package dev.overload.coach.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import dev.overload.Api;
import dev.overload.ApiTest;
import dev.overload.TestUser;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Seed 004's {@code /suggest} with the built-in coach, over HTTP: the answer's shape and marks, the quota (spent only
 * for a delivered suggestion, atomically), suggestions kept, applying through the composite update, and who may.
 */
@ApiTest
class CoachTests {

    @Autowired
    Api api;

    CoachApi coach;

    @BeforeEach
    void setUp() {
        coach = new CoachApi(api);
    }

    @Test
    void aSuggestionMarksWhatChangedAndCostsOneSuggestion() {
        TestUser user = api.newUser();
        String planId = coach.strengthPlan(user);
        int before = coach.remaining(user);

        JsonPath answer = coach.suggested(user, planId, "I want to get stronger, more power on the big lifts");

        assertThat(answer.getBoolean("ai_plan_modified")).isTrue();
        assertThat(answer.getString("ai_message")).containsIgnoringCase("strength");
        assertThat(answer.getString("suggestion_id")).isNotNull();
        assertThat(answer.getString("suggested_training_plan.id")).isEqualTo(planId);
        assertThat(answer.getBoolean("suggested_training_plan.is_ai_modified")).isTrue();
        // Compound lifts: 5 reps, one more set; the plan itself is untouched until applied.
        assertThat(answer.getList("suggested_training_plan.days[0].exercises[0].sets.expected_reps", Integer.class))
                .containsOnly(5).hasSize(4);
        assertThat(answer.getList("suggested_training_plan.days[0].exercises[0].sets.is_ai_modified",
                Boolean.class)).containsOnly(true);
        assertThat(answer.getList("suggested_training_plan.days[0].exercises[0].sets.id").getLast()).isNull();
        assertThat(answer.getList("removed")).isEmpty();
        assertThat(coach.plan(user, planId).getList("days[0].exercises[0].sets.expected_reps", Integer.class))
                .containsOnly(8);
        assertThat(coach.remaining(user)).isEqualTo(before - 1);
    }

    @Test
    void targetWeightsComeFromTheUsersEstimatedOneRepMax() {
        TestUser user = api.newUser();
        String planId = coach.strengthPlan(user);
        coach.logged(user, "Barbell Back Squat", 5, 140); // e1RM 140 × (1 + 5/30) = 163.3 kg

        JsonPath answer = coach.suggested(user, planId, "get stronger");

        // 5 reps with 2 in reserve: 163.3 / (1 + 7/30) = 132.4 → 130 kg on a bar.
        assertThat(answer.getList("suggested_training_plan.days[0].exercises[0].sets.expected_weight",
                BigDecimal.class)).allSatisfy(weight -> assertThat(weight).isEqualByComparingTo("130"));
    }

    @Test
    void aQueryTheCoachDoesNotUnderstandIsAnsweredHonestlyAndCostsNothing() {
        TestUser user = api.newUser();
        String planId = coach.strengthPlan(user);
        int before = coach.remaining(user);

        coach.suggest(user, planId, "what's the weather like tomorrow?").statusCode(200)
                .body("ai_plan_modified", equalTo(false))
                .body("suggested_training_plan", nullValue())
                .body("ai_message", org.hamcrest.Matchers.containsString("did not understand"));

        assertThat(coach.remaining(user)).isEqualTo(before);
    }

    @Test
    void appliedSuggestionsMakeThePlanExactlyTheSuggestedTreeOnce() {
        TestUser user = api.newUser();
        String planId = coach.strengthPlan(user);
        JsonPath answer = coach.suggested(user, planId, "add some plyometrics");
        String suggestionId = answer.getString("suggestion_id");

        ExtractableResponse<Response> applied = api.as(user).post(CoachApi.APPLY, planId, suggestionId).then()
                .statusCode(200).extract();

        ExtractableResponse<Response> read = coach.read(user, planId);
        assertThat(tree(read.jsonPath(CoachApi.DECIMALS), "days"))
                .isEqualTo(tree(answer, "suggested_training_plan.days"));
        CoachApi.assertSamePlan(applied, read);
        assertThat(applied.jsonPath().getList("days[0].exercises.id")).doesNotContainNull();
        api.as(user).post(CoachApi.APPLY, planId, suggestionId).then().statusCode(409);
        api.as(user).get(CoachApi.SUGGESTIONS, planId).then().statusCode(200)
                .body("suggestion_id", hasItem(suggestionId))
                .body("find { it.suggestion_id == '" + suggestionId + "' }.applied_at",
                        org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void aSuggestionForAnOlderVersionOfThePlanIsAConflict() {
        TestUser user = api.newUser();
        String planId = coach.strengthPlan(user);
        String suggestionId = coach.suggested(user, planId, "deload week").getString("suggestion_id");
        api.as(user).body(Map.of("name", "Renamed")).put(CoachApi.PLANS + "/{planId}", planId).then()
                .statusCode(200);

        api.as(user).post(CoachApi.APPLY, planId, suggestionId).then().statusCode(409)
                .contentType("application/problem+json");

        assertThat(coach.plan(user, planId).getList("days[0].exercises[0].sets.expected_reps")).hasSize(3);
    }

    @Test
    void applyingHonoursIfMatchAsAnyChangeToThePlanDoes() {
        TestUser user = api.newUser();
        String planId = coach.strengthPlan(user);
        String suggestionId = coach.suggested(user, planId, "deload week").getString("suggestion_id");
        String current = coach.read(user, planId).header("ETag");

        api.as(user).header("If-Match", "\"999-kg\"").post(CoachApi.APPLY, planId, suggestionId).then()
                .statusCode(412).contentType("application/problem+json");
        assertThat(coach.read(user, planId).header("ETag")).isEqualTo(current);

        ExtractableResponse<Response> applied = api.as(user).header("If-Match", current)
                .post(CoachApi.APPLY, planId, suggestionId).then().statusCode(200).extract();
        assertThat(applied.header("ETag")).isNotEqualTo(current);
        CoachApi.assertSamePlan(applied, coach.read(user, planId));
    }

    @Test
    void suggestionsAreListedNewestFirst() {
        TestUser user = api.newUser();
        String planId = coach.strengthPlan(user);
        String first = coach.suggested(user, planId, "hypertrophy please").getString("suggestion_id");
        String second = coach.suggested(user, planId, "tell me a joke").getString("suggestion_id");

        api.as(user).get(CoachApi.SUGGESTIONS, planId).then().statusCode(200)
                .header("X-Total-Count", "2")
                .body("suggestion_id", equalTo(List.of(second, first)))
                .body("query", equalTo(List.of("tell me a joke", "hypertrophy please")))
                .body("[0].suggested_training_plan", nullValue());
    }

    @Test
    void anotherUsersPlanIsNotFoundEvenAPublicOne() {
        TestUser owner = api.newUser();
        TestUser other = api.newUser();
        String planId = coach.strengthPlan(owner);
        api.as(owner).body(Map.of("is_public", true)).put(CoachApi.PLANS + "/{planId}", planId).then()
                .statusCode(200);
        String suggestionId = coach.suggested(owner, planId, "get stronger").getString("suggestion_id");

        coach.suggest(other, planId, "get stronger").statusCode(404).contentType("application/problem+json");
        api.as(other).get(CoachApi.SUGGESTIONS, planId).then().statusCode(404);
        api.as(other).post(CoachApi.APPLY, planId, suggestionId).then().statusCode(404);
        coach.suggest(owner, java.util.UUID.randomUUID().toString(), "get stronger").statusCode(404);
    }

    @Test
    void withNoSuggestionsLeftTheAnswerIs403() {
        TestUser user = api.newUser();
        String planId = coach.strengthPlan(user);
        coach.allow(user, 0);

        coach.suggest(user, planId, "get stronger").statusCode(403).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("No AI suggestions left"));

        api.as(user).get(CoachApi.SUGGESTIONS, planId).then().statusCode(200).header("X-Total-Count", "0");
    }

    @Test
    void withOneSuggestionLeftConcurrentAsksGetExactlyOneSuccess() throws Exception {
        TestUser user = api.newUser();
        String planId = coach.strengthPlan(user);
        coach.allow(user, 1);
        coach.suggested(user, planId, "warm-up please"); // the model is loaded before the race
        coach.allow(user, 1);

        List<Callable<Integer>> asks = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            asks.add(() -> coach.suggest(user, planId, "get stronger").extract().statusCode());
        }
        List<Integer> statuses = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(6)) {
            for (Future<Integer> status : pool.invokeAll(asks)) {
                statuses.add(status.get());
            }
        }

        assertThat(statuses).containsOnly(200, 403).filteredOn(status -> status == 200).hasSize(1);
        assertThat(coach.remaining(user)).isZero();
    }

    @Test
    void theQueryIsRequiredAndBounded() {
        TestUser user = api.newUser();
        String planId = coach.strengthPlan(user);

        coach.suggest(user, planId, "").statusCode(400).body("errors.field", hasItem("query"));
        coach.suggest(user, planId, "x".repeat(2001)).statusCode(400).body("errors.field", hasItem("query"));
        api.as(user).body(Map.of()).post(CoachApi.SUGGEST, planId).then().statusCode(400);
    }

    /** The tree's content (exercise, reps, weight, RIR, duration per set, and names), without ids or marks. */
    static List<Object> tree(JsonPath json, String days) {
        List<Object> tree = new ArrayList<>();
        List<Map<String, Object>> list = json.getList(days);
        for (Map<String, Object> day : list) {
            List<Object> exercises = new ArrayList<>();
            for (Map<String, Object> exercise : (List<Map<String, Object>>) day.get("exercises")) {
                List<Object> sets = new ArrayList<>();
                for (Map<String, Object> set : (List<Map<String, Object>>) exercise.get("sets")) {
                    sets.add(List.of(set.get("set_index"), set.get("expected_reps"),
                            new BigDecimal(set.get("expected_weight").toString()).stripTrailingZeros(),
                            String.valueOf(set.get("expected_rir")),
                            String.valueOf(set.get("expected_duration_seconds"))));
                }
                exercises.add(List.of(exercise.get("exercise_id"), exercise.get("order_index"),
                        String.valueOf(exercise.get("rest_time")), String.valueOf(exercise.get("notes")), sets));
            }
            tree.add(List.of(day.get("name"), day.get("order_index"), exercises));
        }
        return tree;
    }
}

package dev.overload.coach.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.overload.Api;
import dev.overload.ApiTest;
import dev.overload.TestUser;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Property, end to end: for generated plans and queries, applying a suggestion makes the stored plan exactly the
 * suggested tree (every day, exercise and set, in order), the answer is the plan exactly as a read of it answers
 * (body and ETag), and every id the suggestion kept is still there.
 */
@ApiTest
class SuggestionApplyPropertyTests {

    static final List<String> QUERIES = List.of("get stronger", "build muscle", "endurance please", "lose fat",
            "bring up my back", "add plyometrics", "add mobility", "fewer days", "add a training day",
            "shorter sessions", "deload", "only dumbbells", "stronger legs but only dumbbells");

    @Autowired
    Api api;

    @Test
    void applyingASuggestionYieldsExactlyTheSuggestedTree() {
        CoachApi coach = new CoachApi(api);
        TestUser user = api.newUser();
        coach.allow(user, 100);
        List<String> exercises = api.as(user).queryParam("limit", 100).get("/api/exercises").then().statusCode(200)
                .extract().path("id");
        Random random = new Random(4);
        int applied = 0;
        for (int i = 0; i < 12; i++) {
            String planId = randomPlan(coach, user, exercises, random);
            String query = QUERIES.get(i % QUERIES.size());
            JsonPath answer = coach.suggested(user, planId, query);
            if (!answer.getBoolean("ai_plan_modified")) {
                continue;
            }
            List<Object> kept = new ArrayList<>(answer.getList("suggested_training_plan.days.id"));
            ExtractableResponse<Response> result = api.as(user)
                    .post(CoachApi.APPLY, planId, answer.getString("suggestion_id")).then().statusCode(200).extract();
            ExtractableResponse<Response> read = coach.read(user, planId);
            JsonPath stored = read.jsonPath(CoachApi.DECIMALS);
            assertThat(CoachTests.tree(stored, "days")).as(query)
                    .isEqualTo(CoachTests.tree(answer, "suggested_training_plan.days"));
            CoachApi.assertSamePlan(result, read);
            kept.removeIf(id -> id == null);
            assertThat(stored.getList("days.id")).as(query).containsAll(kept);
            applied++;
        }
        assertThat(applied).isGreaterThanOrEqualTo(10);
    }

    private static String randomPlan(CoachApi coach, TestUser user, List<String> exercises, Random random) {
        Map<String, List<Map<String, Object>>> days = new java.util.LinkedHashMap<>();
        int dayCount = 1 + random.nextInt(4);
        for (int d = 0; d < dayCount; d++) {
            List<String> shuffled = new ArrayList<>(exercises);
            java.util.Collections.shuffle(shuffled, random);
            List<Map<String, Object>> slots = new ArrayList<>();
            for (int e = 0; e < 1 + random.nextInt(6); e++) {
                List<Map<String, Object>> sets = new ArrayList<>();
                for (int s = 0; s < 1 + random.nextInt(4); s++) {
                    Map<String, Object> set = new HashMap<>();
                    set.put("expected_reps", 1 + random.nextInt(15));
                    set.put("expected_weight", random.nextInt(300) / 2.0);
                    if (random.nextBoolean()) {
                        set.put("expected_rir", random.nextInt(5));
                    }
                    sets.add(set);
                }
                slots.add(Map.of("exercise_id", shuffled.get(e), "rest_time", 30 + random.nextInt(200), "sets", sets));
            }
            days.put("Day " + (d + 1), slots);
        }
        return coach.plan(user, "Generated", days);
    }
}

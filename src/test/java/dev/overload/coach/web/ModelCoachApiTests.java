package dev.overload.coach.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.overload.Api;
import dev.overload.ApiTest;
import dev.overload.TestUser;
import dev.overload.coach.model.StubModelServer;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@code /suggest} answered by a configured model (a stub chat-completions server): a valid answer is a suggestion
 * that costs one; a server error is a 502 problem that stores and spends nothing.
 */
@ApiTest
class ModelCoachApiTests {

    static final StubModelServer server = new StubModelServer();

    @DynamicPropertySource
    static void modelServer(DynamicPropertyRegistry registry) {
        registry.add("overload.coach.base-url", server::baseUrl);
        registry.add("overload.coach.api-key", () -> "sk-api-test");
        registry.add("overload.coach.timeout", () -> "3s");
    }

    @Autowired
    Api api;

    CoachApi coach;

    @BeforeEach
    void setUp() {
        coach = new CoachApi(api);
        server.reset();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aValidModelAnswerIsASuggestionThatCostsOne() {
        TestUser user = api.newUser();
        String planId = coach.strengthPlan(user);
        JsonPath plan = coach.plan(user, planId);
        String dayId = plan.getString("days[0].id");
        String slotId = plan.getString("days[0].exercises[0].id");
        String exerciseId = plan.getString("days[0].exercises[0].exercise_id");
        server.answer(
                """
                        {"message": "Only squats, heavier.", "modified": true, "plan": {"name": "Squats", "description": null,
                         "days": [{"id": "%s", "name": "Lower", "description": null, "exercises": [{"id": "%s",
                          "exercise_id": "%s", "new_exercise": null, "rest_seconds": 180, "notes": null, "sets": [{"id": null, "reps": 5,
                          "weight_kg": 110, "rir": 2, "duration_seconds": null}]}]}]}}"""
                        .formatted(dayId, slotId,
                                exerciseId));
        int before = coach.remaining(user);

        JsonPath answer = coach.suggested(user, planId, "only squats");

        assertThat(answer.getString("coach")).isEqualTo("MODEL");
        assertThat(answer.getString("ai_message")).isEqualTo("Only squats, heavier.");
        assertThat(answer.getList("removed")).hasSize(6); // the upper day, two lower slots, three old sets
        assertThat(coach.remaining(user)).isEqualTo(before - 1);
        assertThat(server.received()).hasSize(1);
        assertThat(server.received().getFirst().body()).doesNotContain(api.newUser().id().toString());
    }

    @Test
    void aNewExerciseBecomesTheUsersCustomExerciseWhenApplied() {
        TestUser user = api.newUser();
        String planId = coach.strengthPlan(user);
        JsonPath plan = coach.plan(user, planId);
        server.answer("""
                {"message": "Add reverse nordics.", "modified": true, "plan": {"name": "Legs", "description": null,
                 "days": [{"id": "%s", "name": "Lower", "description": null, "exercises": [{"id": null,
                  "exercise_id": null, "new_exercise": {"name": "Reverse Nordic Curl", "description": "Knees forward.",
                  "category": "STRENGTH", "type": "ISOLATION", "primary_muscle_group": "quadriceps", "equipment": []},
                  "rest_seconds": 90, "notes": null, "sets": [{"id": null, "reps": 12, "weight_kg": 0, "rir": 2,
                  "duration_seconds": null}]}]}]}}""".formatted(plan.getString("days[0].id")));

        JsonPath answer = coach.suggested(user, planId, "add reverse nordics");
        String provisional = answer.getString("suggested_training_plan.new_exercises[0].id");
        assertThat(answer.getString("suggested_training_plan.days[0].exercises[0].exercise_id"))
                .isEqualTo(provisional);
        assertThat(answer.getString("suggested_training_plan.days[0].exercises[0].exercise_name"))
                .isEqualTo("Reverse Nordic Curl");
        api.as(user).queryParam("search", "Reverse Nordic Curl").get("/api/exercises").then().statusCode(200)
                .body("findAll { it.is_custom }", org.hamcrest.Matchers.empty());

        api.as(user).post(CoachApi.APPLY, planId, answer.getString("suggestion_id")).then().statusCode(200);

        String exerciseId = coach.plan(user, planId).getString("days[0].exercises[0].exercise_id");
        assertThat(exerciseId).isNotEqualTo(provisional);
        api.as(user).get("/api/exercises/{id}", exerciseId).then().statusCode(200)
                .body("name", equalTo("Reverse Nordic Curl"))
                .body("is_custom", equalTo(true))
                .body("primary_muscle_group", equalTo("quadriceps"));
        api.as(api.newUser()).get("/api/exercises/{id}", exerciseId).then().statusCode(404);
    }

    @Test
    void aModelFailureIsA502ThatSpendsAndStoresNothing() {
        TestUser user = api.newUser();
        String planId = coach.strengthPlan(user);
        server.reply(new StubModelServer.Reply(500, "{\"error\": {\"message\": \"down\"}}"));
        int before = coach.remaining(user);

        coach.suggest(user, planId, "get stronger").statusCode(502).contentType("application/problem+json")
                .body("status", equalTo(502));

        assertThat(coach.remaining(user)).isEqualTo(before);
        api.as(user).get(CoachApi.SUGGESTIONS, planId).then().statusCode(200).header("X-Total-Count", "0");
    }
}

package dev.overload.coach.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.overload.catalog.Difficulty;
import dev.overload.catalog.ExerciseCategory;
import dev.overload.catalog.ExerciseSummary;
import dev.overload.catalog.ExerciseType;
import dev.overload.coach.domain.CoachAnswer;
import dev.overload.coach.domain.CoachProperties;
import dev.overload.coach.domain.CoachRequest;
import dev.overload.coach.domain.CoachUnavailableException;
import dev.overload.planning.PlanStatus;
import dev.overload.planning.PlanTree;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The model coach against a stub chat-completions server: the request is chat-completions JSON with a strict JSON
 * schema; a valid answer is taken; an invalid one is asked for again once; two invalid answers, a 500, a 429 or a
 * timeout are a 502; the key goes in the Authorization header and nowhere in the logs.
 */
@ExtendWith(OutputCaptureExtension.class)
class ModelCoachTests {

    static final String KEY = "sk-test-secret-key-4711";
    static final StubModelServer server = new StubModelServer();
    static final JsonMapper json = JsonMapper.builder().build();

    final UUID squat = UUID.randomUUID();
    final UUID goblet = UUID.randomUUID();
    final UUID dayId = UUID.randomUUID();
    final UUID slotId = UUID.randomUUID();
    final UUID setId = UUID.randomUUID();
    ModelCoach coach;
    CoachRequest request;

    @BeforeEach
    void setUp() {
        server.reset();
        coach = ModelCoach.of(new CoachProperties(server.baseUrl(), "stub-model", KEY, Duration.ofSeconds(2)));
        UUID planId = UUID.randomUUID();
        Instant now = Instant.parse("2026-11-01T10:00:00Z");
        PlanTree plan = new PlanTree(new PlanTree.Summary(planId, UUID.randomUUID(), "Legs", null, PlanStatus.ACTIVE,
                false, null, List.of(), null, null, now, now),
                List.of(new PlanTree.Day(dayId, planId, "Day 1", null,
                        1, List.of(new PlanTree.Exercise(slotId, dayId, squat, "Barbell Back Squat", 1, 120, null,
                                List.of(new PlanTree.Set(setId, slotId, 1, 8, new BigDecimal("100.00"), null, 2)))))),
                3);
        request = new CoachRequest("stronger legs", plan, List.of(
                exercise(squat, "Barbell Back Squat", List.of("barbell", "squat_rack")),
                exercise(goblet, "Goblet Squat", List.of("dumbbell"))), Map.of());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    String valid() {
        return """
                {"message": "Heavier squats and a goblet squat.", "modified": true, "plan": {"name": "Legs",
                 "description": null, "days": [{"id": "%s", "name": "Day 1", "description": null, "exercises": [
                   {"id": "%s", "exercise_id": "%s", "new_exercise": null, "rest_seconds": 180, "notes": null, "sets": [
                     {"id": "%s", "reps": 5, "weight_kg": 110, "rir": 2, "duration_seconds": null},
                     {"id": null, "reps": 5, "weight_kg": 110, "rir": 2, "duration_seconds": null}]},
                   {"id": null, "exercise_id": "%s", "rest_seconds": 90, "notes": null, "sets": [
                     {"id": null, "reps": 10, "weight_kg": 24, "rir": 2, "duration_seconds": null}]}]}]}}"""
                .formatted(dayId, slotId, squat, setId, goblet);
    }

    @Test
    void aValidAnswerIsTheSuggestion(CapturedOutput output) {
        server.answer(valid());

        CoachAnswer answer = coach.suggest(request);

        assertThat(answer.message()).isEqualTo("Heavier squats and a goblet squat.");
        assertThat(answer.plan().days().getFirst().exercises()).hasSize(2);
        assertThat(answer.plan().days().getFirst().exercises().getFirst().sets().getFirst().id()).isEqualTo(setId);
        assertThat(server.received()).hasSize(1);
        assertThat(output.getAll()).doesNotContain(KEY);
    }

    @Test
    void theRequestIsAChatCompletionWithAStrictJsonSchema() {
        server.answer(valid());

        coach.suggest(request);

        StubModelServer.Received sent = server.received().getFirst();
        assertThat(sent.method()).isEqualTo("POST");
        assertThat(sent.path()).isEqualTo("/v1/chat/completions");
        assertThat(header(sent, "Authorization")).isEqualTo("Bearer " + KEY);
        assertThat(header(sent, "Content-Type")).startsWith("application/json");
        JsonNode body = json.readTree(sent.body());
        assertThat(body.get("model").asString()).isEqualTo("stub-model");
        assertThat(body.get("messages").get(0).get("role").asString()).isEqualTo("system");
        assertThat(body.get("messages").get(1).get("role").asString()).isEqualTo("user");
        JsonNode prompt = json.readTree(body.get("messages").get(1).get("content").asString());
        assertThat(prompt.get("query").asString()).isEqualTo("stronger legs");
        assertThat(prompt.get("plan").get("days").get(0).get("exercises").get(0).get("id").asString())
                .isEqualTo(slotId.toString());
        assertThat(prompt.get("catalog").findValuesAsString("id")).contains(squat.toString(), goblet.toString());
        JsonNode format = body.get("response_format");
        assertThat(format.get("type").asString()).isEqualTo("json_schema");
        assertThat(format.get("json_schema").get("name").asString()).isEqualTo("plan_suggestion");
        assertThat(format.get("json_schema").get("strict").asBoolean()).isTrue();
        assertThat(format.get("json_schema").get("schema").get("required").toString()).contains("message");
    }

    @Test
    void anInvalidAnswerIsAskedForAgainOnceWithWhatWasWrong() {
        String unknownExercise = valid().replace(goblet.toString(), UUID.randomUUID().toString());
        server.answer(unknownExercise).answer(valid());

        CoachAnswer answer = coach.suggest(request);

        assertThat(answer.plan()).isNotNull();
        assertThat(server.received()).hasSize(2);
        JsonNode retry = json.readTree(server.received().get(1).body());
        assertThat(retry.get("messages")).hasSize(4);
        assertThat(retry.get("messages").get(3).get("content").asString()).contains("exercise_id");
    }

    @Test
    void twoInvalidAnswersAreA502() {
        server.answer("not json at all").answer("{\"message\": \"ok\", \"modified\": true, \"plan\": null}");

        assertThatThrownBy(() -> coach.suggest(request)).isInstanceOf(CoachUnavailableException.class)
                .satisfies(failure -> assertThat(((CoachUnavailableException) failure).status().value())
                        .isEqualTo(502));
        assertThat(server.received()).hasSize(2);
    }

    @Test
    void aServerErrorIsA502AtOnce(CapturedOutput output) {
        server.reply(new StubModelServer.Reply(500, "{\"error\": {\"message\": \"boom " + KEY + "\"}}"));

        assertThatThrownBy(() -> coach.suggest(request)).isInstanceOf(CoachUnavailableException.class)
                .hasMessageNotContaining(KEY);
        assertThat(server.received()).hasSize(1);
        assertThat(output.getAll()).doesNotContain(KEY);
    }

    @Test
    void aRateLimitIsA502() {
        server.reply(new StubModelServer.Reply(429, "{\"error\": {\"message\": \"slow down\"}}"));

        assertThatThrownBy(() -> coach.suggest(request)).isInstanceOf(CoachUnavailableException.class);
        assertThat(server.received()).hasSize(1);
    }

    @Test
    void aTimeoutIsA502WithinTheConfiguredTime() {
        server.reply(new StubModelServer.Reply(200, StubModelServer.completion(valid()), true));

        assertThatThrownBy(() -> coach.suggest(request)).isInstanceOf(CoachUnavailableException.class);

        assertThat(server.sent()).as("it gave up while the answer was still held back: its timeout ended it")
                .isZero();
    }

    String withNewExercise(String muscle) {
        return valid().replace("\"exercise_id\": \"" + goblet + "\"", """
                "exercise_id": null, "new_exercise": {"name": "Sissy Squat", "description": "Knees forward.",
                 "category": "STRENGTH", "type": "ISOLATION", "primary_muscle_group": "%s", "equipment": []}"""
                .formatted(muscle));
    }

    @Test
    void anExerciseTheCatalogLacksIsDescribedAndNamedByAProvisionalId() {
        server.answer(withNewExercise("quadriceps"));

        CoachAnswer answer = coach.suggest(request);

        assertThat(answer.newExercises()).singleElement().satisfies(exercise -> {
            assertThat(exercise.name()).isEqualTo("Sissy Squat");
            assertThat(exercise.primaryMuscleGroup()).isEqualTo("quadriceps");
            assertThat(exercise.equipment()).isEmpty();
            assertThat(answer.plan().days().getFirst().exercises().get(1).details().exerciseId())
                    .isEqualTo(exercise.provisionalId());
        });
    }

    @Test
    void aNewExerciseOfAnUnknownMuscleIsAskedForAgain() {
        server.answer(withNewExercise("wings")).answer(withNewExercise("glutes"));

        CoachAnswer answer = coach.suggest(request);

        assertThat(answer.newExercises()).singleElement()
                .satisfies(exercise -> assertThat(exercise.primaryMuscleGroup()).isEqualTo("glutes"));
        assertThat(server.received()).hasSize(2);
        assertThat(json.readTree(server.received().get(1).body()).get("messages").get(3).get("content").asString())
                .contains("primary_muscle_group");
    }

    @Test
    void anAnswerThatChangesNothingIsTakenAsSuch() {
        server.answer("{\"message\": \"That is not about your plan.\", \"modified\": false, \"plan\": null}");

        CoachAnswer answer = coach.suggest(request);

        assertThat(answer.plan()).isNull();
        assertThat(answer.message()).isEqualTo("That is not about your plan.");
    }

    private static String header(StubModelServer.Received received, String name) {
        return received.headers().entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
                .map(entry -> entry.getValue().getFirst()).findFirst().orElse(null);
    }

    private static ExerciseSummary exercise(UUID id, String name, List<String> equipment) {
        return new ExerciseSummary(id, name, null, ExerciseCategory.STRENGTH, ExerciseType.COMPOUND,
                Difficulty.BEGINNER, "quadriceps", "legs", List.of("glutes"), equipment, false);
    }
}

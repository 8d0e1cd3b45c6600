package dev.overload.training.web;

import static dev.overload.training.web.TrainingFixture.BENCH_PRESS;
import static dev.overload.training.web.TrainingFixture.SESSION;
import static dev.overload.training.web.TrainingFixture.SESSIONS;
import static dev.overload.training.web.TrainingFixture.SQUAT;
import static dev.overload.training.web.TrainingFixture.number;
import static dev.overload.training.web.TrainingFixture.numbers;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import dev.overload.Api;
import dev.overload.ApiTest;
import dev.overload.TestUser;
import dev.overload.training.web.TrainingFixture.Plan;
import dev.overload.training.web.TrainingFixture.Slot;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Seed 001's training log: workouts recorded after the fact, whole or started with their past times. */
@ApiTest
class LoggedSessionTests {

    static final String LOGGED = "/api/training-sessions/logged";

    @Autowired
    Api api;

    private TrainingFixture training;

    @Autowired
    void fixture(Api api) {
        training = new TrainingFixture(api);
    }

    private static final Instant STARTED = Instant.now().minus(Duration.ofDays(3)).truncatedTo(ChronoUnit.HOURS);

    @Test
    void aWholeWorkoutLoggedAfterTheFactIsACompletedSessionWithItsRecords() {
        TestUser user = api.newUser();
        String squat = training.exerciseId(SQUAT);

        String id = log(user, workout(day(STARTED), STARTED, STARTED.plus(Duration.ofMinutes(75)),
                exercise(squat, set(5, 100, 2), set(5, 105, 1), set(3, 110, null)))).statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/training-sessions/"))
                .body("status", equalTo("COMPLETED"))
                .body("started_at", equalTo(STARTED.toString()))
                .body("ended_at", equalTo(STARTED.plus(Duration.ofMinutes(75)).toString()))
                .body("duration_minutes", equalTo(75))
                .body("mesocycle_name", equalTo("Block 1"))
                .body("session_number", equalTo(3))
                .body("sets.actual_reps", equalTo(List.of(5, 5, 3)))
                .body("sets.status", equalTo(List.of("COMPLETED", "COMPLETED", "COMPLETED")))
                .body("sets.rir", equalTo(java.util.Arrays.asList(2, 1, null)))
                .body("personal_records.type", hasItem("HEAVIEST_WEIGHT"))
                .body("personal_records.find { it.type == 'HEAVIEST_WEIGHT' }.achieved_at",
                        equalTo(STARTED.plus(Duration.ofMinutes(75)).toString()))
                .extract().path("id");

        api.as(user).get(SESSION, id).then().statusCode(200).body("status", equalTo("COMPLETED"));
        api.as(user).get("/api/exercises/{id}", squat).then().body("usage_count", equalTo(1));
    }

    @Test
    void aWorkoutOfAPlanDayFillsItsSlotsAndProgressesThePlan() {
        TestUser user = api.newUser();
        Plan plan = training.plan(user, new Slot(training.exerciseId(SQUAT), 2, 5, "100"));
        Map<String, Object> body = workout(day(STARTED), null, null,
                exercise(plan.exerciseId(), set(5, null, null), set(5, null, null)));
        body.put("training_plan_id", plan.id());
        body.put("training_plan_day_id", plan.dayId());

        log(user, body).statusCode(201)
                .body("training_plan_id", equalTo(plan.id()))
                .body("sets.expected_weight", numbers("100", "100"))
                .body("sets.actual_weight", numbers("100", "100"))
                .body("progression[0].outcome", equalTo("SUCCESS"));

        org.assertj.core.api.Assertions.assertThat(training.planWeights(user, plan, 0))
                .containsExactlyElementsOf(TrainingFixture.kg("102.5", "102.5"));
    }

    @Test
    void weightsAreInTheUsersUnit() {
        TestUser user = api.newUser();
        api.as(user).body(Map.of("weight_unit", "LB")).patch("/api/users/me").then().statusCode(200);

        log(user, workout(day(STARTED), null, null, exercise(training.exerciseId(BENCH_PRESS), set(8, 135, null))))
                .statusCode(201)
                .body("weight_unit", equalTo("LB"))
                .body("sets[0].actual_weight", number("135"));
    }

    @Test
    void whenAWorkoutTookPlaceMustBeInThePastAndInOrder() {
        TestUser user = api.newUser();
        String squat = training.exerciseId(SQUAT);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        invalid(log(user, workout(today.plusDays(2), null, null, exercise(squat, set(5, 100, null)))),
                "session_date");
        invalid(log(user, workout(day(STARTED), STARTED, STARTED.minus(Duration.ofMinutes(1)),
                exercise(squat, set(5, 100, null)))), "ended_at");
        invalid(log(user, workout(day(STARTED).minusDays(1), STARTED, null, exercise(squat, set(5, 100, null)))),
                "session_date");
        invalid(log(user, workout(day(STARTED), Instant.now().plus(Duration.ofHours(2)), null,
                exercise(squat, set(5, 100, null)))), "started_at");
        invalid(log(user, workout(LocalDate.of(1899, 12, 31), null, null, exercise(squat, set(5, 100, null)))),
                "session_date");
    }

    @Test
    void whatWasDoneMustBeSaid() {
        TestUser user = api.newUser();
        String squat = training.exerciseId(SQUAT);

        invalid(log(user, workout(day(STARTED), null, null)), "exercises");
        invalid(log(user, workout(day(STARTED), null, null, exercise(squat, set(null, 100, null)))),
                "exercises[0].sets[0].reps");
        Map<String, Object> pending = set(5, 100, null);
        pending.put("status", "PENDING");
        invalid(log(user, workout(day(STARTED), null, null, exercise(squat, pending))),
                "exercises[0].sets[0].status");
        invalid(log(user, workout(day(STARTED), null, null, exercise(squat, set(5, 100, 11)))),
                "exercises[0].sets[0].rir");
        Map<String, Object> noDate = workout(day(STARTED), null, null, exercise(squat, set(5, 100, null)));
        noDate.remove("session_date");
        invalid(log(user, noDate), "session_date");
    }

    @Test
    void onlyOnesOwnExercisesAndPlansCanBeLogged() {
        TestUser owner = api.newUser();
        TestUser other = api.newUser();
        String custom = training.customExercise(owner, "Zercher squat");
        Plan plan = training.plan(owner, new Slot(training.exerciseId(SQUAT), 1, 5, "100"));

        log(other, workout(day(STARTED), null, null, exercise(custom, set(5, 100, null)))).statusCode(404)
                .contentType("application/problem+json");
        Map<String, Object> body = workout(day(STARTED), null, null, exercise(plan.exerciseId(), set(5, 100, null)));
        body.put("training_plan_id", plan.id());
        body.put("training_plan_day_id", plan.dayId());
        log(other, body).statusCode(404);
        api.as(other).get(SESSIONS).then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void aStartedSessionMayBeDatedInThePast() {
        TestUser user = api.newUser();

        String id = api.as(user).body(Map.of("title", "Yesterday's run", "session_date", day(STARTED).toString(),
                "started_at", STARTED.toString())).post(SESSIONS).then().statusCode(201)
                .body("started_at", equalTo(STARTED.toString()))
                .body("session_date", equalTo(STARTED.toString()))
                .extract().path("id");
        training.complete(user, id).statusCode(200)
                .body("started_at", equalTo(STARTED.toString()))
                .body("ended_at", notNullValue());
        invalid(api.as(user).body(Map.of("session_date", LocalDate.now(ZoneOffset.UTC).plusDays(2).toString()))
                .post(SESSIONS).then(), "session_date");
    }

    private ValidatableResponse log(TestUser user, Map<String, Object> body) {
        return api.as(user).body(body).post(LOGGED).then();
    }

    private static void invalid(ValidatableResponse response, String field) {
        response.statusCode(400).contentType("application/problem+json").body("errors.field", hasItem(field));
    }

    private static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }

    @SafeVarargs
    private static Map<String, Object> workout(LocalDate date, Instant started, Instant ended,
            Map<String, Object>... exercises) {
        Map<String, Object> body = new HashMap<>();
        body.put("session_date", date.toString());
        if (started != null) {
            body.put("started_at", started.toString());
        }
        if (ended != null) {
            body.put("ended_at", ended.toString());
        }
        body.put("mesocycle_name", "Block 1");
        body.put("session_number", 3);
        body.put("exercises", List.of(exercises));
        return body;
    }

    @SafeVarargs
    private static Map<String, Object> exercise(String exerciseId, Map<String, Object>... sets) {
        return Map.of("exercise_id", exerciseId, "stimulus", 4, "fatigue", 3, "sets", List.of(sets));
    }

    private static Map<String, Object> set(Integer reps, Integer weight, Integer rir) {
        Map<String, Object> set = new HashMap<>();
        set.put("reps", reps);
        set.put("weight", weight);
        set.put("rir", rir);
        return set;
    }
}

package dev.overload.training.web;

import static dev.overload.training.web.TrainingFixture.BENCH_PRESS;
import static dev.overload.training.web.TrainingFixture.SESSION;
import static dev.overload.training.web.TrainingFixture.SESSIONS;
import static dev.overload.training.web.TrainingFixture.SQUAT;
import static dev.overload.training.web.TrainingFixture.invalid;
import static dev.overload.training.web.TrainingFixture.number;
import static dev.overload.training.web.TrainingFixture.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.overload.Api;
import dev.overload.ApiTest;
import dev.overload.StatementCounter;
import dev.overload.TestUser;
import dev.overload.training.web.TrainingFixture.Plan;
import dev.overload.training.web.TrainingFixture.Slot;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Seed 004's {@code /api/training-sessions}: starting, listing, reading, describing, cancelling, deleting. */
@ApiTest
class TrainingSessionTests {

    @Autowired
    Api api;

    @Autowired
    StatementCounter statements;

    private TrainingFixture training;

    @Autowired
    void fixture(Api api) {
        training = new TrainingFixture(api);
    }

    private Plan squatAndBench(TestUser user) {
        return training.plan(user, new Slot(training.exerciseId(SQUAT), 3, 5, "100"),
                new Slot(training.exerciseId(BENCH_PRESS), 2, 8, "60.5"));
    }

    // --- POST /api/training-sessions

    @Test
    void startingASessionOfSixExercisesOfFourSetsCostsAFixedHandfulOfStatements() {
        TestUser user = api.newUser();
        Plan plan = training.plan(user, 6, 4);

        long cost = statements.count(() -> training.start(user, plan));

        // read the caller's account, the plan's row (its structure and names from the plan cache), then one statement
        // inserting the session, its 6 exercises and its 24 sets (PostgreSQL executes 3 inserts, not 31)
        assertThat(cost).isEqualTo(3);
    }

    @Test
    void aSessionOfAPlanDayHasOneSetPerPlannedSetWithItsTargetsBesideEmptyActuals() {
        TestUser user = api.newUser();
        Plan plan = squatAndBench(user);
        String squat = training.exerciseId(SQUAT);
        String bench = training.exerciseId(BENCH_PRESS);

        String id = training.startResponse(user, plan)
                .statusCode(201)
                .contentType("application/json")
                .extract().path("id");

        api.as(user).get(SESSION, id).then().statusCode(200)
                .body("id", equalTo(id))
                .body("training_plan_id", equalTo(plan.id()))
                .body("training_plan_day_id", equalTo(plan.dayId()))
                .body("user_id", equalTo(user.id().toString()))
                .body("title", equalTo("Day A"))
                .body("status", equalTo("PENDING"))
                .body("session_date", notNullValue())
                .body("$", hasKey("started_at"))
                .body("started_at", nullValue())
                .body("ended_at", nullValue())
                .body("duration_minutes", nullValue())
                .body("weight_unit", equalTo("KG"))
                .body("exercises.exercise_id", contains(squat, bench))
                .body("exercises.exercise_name", contains(SQUAT, BENCH_PRESS))
                .body("exercises.training_plan_exercise_id", contains(plan.slotIds().toArray()))
                .body("sets", hasSize(5))
                .body("sets.training_plan_exercise_id", contains(plan.slotId(), plan.slotId(), plan.slotId(),
                        plan.slotIds().get(1), plan.slotIds().get(1)))
                .body("sets.exercise_id", contains(squat, squat, squat, bench, bench))
                .body("sets.set_index", contains(1, 2, 3, 1, 2))
                .body("sets.expected_reps", contains(5, 5, 5, 8, 8))
                .body("sets.expected_weight", contains(number("100"), number("100"), number("100"),
                        number("60.5"), number("60.5")))
                .body("sets[0]", hasKey("actual_reps"))
                .body("sets[0]", hasKey("actual_weight"))
                .body("sets.actual_reps", everyItem(nullValue()))
                .body("sets.actual_weight", everyItem(nullValue()))
                .body("sets.rir", everyItem(nullValue()))
                .body("sets.status", everyItem(equalTo("PENDING")))
                .body("sets.completed_at", everyItem(nullValue()))
                .body("progression", empty())
                .body("personal_records", empty());
    }

    @Test
    void aSessionIsCreatedAtItsLocationAndAnswersItself() {
        TestUser user = api.newUser();
        Plan plan = squatAndBench(user);

        var created = training.startResponse(user, plan).statusCode(201)
                .body("status", equalTo("PENDING"))
                .body("sets", hasSize(5))
                .extract();
        String id = created.path("id");

        assertThat(created.header("Location")).endsWith("/api/training-sessions/" + id);
        // the answer is built in memory: what was written reads back the same
        assertThat(api.as(user).get(SESSION, id).then().statusCode(200).extract().jsonPath().getMap("$"))
                .isEqualTo(created.jsonPath().getMap("$"));
    }

    @Test
    void aDayTitleCanBeReplacedAndSessionFieldsGivenAtTheStart() {
        TestUser user = api.newUser();
        Plan plan = squatAndBench(user);

        var created = api.as(user).body(Map.of("training_plan_id", plan.id(), "training_plan_day_id", plan.dayId(),
                "title", "Heavy day", "comments", "Felt strong", "mesocycle_name", "Block 1",
                "session_number", 3))
                .post(SESSIONS).then().statusCode(201)
                .body("title", equalTo("Heavy day"))
                .body("comments", equalTo("Felt strong"))
                .body("mesocycle_name", equalTo("Block 1"))
                .body("session_number", equalTo(3))
                .body("sets", hasSize(5))
                .extract();
        String id = created.path("id");

        assertThat(api.as(user).get(SESSION, id).then().statusCode(200).extract().jsonPath()
                .getMap("$")).isEqualTo(created.jsonPath().getMap("$"));
    }

    @Test
    void aPlanWithoutItsDayIsRejected() {
        TestUser user = api.newUser();
        Plan plan = squatAndBench(user);

        invalid(api.as(user).body(Map.of("training_plan_id", plan.id())).post(SESSIONS).then(),
                "training_plan_day_id");
        invalid(api.as(user).body(Map.of("training_plan_day_id", plan.dayId())).post(SESSIONS).then(),
                "training_plan_id");
        invalid(api.as(user).body(Map.of("training_plan_id", "not-a-uuid", "training_plan_day_id", plan.dayId()))
                .post(SESSIONS).then(), "training_plan_id");
    }

    @Test
    void aDayOfAnotherPlanIsNotFound() {
        TestUser user = api.newUser();
        Plan plan = squatAndBench(user);
        Plan other = squatAndBench(user);

        problem(api.as(user).body(Map.of("training_plan_id", plan.id(), "training_plan_day_id", other.dayId()))
                .post(SESSIONS).then(), 404);
        problem(api.as(user).body(Map.of("training_plan_id", plan.id(), "training_plan_day_id",
                UUID.randomUUID().toString())).post(SESSIONS).then(), 404);
        problem(api.as(user).body(Map.of("training_plan_id", UUID.randomUUID().toString(), "training_plan_day_id",
                plan.dayId())).post(SESSIONS).then(), 404);
        api.as(user).queryParam("limit", 100).get(SESSIONS).then().statusCode(200).header("X-Total-Count", "0");
    }

    @Test
    void anotherUsersPlanIsNotFound() {
        TestUser owner = api.newUser();
        TestUser intruder = api.newUser();
        Plan plan = squatAndBench(owner);

        problem(training.startResponse(intruder, plan), 404);
    }

    @Test
    void anAdHocSessionHasATitleAndNoSets() {
        TestUser user = api.newUser();

        api.as(user).body(Map.of("title", "Evening pump", "session_number", 1)).post(SESSIONS)
                .then().statusCode(201)
                .body("title", equalTo("Evening pump"))
                .body("training_plan_id", nullValue())
                .body("training_plan_day_id", nullValue())
                .body("status", equalTo("PENDING"))
                .body("session_number", equalTo(1))
                .body("sets", empty())
                .body("exercises", empty());
        api.as(user).body(Map.of()).post(SESSIONS).then().statusCode(201)
                .body("title", equalTo("Workout"));
    }

    @Test
    void startingValidatesTheDescriptiveFields() {
        TestUser user = api.newUser();

        invalid(post(user, Map.of("title", "x".repeat(201))), "title");
        invalid(post(user, Map.of("comments", "x".repeat(2001))), "comments");
        invalid(post(user, Map.of("mesocycle_name", "x".repeat(101))), "mesocycle_name");
        invalid(post(user, Map.of("session_number", 0)), "session_number");
        invalid(post(user, Map.of("session_number", 10001)), "session_number");
        post(user, Map.of("session_number", 10000, "title", "x".repeat(200))).statusCode(201);
    }

    // --- GET /api/training-sessions

    @Test
    void theListShowsOnlyMySessionsNewestFirstWithATotal() {
        TestUser user = api.newUser();
        TestUser other = api.newUser();
        String first = training.startAdHoc(user, "First");
        String second = training.startAdHoc(user, "Second");
        String third = training.startAdHoc(user, "Third");
        training.startAdHoc(other, "Not mine");

        api.as(user).get(SESSIONS).then().statusCode(200)
                .header("X-Total-Count", "3")
                .body("id", contains(third, second, first))
                .body("title", contains("Third", "Second", "First"))
                .body("sets", everyItem(empty()));
        api.as(user).queryParam("order", "asc").get(SESSIONS).then().statusCode(200)
                .body("id", contains(first, second, third));
        api.as(user).queryParam("order", "DESC").get(SESSIONS).then().statusCode(200)
                .body("id", contains(third, second, first));
    }

    @Test
    void theListPages() {
        TestUser user = api.newUser();
        String first = training.startAdHoc(user, "First");
        String second = training.startAdHoc(user, "Second");
        String third = training.startAdHoc(user, "Third");

        api.as(user).queryParams(Map.of("limit", 2)).get(SESSIONS).then().statusCode(200)
                .header("X-Total-Count", "3")
                .body("id", contains(third, second));
        api.as(user).queryParams(Map.of("limit", 2, "offset", 2)).get(SESSIONS).then().statusCode(200)
                .header("X-Total-Count", "3")
                .body("id", contains(first));
        api.as(user).queryParams(Map.of("limit", 2, "offset", 1, "order", "asc")).get(SESSIONS).then()
                .statusCode(200)
                .body("id", contains(second, third));
        api.as(user).queryParams(Map.of("offset", 5)).get(SESSIONS).then().statusCode(200)
                .header("X-Total-Count", "3")
                .body("$", empty());
        invalid(api.as(user).queryParam("limit", 0).get(SESSIONS).then(), "limit");
        invalid(api.as(user).queryParam("limit", 101).get(SESSIONS).then(), "limit");
        invalid(api.as(user).queryParam("offset", -1).get(SESSIONS).then(), "offset");
    }

    @Test
    void theListFiltersByStatus() {
        TestUser user = api.newUser();
        String pending = training.startAdHoc(user, "Pending");
        String cancelled = training.startAdHoc(user, "Cancelled");
        api.as(user).body(Map.of("status", "CANCELLED")).put(SESSION, cancelled).then().statusCode(200);

        api.as(user).queryParam("status", "CANCELLED").get(SESSIONS).then().statusCode(200)
                .header("X-Total-Count", "1")
                .body("id", contains(cancelled));
        api.as(user).queryParam("status", "pending").get(SESSIONS).then().statusCode(200)
                .body("id", contains(pending));
        api.as(user).queryParam("status", "COMPLETED").get(SESSIONS).then().statusCode(200)
                .header("X-Total-Count", "0")
                .body("$", empty());
        invalid(api.as(user).queryParam("status", "FINISHED").get(SESSIONS).then(), "status");
    }

    @Test
    void theListFiltersByDayInclusive() {
        TestUser user = api.newUser();
        String id = training.startAdHoc(user, "Today");
        LocalDate day = Instant.parse(training.session(user, id).getString("session_date"))
                .atZone(ZoneOffset.UTC).toLocalDate();

        dates(user, day, day).header("X-Total-Count", "1").body("id", contains(id));
        dates(user, day, null).body("id", contains(id));
        dates(user, null, day).body("id", contains(id));
        dates(user, day.minusDays(7), day.plusDays(7)).body("id", contains(id));
        dates(user, day.plusDays(1), null).header("X-Total-Count", "0").body("$", empty());
        dates(user, null, day.minusDays(1)).header("X-Total-Count", "0").body("$", empty());
    }

    @Test
    void dateFiltersMustBeDaysInOrder() {
        TestUser user = api.newUser();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        invalid(api.as(user).queryParams(Map.of("date_from", today.toString(), "date_to",
                today.minusDays(1).toString())).get(SESSIONS).then(), "date_to");
        invalid(api.as(user).queryParam("date_from", "2024-13-01").get(SESSIONS).then(), "date_from");
        invalid(api.as(user).queryParam("date_to", "yesterday").get(SESSIONS).then(), "date_to");
        invalid(api.as(user).queryParam("order", "sideways").get(SESSIONS).then(), "order");
    }

    /** Issue 11, defect 7: extreme ISO years overflowed the query's arithmetic (a 500). */
    @Test
    void datesOutsideFourDigitYearsAreRefusedNamingTheParameter() {
        TestUser user = api.newUser();

        for (String date : new String[]{"-999999999-01-01", "+999999999-12-31", "+10000-01-01", "0000-01-01"}) {
            invalid(api.as(user).queryParam("date_from", date).get(SESSIONS).then(), "date_from");
            invalid(api.as(user).queryParam("date_to", date).get(SESSIONS).then(), "date_to");
        }
        invalid(api.as(user).queryParam("from", "+999999999-01-01T00:00:00Z").get("/api/schedules").then(), "from");
        invalid(api.as(user).queryParam("to", "-999999999-01-01T00:00:00Z").get("/api/schedules").then(), "to");
        dates(user, LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31)).header("X-Total-Count", "0");
    }

    private ValidatableResponse dates(TestUser user, LocalDate from, LocalDate to) {
        Map<String, Object> params = new HashMap<>();
        if (from != null) {
            params.put("date_from", from.toString());
        }
        if (to != null) {
            params.put("date_to", to.toString());
        }
        return api.as(user).queryParams(params).get(SESSIONS).then().statusCode(200);
    }

    // --- GET, PUT, DELETE /api/training-sessions/{id}

    @Test
    void anUnknownSessionIsNotFound() {
        TestUser user = api.newUser();

        problem(api.as(user).get(SESSION, UUID.randomUUID()).then(), 404);
        problem(api.as(user).get(SESSION, "not-a-uuid").then(), 400);
    }

    @Test
    void puttingDescribesTheSessionAndKeepsWhatIsLeftOut() {
        TestUser user = api.newUser();
        String id = training.start(user, squatAndBench(user));

        api.as(user).body(Map.of("title", "Renamed", "comments", "Knees ok", "mesocycle_name", "Hypertrophy",
                "session_number", 10000))
                .put(SESSION, id).then().statusCode(200)
                .body("title", equalTo("Renamed"))
                .body("comments", equalTo("Knees ok"))
                .body("mesocycle_name", equalTo("Hypertrophy"))
                .body("session_number", equalTo(10000))
                .body("status", equalTo("PENDING"))
                .body("sets", hasSize(5));
        api.as(user).body(Map.of("session_number", 1)).put(SESSION, id).then().statusCode(200)
                .body("title", equalTo("Renamed"))
                .body("comments", equalTo("Knees ok"))
                .body("mesocycle_name", equalTo("Hypertrophy"))
                .body("session_number", equalTo(1));
        api.as(user).get(SESSION, id).then().statusCode(200).body("session_number", equalTo(1));
    }

    @Test
    void puttingValidatesEachBound() {
        TestUser user = api.newUser();
        String id = training.startAdHoc(user, "Bounds");

        invalid(put(user, id, Map.of("session_number", 0)), "session_number");
        invalid(put(user, id, Map.of("session_number", 10001)), "session_number");
        invalid(put(user, id, Map.of("title", "x".repeat(201))), "title");
        invalid(put(user, id, Map.of("comments", "x".repeat(2001))), "comments");
        invalid(put(user, id, Map.of("mesocycle_name", "x".repeat(101))), "mesocycle_name");
        invalid(put(user, id, Map.of("status", "PAUSED")), "status");
        api.as(user).get(SESSION, id).then().statusCode(200)
                .body("title", equalTo("Bounds"))
                .body("session_number", nullValue());
    }

    @Test
    void aSessionCanBeCancelledAndThenBePendingAgain() {
        TestUser user = api.newUser();
        String id = training.start(user, squatAndBench(user));

        put(user, id, Map.of("status", "CANCELLED")).statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("ended_at", notNullValue());
        api.as(user).get(SESSION, id).then().body("status", equalTo("CANCELLED"));

        put(user, id, Map.of("status", "PENDING")).statusCode(200)
                .body("status", equalTo("PENDING"))
                .body("started_at", nullValue())
                .body("ended_at", nullValue());
    }

    @Test
    void aSessionInProgressCannotGoBackToPending() {
        TestUser user = api.newUser();
        String id = training.start(user, squatAndBench(user));
        training.completeSet(user, id, training.setIds(user, id).getFirst());

        problem(put(user, id, Map.of("status", "PENDING")), 409);

        api.as(user).get(SESSION, id).then()
                .body("status", equalTo("IN_PROGRESS"))
                .body("started_at", notNullValue());
    }

    @Test
    void aSessionCanBeStartedExplicitly() {
        TestUser user = api.newUser();
        String id = training.start(user, squatAndBench(user));

        put(user, id, Map.of("status", "IN_PROGRESS")).statusCode(200)
                .body("status", equalTo("IN_PROGRESS"))
                .body("started_at", notNullValue());
        put(user, id, Map.of("status", "IN_PROGRESS")).statusCode(200)
                .body("status", equalTo("IN_PROGRESS"));
    }

    @Test
    void putCannotCompleteASession() {
        TestUser user = api.newUser();
        String id = training.start(user, squatAndBench(user));

        problem(put(user, id, Map.of("status", "COMPLETED")), 409);
        api.as(user).get(SESSION, id).then().body("status", equalTo("PENDING"));
    }

    @Test
    void deletingASessionRemovesIt() {
        TestUser user = api.newUser();
        String id = training.start(user, squatAndBench(user));
        String kept = training.startAdHoc(user, "Kept");

        api.as(user).delete(SESSION, id).then().statusCode(204);

        problem(api.as(user).get(SESSION, id).then(), 404);
        problem(api.as(user).delete(SESSION, id).then(), 404);
        api.as(user).get(SESSIONS).then().header("X-Total-Count", "1").body("id", contains(kept));
    }

    // --- feedback

    @Test
    void anExerciseOfTheSessionCanBeRatedForStimulusAndFatigue() {
        TestUser user = api.newUser();
        Plan plan = squatAndBench(user);
        String id = training.start(user, plan);
        String squat = training.exerciseId(SQUAT);

        api.as(user).body(Map.of("stimulus", 4, "fatigue", 2))
                .put(SESSION + "/exercises/{exerciseId}/feedback", id, squat).then().statusCode(200)
                .body("exercises[0].stimulus", equalTo(4))
                .body("exercises[0].fatigue", equalTo(2))
                .body("exercises[1].stimulus", nullValue());
        api.as(user).body(Map.of("fatigue", 5))
                .put(SESSION + "/exercises/{exerciseId}/feedback", id, squat).then().statusCode(200)
                .body("exercises[0].stimulus", equalTo(4))
                .body("exercises[0].fatigue", equalTo(5));

        for (int bad : new int[]{0, 6}) {
            invalid(api.as(user).body(Map.of("stimulus", bad))
                    .put(SESSION + "/exercises/{exerciseId}/feedback", id, squat).then(), "stimulus");
            invalid(api.as(user).body(Map.of("fatigue", bad))
                    .put(SESSION + "/exercises/{exerciseId}/feedback", id, squat).then(), "fatigue");
        }
        problem(api.as(user).body(Map.of("stimulus", 3))
                .put(SESSION + "/exercises/{exerciseId}/feedback", id, training.exerciseId(TrainingFixture.DEADLIFT))
                .then(), 404);
    }

    // --- another user's session

    @Test
    void anotherUsersSessionIsNotFoundOnEveryEndpoint() {
        TestUser owner = api.newUser();
        TestUser intruder = api.newUser();
        Plan plan = squatAndBench(owner);
        String id = training.start(owner, plan);
        String setId = training.setIds(owner, id).getFirst();
        String squat = training.exerciseId(SQUAT);

        problem(api.as(intruder).get(SESSION, id).then(), 404);
        problem(api.as(intruder).body(Map.of("title", "Mine now")).put(SESSION, id).then(), 404);
        problem(api.as(intruder).body(Map.of("status", "CANCELLED")).put(SESSION, id).then(), 404);
        problem(api.as(intruder).post(SESSION + "/complete", id).then(), 404);
        problem(api.as(intruder).get(SESSION + "/results", id).then(), 404);
        problem(api.as(intruder).get(SESSION + "/analysis", id).then(), 404);
        problem(api.as(intruder).body(Map.of("stimulus", 1))
                .put(SESSION + "/exercises/{exerciseId}/feedback", id, squat).then(), 404);
        problem(api.as(intruder).get(TrainingFixture.SETS, id).then(), 404);
        problem(api.as(intruder).body(Map.of("training_plan_exercise_id", plan.slotId()))
                .post(TrainingFixture.SETS, id).then(), 404);
        problem(api.as(intruder).body(Map.of("exercise_id", squat)).post(TrainingFixture.SETS, id).then(), 404);
        problem(api.as(intruder).get(TrainingFixture.SET, id, setId).then(), 404);
        problem(api.as(intruder).body(Map.of("actual_reps", 1)).put(TrainingFixture.SET, id, setId).then(), 404);
        problem(api.as(intruder).patch(TrainingFixture.SET + "/complete", id, setId).then(), 404);
        problem(api.as(intruder).patch(TrainingFixture.SET + "/fail", id, setId).then(), 404);
        problem(api.as(intruder).patch(TrainingFixture.SET + "/reset", id, setId).then(), 404);
        problem(api.as(intruder).delete(TrainingFixture.SET, id, setId).then(), 404);
        problem(api.as(intruder).delete(SESSION, id).then(), 404);
        api.as(intruder).get(SESSIONS).then().statusCode(200).header("X-Total-Count", "0");

        api.as(owner).get(SESSION, id).then().statusCode(200)
                .body("title", equalTo("Day A"))
                .body("status", equalTo("PENDING"))
                .body("exercises.stimulus", everyItem(nullValue()))
                .body("sets", hasSize(5))
                .body("sets.status", everyItem(equalTo("PENDING")))
                .body("sets.actual_reps", everyItem(nullValue()));
    }

    @Test
    void anAnonymousCallerIsUnauthorized() {
        api.anonymous().get(SESSIONS).then().statusCode(401);
        api.anonymous().body(Map.of()).post(SESSIONS).then().statusCode(401);
        api.anonymous().get("/api/personal-records").then().statusCode(401);
    }

    private ValidatableResponse post(TestUser user, Map<String, Object> body) {
        return api.as(user).body(body).post(SESSIONS).then();
    }

    private ValidatableResponse put(TestUser user, String id, Map<String, Object> body) {
        return api.as(user).body(body).put(SESSION, id).then();
    }
}

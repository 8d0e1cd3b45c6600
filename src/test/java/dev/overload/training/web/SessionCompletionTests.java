package dev.overload.training.web;

import static dev.overload.training.web.TrainingFixture.BENCH_PRESS;
import static dev.overload.training.web.TrainingFixture.PULL_UP;
import static dev.overload.training.web.TrainingFixture.SESSION;
import static dev.overload.training.web.TrainingFixture.SQUAT;
import static dev.overload.training.web.TrainingFixture.kg;
import static dev.overload.training.web.TrainingFixture.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.overload.Api;
import dev.overload.ApiTest;
import dev.overload.StatementCounter;
import dev.overload.TestClock;
import dev.overload.TestUser;
import dev.overload.training.web.TrainingFixture.Plan;
import dev.overload.training.web.TrainingFixture.Slot;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code POST /api/training-sessions/{id}/complete}: once, with progression, records and usage. */
@ApiTest
class SessionCompletionTests {

    @Autowired
    Api api;

    @Autowired
    TestClock clock;

    @Autowired
    StatementCounter counter;

    @Autowired
    JdbcClient jdbc;

    private TrainingFixture training;

    @Autowired
    void fixture(Api api) {
        training = new TrainingFixture(api);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private Plan squat(TestUser user) {
        return training.plan(user, new Slot(training.exerciseId(SQUAT), 3, 5, "100"));
    }

    /**
     * Issue 11, defect 12: a progression past the 10,000 kg bound answered 409 and left the session in progress,
     * blocking every other session. The target stops at the bound and the result says so.
     */
    @Test
    void aProgressionPastTheBoundStopsAtItAndCompletionSucceeds() {
        TestUser user = api.newUser();
        Plan plan = training.plan(user, new Slot(training.customExercise(user, "Planet lift"), 1, 3, "9999"));
        training.configure(user, plan, plan.exerciseId(), Map.of("weight_increment", 5));

        JsonPath done = training.runSession(user, plan, true);

        assertThat(done.getString("status")).isEqualTo("COMPLETED");
        assertThat(done.getBoolean("progression[0].capped")).isTrue();
        assertThat(training.planWeights(user, plan, 0)).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("10000"));
        JsonPath again = training.runSession(user, plan, true);
        assertThat(again.getBoolean("progression[0].capped")).isTrue();
        assertThat(training.planWeights(user, plan, 0)).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("10000"));
    }

    @Test
    void anOrdinaryProgressionIsNotCapped() {
        TestUser user = api.newUser();
        Plan plan = training.plan(user, new Slot(training.customExercise(user, "Press"), 1, 5, "40"));

        assertThat(training.runSession(user, plan, true).getBoolean("progression[0].capped")).isFalse();
    }

    /** Issue 11, defect 12: an ad-hoc set without expected values was "completed" with no reps and no weight. */
    @Test
    void aSetWithoutExpectedValuesNeedsItsRepsBeforeItCanBeCompleted() {
        TestUser user = api.newUser();
        String session = training.startAdHoc(user, "Garage session");
        String exercise = training.customExercise(user, "Sled push");
        String set = api.as(user).body(Map.of("exercise_id", exercise))
                .post("/api/training-sessions/{id}/sets", session).then().statusCode(201).extract().path("id");

        TrainingFixture.invalid(api.as(user).patch(SESSION + "/sets/{setId}/complete", session, set).then(),
                "actual_reps");
        TrainingFixture.invalid(training.putSet(user, session, set, Map.of("status", "COMPLETED")), "actual_reps");
        training.putSet(user, session, set, Map.of("actual_weight", 80)).statusCode(200);
        TrainingFixture.invalid(api.as(user).patch(SESSION + "/sets/{setId}/complete", session, set).then(),
                "actual_reps");

        training.putSet(user, session, set, Map.of("actual_reps", 12)).statusCode(200);
        training.completeSet(user, session, set).body("status", equalTo("COMPLETED")).body("actual_reps",
                equalTo(12));
    }

    @Test
    void completingEndsTheSessionAndAnswersWhatItDid() {
        TestUser user = api.newUser();
        Plan plan = squat(user);
        String id = training.start(user, plan);
        List<String> sets = training.setIds(user, id);
        training.completeSet(user, id, sets.getFirst());
        clock.advance(Duration.ofMinutes(12));
        sets.subList(1, sets.size()).forEach(set -> training.completeSet(user, id, set));

        JsonPath done = training.completed(user, id);

        assertThat(done.getString("id")).isEqualTo(id);
        assertThat(done.getString("status")).isEqualTo("COMPLETED");
        Instant started = Instant.parse(done.getString("started_at"));
        Instant ended = Instant.parse(done.getString("ended_at"));
        assertThat(Duration.between(started, ended)).isBetween(Duration.ofMinutes(12), Duration.ofMinutes(13));
        assertThat(done.getInt("duration_minutes")).isEqualTo(12);
        assertThat(done.getList("progression")).hasSize(1);
        assertThat(done.getString("progression[0].outcome")).isEqualTo("SUCCESS");
        assertThat(done.getList("personal_records.type", String.class)).containsExactlyInAnyOrder(
                "HEAVIEST_WEIGHT", "MOST_REPS_AT_WEIGHT", "BEST_ESTIMATED_1RM", "BEST_SET_VOLUME",
                "BEST_SESSION_VOLUME");
        assertThat(done.getList("personal_records.training_session_id", String.class)).containsOnly(id);
        assertThat(done.getList("personal_records.exercise_name", String.class)).containsOnly(SQUAT);
        assertThat(done.getList("sets.status", String.class)).containsOnly("COMPLETED");
    }

    @Test
    void aSessionCompletedWithoutLoggingStartsAndEndsAtOnce() {
        TestUser user = api.newUser();
        String id = training.start(user, squat(user));

        JsonPath done = training.completed(user, id);

        assertThat(done.getString("status")).isEqualTo("COMPLETED");
        assertThat(done.getString("started_at")).isEqualTo(done.getString("ended_at"));
        assertThat(done.getInt("duration_minutes")).isZero();
        assertThat(done.getList("personal_records")).isEmpty();
        assertThat(done.getList("sets.status", String.class)).containsOnly("PENDING");
    }

    @Test
    void completingAgainChangesNothingAndAnswersTheSame() {
        TestUser user = api.newUser();
        Plan plan = squat(user);
        String id = training.start(user, plan);
        training.completeAllSets(user, id);
        JsonPath first = training.completed(user, id);

        JsonPath again = training.completed(user, id);
        JsonPath third = training.completed(user, id);

        for (JsonPath repeat : List.of(again, third)) {
            assertThat(repeat.getString("status")).isEqualTo("COMPLETED");
            assertThat(repeat.getString("ended_at")).isEqualTo(first.getString("ended_at"));
            assertThat(repeat.getInt("duration_minutes")).isEqualTo(first.getInt("duration_minutes"));
            assertThat(repeat.getList("progression")).isEqualTo(first.getList("progression"));
            assertThat(repeat.getList("personal_records")).isEqualTo(first.getList("personal_records"));
        }
        assertThat(training.planWeights(user, plan, 0)).usingElementComparator(BigDecimal::compareTo)
                .containsExactlyElementsOf(kg("102.5", "102.5", "102.5"));
        assertThat(training.progression(user, plan, plan.exerciseId()).getInt("consecutive_failures")).isZero();
        api.as(user).queryParam("exercise_id", plan.exerciseId()).get("/api/personal-records").then()
                .header("X-Total-Count", "5");
        api.as(user).get("/api/exercises/{id}", plan.exerciseId()).then().body("usage_count", equalTo(1));
    }

    @Test
    void aCompletedSessionKeepsItsStatus() {
        TestUser user = api.newUser();
        String id = training.start(user, squat(user));
        training.complete(user, id).statusCode(200);

        problem(api.as(user).body(Map.of("status", "CANCELLED")).put(SESSION, id).then(), 409);
        problem(api.as(user).body(Map.of("status", "PENDING")).put(SESSION, id).then(), 409);
        api.as(user).body(Map.of("comments", "Good one")).put(SESSION, id).then().statusCode(200)
                .body("status", equalTo("COMPLETED"))
                .body("comments", equalTo("Good one"));
    }

    @Test
    void aCancelledSessionCannotBeCompleted() {
        TestUser user = api.newUser();
        Plan plan = squat(user);
        String id = training.start(user, plan);
        training.completeAllSets(user, id);
        api.as(user).body(Map.of("status", "CANCELLED")).put(SESSION, id).then().statusCode(200);

        problem(training.complete(user, id), 409);

        api.as(user).get(SESSION, id).then().body("status", equalTo("CANCELLED"));
        assertThat(training.planWeights(user, plan, 0)).usingElementComparator(BigDecimal::compareTo)
                .containsExactlyElementsOf(kg("100", "100", "100"));
        api.as(user).get("/api/personal-records").then().header("X-Total-Count", "0");
        api.as(user).get("/api/exercises/{id}", plan.exerciseId()).then().body("usage_count", equalTo(0));
    }

    @Test
    void anUnknownSessionCannotBeCompleted() {
        TestUser user = api.newUser();

        problem(training.complete(user, java.util.UUID.randomUUID().toString()), 404);
    }

    @Test
    void anAdHocSessionCompletesWithRecordsAndNoProgression() {
        TestUser user = api.newUser();
        String id = training.startAdHoc(user, "Pull-ups");
        String pullUp = training.exerciseId(PULL_UP);
        for (int reps : new int[]{12, 10}) {
            String set = api.as(user).body(Map.of("exercise_id", pullUp)).post(TrainingFixture.SETS, id)
                    .then().statusCode(201).extract().path("id");
            training.putSet(user, id, set, Map.of("actual_reps", reps, "actual_weight", 0, "status", "COMPLETED"))
                    .statusCode(200);
        }

        JsonPath done = training.completed(user, id);

        assertThat(done.getList("progression")).isEmpty();
        assertThat(done.getList("personal_records.type", String.class)).containsExactly("MOST_REPS_AT_WEIGHT");
        assertThat(done.getInt("personal_records[0].reps")).isEqualTo(12);
    }

    // --- concurrency

    @Test
    void concurrentCompletionsOfOneSessionApplyProgressionOnce() throws Exception {
        TestUser user = api.newUser();
        Plan plan = training.plan(user, new Slot(training.exerciseId(SQUAT), 3, 5, "100"),
                new Slot(training.exerciseId(BENCH_PRESS), 2, 8, "60"));
        String id = training.start(user, plan);
        training.completeAllSets(user, id);
        int callers = 8;
        CountDownLatch ready = new CountDownLatch(callers);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<JsonPath>> results = new ArrayList<>();

        try (ExecutorService pool = Executors.newFixedThreadPool(callers)) {
            for (int i = 0; i < callers; i++) {
                results.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return TrainingFixture.decimals(training.complete(user, id).statusCode(200));
                }));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            List<JsonPath> answers = new ArrayList<>();
            for (Future<JsonPath> result : results) {
                answers.add(result.get(60, TimeUnit.SECONDS));
            }

            for (JsonPath answer : answers) {
                assertThat(answer.getString("status")).isEqualTo("COMPLETED");
                assertThat(answer.getList("progression")).hasSize(2)
                        .isEqualTo(answers.getFirst().getList("progression"));
                assertThat(answer.getList("personal_records"))
                        .isEqualTo(answers.getFirst().getList("personal_records"));
                assertThat(answer.getString("ended_at")).isEqualTo(answers.getFirst().getString("ended_at"));
            }
        }

        assertThat(training.planWeights(user, plan, 0)).usingElementComparator(BigDecimal::compareTo)
                .containsExactlyElementsOf(kg("102.5", "102.5", "102.5"));
        assertThat(training.planWeights(user, plan, 1)).usingElementComparator(BigDecimal::compareTo)
                .containsExactlyElementsOf(kg("62.5", "62.5"));
        assertThat(jdbc.sql("select count(*) from session_progressions where training_session_id = :id::uuid")
                .param("id", id).query(Long.class).single()).isEqualTo(2);
        assertThat(training.session(user, id).getList("progression")).hasSize(2);
        api.as(user).queryParam("type", "HEAVIEST_WEIGHT").get("/api/personal-records").then()
                .header("X-Total-Count", "2");
        assertThat(jdbc.sql("select count(*) from personal_records where training_session_id = :id::uuid")
                .param("id", id).query(Long.class).single()).isEqualTo(10);
        api.as(user).get("/api/exercises/{id}", plan.exerciseId()).then().body("usage_count", equalTo(1));
    }

    @Test
    void concurrentCompletionsOfTwoSessionsOfOnePlanBothApply() throws Exception {
        TestUser user = api.newUser();
        Plan plan = squat(user);
        String first = training.start(user, plan);
        String second = training.start(user, plan);
        training.completeAllSets(user, first);
        CountDownLatch go = new CountDownLatch(1);

        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            List<Future<Integer>> statuses = List.of(first, second).stream().map(id -> pool.submit(() -> {
                go.await();
                return training.complete(user, id).extract().statusCode();
            })).toList();
            go.countDown();
            for (Future<Integer> status : statuses) {
                assertThat(status.get(60, TimeUnit.SECONDS)).isEqualTo(200);
            }
        }

        // one success (+2.5) and one failure (held, counted), whichever went first
        assertThat(training.planWeights(user, plan, 0)).usingElementComparator(BigDecimal::compareTo)
                .containsExactlyElementsOf(kg("102.5", "102.5", "102.5"));
        assertThat(training.progression(user, plan, plan.exerciseId()).getInt("consecutive_failures"))
                .isIn(0, 1);
    }

    // --- cost

    /** Issue 18: no statement per exercise or set, not even as the rows of one batch. */
    @Test
    void completingASessionOfFortySetsCostsABoundedNumberOfStatements() {
        TestUser user = api.newUser();
        long small = completionCost(user, 2);
        long large = completionCost(user, 8);

        assertThat(large).isLessThanOrEqualTo(17);
        assertThat(large).isEqualTo(small);
    }

    @Test
    void completingASessionOfSixExercisesOfFourSetsCostsAFixedHandfulOfStatements() {
        TestUser user = api.newUser();
        Plan plan = training.plan(user, 6, 4);
        String id = training.start(user, plan);
        training.completeAllSets(user, id);

        long cost = counter.executions(() -> training.complete(user, id).statusCode(200));

        // the account; the session locked, its exercises and sets; the answer's exercise names; its totals; the plan
        // locked (its new targets are not announced), its rules, the slots' targets, the changed targets and the
        // rules' failure counts, one statement each; the progression results, the bests and the new records
        // (inserted, answering what the answer lists), the usage, the completion announced; the session written
        assertThat(cost).isEqualTo(17);
    }

    /** The statements PostgreSQL executes to complete a session of {@code exercises} x 5 completed sets. */
    private long completionCost(TestUser user, int exercises) {
        Plan plan = training.plan(user, exercises, 5);
        String id = training.start(user, plan);
        training.completeAllSets(user, id);
        assertThat(training.setIds(user, id)).hasSize(exercises * 5);

        long cost = counter.executions(() -> training.complete(user, id).statusCode(200));

        JsonPath done = training.session(user, id);
        assertThat(done.getList("progression")).hasSize(exercises);
        assertThat(done.getList("progression.outcome", String.class)).containsOnly("SUCCESS");
        assertThat(training.planWeights(user, plan, exercises - 1)).usingElementComparator(BigDecimal::compareTo)
                .containsOnly(new BigDecimal(40 + exercises - 1).add(new BigDecimal("2.5")));
        return cost;
    }

    // --- usage

    @Test
    void completingCountsTheUseOfEachExerciseWithACompletedSet() {
        TestUser user = api.newUser();
        Plan plan = training.plan(user, new Slot(training.exerciseId(SQUAT), 2, 5, "100"),
                new Slot(training.exerciseId(BENCH_PRESS), 1, 8, "60"));
        String id = training.start(user, plan);
        training.setIdsOf(user, id, plan.slotId()).forEach(set -> training.completeSet(user, id, set));
        training.failSet(user, id, training.setIdsOf(user, id, plan.slotIds().get(1)).getFirst(), 0);

        JsonPath done = training.completed(user, id);

        api.as(user).get("/api/exercises/{id}", plan.exerciseId()).then().statusCode(200)
                .body("usage_count", equalTo(1))
                .body("last_used_at", equalTo(done.getString("ended_at")));
        api.as(user).get("/api/exercises/{id}", plan.exerciseIds().get(1)).then().statusCode(200)
                .body("usage_count", equalTo(0));

        String next = training.start(user, plan);
        training.completeAllSets(user, next);
        training.complete(user, next).statusCode(200);
        api.as(user).get("/api/exercises/{id}", plan.exerciseId()).then().body("usage_count", equalTo(2));
        api.as(user).get("/api/exercises/{id}", plan.exerciseIds().get(1)).then().body("usage_count", equalTo(1));
    }
}

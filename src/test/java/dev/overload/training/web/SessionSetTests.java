package dev.overload.training.web;

import static dev.overload.training.web.TrainingFixture.BENCH_PRESS;
import static dev.overload.training.web.TrainingFixture.PULL_UP;
import static dev.overload.training.web.TrainingFixture.SESSION;
import static dev.overload.training.web.TrainingFixture.SET;
import static dev.overload.training.web.TrainingFixture.SETS;
import static dev.overload.training.web.TrainingFixture.SQUAT;
import static dev.overload.training.web.TrainingFixture.invalid;
import static dev.overload.training.web.TrainingFixture.number;
import static dev.overload.training.web.TrainingFixture.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.overload.Api;
import dev.overload.ApiTest;
import dev.overload.StatementCounter;
import dev.overload.TestUser;
import dev.overload.training.web.TrainingFixture.Plan;
import dev.overload.training.web.TrainingFixture.Slot;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Seed 004's session sets: logging what was done, adding and removing sets, and the session's state. */
@ApiTest
class SessionSetTests {

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
                new Slot(training.exerciseId(BENCH_PRESS), 2, 8, "60"));
    }

    /** A started session of a squat (3 x 5 at 100) and bench (2 x 8 at 60) day. */
    private record Started(TestUser user, Plan plan, String id, List<String> sets) {
    }

    private Started started() {
        TestUser user = api.newUser();
        Plan plan = squatAndBench(user);
        String id = training.start(user, plan);
        return new Started(user, plan, id, training.setIds(user, id));
    }

    // --- reading

    @Test
    void theSetsAreListedExerciseByExerciseAndReadOneByOne() {
        Started s = started();

        api.as(s.user()).get(SETS, s.id()).then().statusCode(200)
                .body("id", contains(s.sets().toArray()))
                .body("set_index", contains(1, 2, 3, 1, 2))
                .body("expected_reps", contains(5, 5, 5, 8, 8));
        api.as(s.user()).get(SET, s.id(), s.sets().get(3)).then().statusCode(200)
                .body("id", equalTo(s.sets().get(3)))
                .body("training_plan_exercise_id", equalTo(s.plan().slotIds().get(1)))
                .body("exercise_id", equalTo(training.exerciseId(BENCH_PRESS)))
                .body("set_index", equalTo(1))
                .body("expected_reps", equalTo(8))
                .body("expected_weight", number("60"))
                .body("actual_reps", nullValue())
                .body("status", equalTo("PENDING"));
        problem(api.as(s.user()).get(SET, s.id(), UUID.randomUUID()).then(), 404);
    }

    @Test
    void aSetOfAnotherSessionIsNotFoundInThisOne() {
        Started s = started();
        String otherSession = training.start(s.user(), s.plan());
        String otherSet = training.setIds(s.user(), otherSession).getFirst();

        problem(api.as(s.user()).get(SET, s.id(), otherSet).then(), 404);
        problem(api.as(s.user()).patch(SET + "/complete", s.id(), otherSet).then(), 404);
        problem(api.as(s.user()).delete(SET, s.id(), otherSet).then(), 404);
    }

    // --- PATCH complete, fail, reset

    @Test
    void completingASetRecordsTheExpectedRepsAndWeightWhenNothingWasRecorded() {
        Started s = started();

        training.completeSet(s.user(), s.id(), s.sets().getFirst())
                .body("id", equalTo(s.sets().getFirst()))
                .body("status", equalTo("COMPLETED"))
                .body("expected_reps", equalTo(5))
                .body("expected_weight", number("100"))
                .body("actual_reps", equalTo(5))
                .body("actual_weight", number("100"))
                .body("completed_at", notNullValue());
    }

    @Test
    void completingASetKeepsWhatWasRecorded() {
        Started s = started();
        String set = s.sets().getFirst();
        training.putSet(s.user(), s.id(), set, Map.of("actual_reps", 7, "actual_weight", 102.5, "rir", 1))
                .statusCode(200)
                .body("status", equalTo("PENDING"));

        training.completeSet(s.user(), s.id(), set)
                .body("status", equalTo("COMPLETED"))
                .body("actual_reps", equalTo(7))
                .body("actual_weight", number("102.5"))
                .body("rir", equalTo(1));
    }

    @Test
    void failingASetRecordsTheRepsDoneDefaultingToNone() {
        Started s = started();

        api.as(s.user()).patch(SET + "/fail", s.id(), s.sets().get(0)).then().statusCode(200)
                .body("status", equalTo("FAILED"))
                .body("actual_reps", equalTo(0))
                .body("actual_weight", number("100"))
                .body("completed_at", notNullValue());
        training.failSet(s.user(), s.id(), s.sets().get(1), 3)
                .body("status", equalTo("FAILED"))
                .body("actual_reps", equalTo(3));
        training.failSet(s.user(), s.id(), s.sets().get(2), 0)
                .body("actual_reps", equalTo(0));
    }

    @Test
    void failedRepsMustBeANonNegativeInteger() {
        Started s = started();
        String set = s.sets().getFirst();

        invalid(api.as(s.user()).queryParam("reps", -1).patch(SET + "/fail", s.id(), set).then(), "reps");
        invalid(api.as(s.user()).queryParam("reps", "two").patch(SET + "/fail", s.id(), set).then(), "reps");
        invalid(api.as(s.user()).queryParam("reps", "2.5").patch(SET + "/fail", s.id(), set).then(), "reps");
        invalid(api.as(s.user()).queryParam("reps", 1001).patch(SET + "/fail", s.id(), set).then(), "reps");
        api.as(s.user()).get(SET, s.id(), set).then().body("status", equalTo("PENDING"));
        api.as(s.user()).get(SESSION, s.id()).then().body("status", equalTo("PENDING"));
    }

    @Test
    void resettingASetMakesItPendingAndClearsItsCompletionTime() {
        Started s = started();
        String set = s.sets().getFirst();
        training.failSet(s.user(), s.id(), set, 4);

        api.as(s.user()).patch(SET + "/reset", s.id(), set).then().statusCode(200)
                .body("status", equalTo("PENDING"))
                .body("completed_at", nullValue())
                .body("actual_reps", equalTo(4));

        training.completeSet(s.user(), s.id(), set)
                .body("status", equalTo("COMPLETED"))
                .body("actual_reps", equalTo(4));
    }

    // --- PUT

    @Test
    void puttingRecordsActualRepsWeightRirAndStatus() {
        Started s = started();
        String set = s.sets().getFirst();

        training.putSet(s.user(), s.id(), set, Map.of("actual_reps", 6, "actual_weight", 97.5, "rir", 2,
                "status", "COMPLETED"))
                .statusCode(200)
                .body("actual_reps", equalTo(6))
                .body("actual_weight", number("97.5"))
                .body("rir", equalTo(2))
                .body("status", equalTo("COMPLETED"))
                .body("completed_at", notNullValue())
                .body("expected_reps", equalTo(5))
                .body("expected_weight", number("100"));
        training.putSet(s.user(), s.id(), set, Map.of("rir", 0)).statusCode(200)
                .body("actual_reps", equalTo(6))
                .body("actual_weight", number("97.5"))
                .body("rir", equalTo(0))
                .body("status", equalTo("COMPLETED"));
        training.putSet(s.user(), s.id(), set, Map.of("status", "SKIPPED")).statusCode(200)
                .body("status", equalTo("SKIPPED"))
                .body("completed_at", nullValue());
        training.putSet(s.user(), s.id(), set, Map.of("status", "PENDING")).statusCode(200)
                .body("status", equalTo("PENDING"));
    }

    @Test
    void puttingASetCompletedTakesWhatWasNotRecordedFromWhatWasExpected() {
        Started s = started();

        training.putSet(s.user(), s.id(), s.sets().get(0), Map.of("status", "COMPLETED")).statusCode(200)
                .body("status", equalTo("COMPLETED"))
                .body("actual_reps", equalTo(5))
                .body("actual_weight", number("100"))
                .body("completed_at", notNullValue());
        training.putSet(s.user(), s.id(), s.sets().get(1), Map.of("actual_weight", 102.5, "status", "COMPLETED"))
                .statusCode(200)
                .body("actual_reps", equalTo(5))
                .body("actual_weight", number("102.5"));
        training.putSet(s.user(), s.id(), s.sets().get(2), Map.of("actual_reps", 2, "status", "FAILED"))
                .statusCode(200)
                .body("status", equalTo("FAILED"))
                .body("actual_reps", equalTo(2))
                .body("actual_weight", number("100"));
    }

    @Test
    void zeroWeightIsBodyweight() {
        TestUser user = api.newUser();
        Plan plan = training.plan(user, new Slot(training.exerciseId(PULL_UP), 2, 8, "0"));
        String id = training.start(user, plan);
        String set = training.setIds(user, id).getFirst();

        training.putSet(user, id, set, Map.of("actual_reps", 10, "actual_weight", 0)).statusCode(200)
                .body("actual_weight", number("0"));
        training.completeSet(user, id, set)
                .body("actual_reps", equalTo(10))
                .body("actual_weight", number("0"));
    }

    @Test
    void puttingValidatesEachBoundAndNamesTheField() {
        Started s = started();
        String set = s.sets().getFirst();

        invalid(training.putSet(s.user(), s.id(), set, Map.of("actual_reps", 0)), "actual_reps");
        invalid(training.putSet(s.user(), s.id(), set, Map.of("actual_reps", 1001)), "actual_reps");
        invalid(training.putSet(s.user(), s.id(), set, Map.of("actual_reps", "many")), "actual_reps");
        invalid(training.putSet(s.user(), s.id(), set, Map.of("actual_weight", -0.5)), "actual_weight");
        invalid(training.putSet(s.user(), s.id(), set, Map.of("actual_weight", 10000.01)), "actual_weight");
        invalid(training.putSet(s.user(), s.id(), set, Map.of("actual_weight", 10.125)), "actual_weight");
        invalid(training.putSet(s.user(), s.id(), set, Map.of("rir", -1)), "rir");
        invalid(training.putSet(s.user(), s.id(), set, Map.of("rir", 11)), "rir");
        invalid(training.putSet(s.user(), s.id(), set, Map.of("status", "DONE")), "status");
        api.as(s.user()).get(SET, s.id(), set).then()
                .body("actual_reps", nullValue())
                .body("actual_weight", nullValue())
                .body("rir", nullValue())
                .body("status", equalTo("PENDING"));

        training.putSet(s.user(), s.id(), set, Map.of("actual_reps", 1, "actual_weight", 0, "rir", 0))
                .statusCode(200);
        training.putSet(s.user(), s.id(), set, Map.of("actual_reps", 1000, "actual_weight", 10000, "rir", 10))
                .statusCode(200)
                .body("actual_reps", equalTo(1000))
                .body("actual_weight", number("10000"))
                .body("rir", equalTo(10));
    }

    // --- POST

    @Test
    void aSetForAPlanExerciseIsAppendedByDefault() {
        Started s = started();

        var created = api.as(s.user())
                .body(Map.of("training_plan_exercise_id", s.plan().slotId(), "expected_reps", 3,
                        "expected_weight", 110))
                .post(SETS, s.id()).then().statusCode(201)
                .body("training_plan_exercise_id", equalTo(s.plan().slotId()))
                .body("exercise_id", equalTo(training.exerciseId(SQUAT)))
                .body("set_index", equalTo(4))
                .body("expected_reps", equalTo(3))
                .body("expected_weight", number("110"))
                .body("status", equalTo("PENDING"))
                .extract();
        String id = created.path("id");

        assertThat(created.header("Location")).endsWith("/api/training-sessions/" + s.id() + "/sets/" + id);
        api.as(s.user()).get(SETS, s.id()).then()
                .body("set_index", contains(1, 2, 3, 4, 1, 2))
                .body("id[3]", equalTo(id));
        api.as(s.user()).get(SESSION, s.id()).then().body("status", equalTo("PENDING"));
    }

    @Test
    void aSetInsertedAtAnIndexMovesTheFollowingOnes() {
        Started s = started();

        String id = api.as(s.user()).body(Map.of("training_plan_exercise_id", s.plan().slotId(), "set_index", 1,
                "expected_reps", 10, "expected_weight", 60))
                .post(SETS, s.id()).then().statusCode(201)
                .body("set_index", equalTo(1))
                .extract().path("id");

        List<String> squatSets = training.setIdsOf(s.user(), s.id(), s.plan().slotId());
        assertThat(squatSets).containsExactly(id, s.sets().get(0), s.sets().get(1), s.sets().get(2));
        api.as(s.user()).get(SETS, s.id()).then().body("set_index", contains(1, 2, 3, 4, 1, 2));
    }

    @Test
    void aSetIndexMustBeWithinTheExercisesSets() {
        Started s = started();

        invalid(api.as(s.user()).body(Map.of("training_plan_exercise_id", s.plan().slotId(), "set_index", 0))
                .post(SETS, s.id()).then(), "set_index");
        invalid(api.as(s.user()).body(Map.of("training_plan_exercise_id", s.plan().slotId(), "set_index", 5))
                .post(SETS, s.id()).then(), "set_index");
        invalid(api.as(s.user()).body(Map.of("training_plan_exercise_id", s.plan().slotId(), "expected_reps", 0))
                .post(SETS, s.id()).then(), "expected_reps");
        invalid(api.as(s.user()).body(Map.of("training_plan_exercise_id", s.plan().slotId(),
                "expected_weight", -1)).post(SETS, s.id()).then(), "expected_weight");
        api.as(s.user()).body(Map.of("training_plan_exercise_id", s.plan().slotId(), "set_index", 4))
                .post(SETS, s.id()).then().statusCode(201).body("set_index", equalTo(4));
    }

    @Test
    void aSetForAnyCatalogExerciseAddsTheExerciseToAnAdHocSession() {
        TestUser user = api.newUser();
        String id = training.startAdHoc(user, "Ad hoc");
        String pullUp = training.exerciseId(PULL_UP);
        String custom = training.customExercise(user, "Ring row");

        api.as(user).body(Map.of("exercise_id", pullUp, "expected_reps", 8, "expected_weight", 0))
                .post(SETS, id).then().statusCode(201)
                .body("exercise_id", equalTo(pullUp))
                .body("training_plan_exercise_id", nullValue())
                .body("set_index", equalTo(1));
        api.as(user).body(Map.of("exercise_id", pullUp)).post(SETS, id).then().statusCode(201)
                .body("set_index", equalTo(2))
                .body("expected_reps", nullValue())
                .body("expected_weight", nullValue());
        api.as(user).body(Map.of("exercise_id", custom)).post(SETS, id).then().statusCode(201)
                .body("set_index", equalTo(1));

        api.as(user).get(SESSION, id).then().statusCode(200)
                .body("exercises.exercise_id", contains(pullUp, custom))
                .body("exercises.order_index", contains(1, 2))
                .body("sets.exercise_id", contains(pullUp, pullUp, custom))
                .body("sets.set_index", contains(1, 2, 1));
    }

    @Test
    void anAdHocExerciseCanJoinAPlanSession() {
        Started s = started();
        String pullUp = training.exerciseId(PULL_UP);

        api.as(s.user()).body(Map.of("exercise_id", pullUp)).post(SETS, s.id()).then().statusCode(201)
                .body("training_plan_exercise_id", nullValue())
                .body("set_index", equalTo(1));

        api.as(s.user()).get(SESSION, s.id()).then()
                .body("exercises", hasSize(3))
                .body("exercises[2].exercise_id", equalTo(pullUp))
                .body("sets", hasSize(6));
    }

    @Test
    void anUnknownOrInvisibleExerciseIsNotFound() {
        TestUser user = api.newUser();
        TestUser other = api.newUser();
        String id = training.startAdHoc(user, "Ad hoc");
        String othersExercise = training.customExercise(other, "Private move");

        problem(api.as(user).body(Map.of("exercise_id", UUID.randomUUID().toString())).post(SETS, id).then(), 404);
        problem(api.as(user).body(Map.of("exercise_id", othersExercise)).post(SETS, id).then(), 404);
        api.as(user).get(SESSION, id).then().body("sets", hasSize(0)).body("exercises", hasSize(0));
    }

    @Test
    void aSetNeedsAnExerciseOfTheSessionOrOfTheCatalog() {
        Started s = started();
        Plan otherPlan = squatAndBench(s.user());

        invalid(api.as(s.user()).body(Map.of("expected_reps", 5)).post(SETS, s.id()).then(), "exercise_id");
        invalid(api.as(s.user()).body(Map.of("training_plan_exercise_id", otherPlan.slotId()))
                .post(SETS, s.id()).then(), "training_plan_exercise_id");
        invalid(api.as(s.user()).body(Map.of("exercise_id", "squat")).post(SETS, s.id()).then(), "exercise_id");
        api.as(s.user()).get(SETS, s.id()).then().body("$", hasSize(5));
    }

    // --- DELETE

    @Test
    void deletingASetMovesTheFollowingSetsOfItsExerciseUp() {
        Started s = started();

        api.as(s.user()).delete(SET, s.id(), s.sets().get(0)).then().statusCode(204);

        problem(api.as(s.user()).get(SET, s.id(), s.sets().get(0)).then(), 404);
        api.as(s.user()).get(SETS, s.id()).then().statusCode(200)
                .body("id", contains(s.sets().get(1), s.sets().get(2), s.sets().get(3), s.sets().get(4)))
                .body("set_index", contains(1, 2, 1, 2));
        problem(api.as(s.user()).delete(SET, s.id(), s.sets().get(0)).then(), 404);

        api.as(s.user()).delete(SET, s.id(), s.sets().get(2)).then().statusCode(204);
        api.as(s.user()).get(SETS, s.id()).then()
                .body("id", contains(s.sets().get(1), s.sets().get(3), s.sets().get(4)))
                .body("set_index", contains(1, 1, 2));
    }

    // --- the session's state

    @Test
    void theFirstLoggedSetPutsTheSessionInProgress() {
        Started s = started();
        api.as(s.user()).get(SESSION, s.id()).then().body("status", equalTo("PENDING"))
                .body("started_at", nullValue());

        training.completeSet(s.user(), s.id(), s.sets().getFirst());

        JsonPath session = training.session(s.user(), s.id());
        assertThat(session.getString("status")).isEqualTo("IN_PROGRESS");
        assertThat(session.getString("started_at")).isNotNull();
        assertThat(session.getString("ended_at")).isNull();
        String startedAt = session.getString("started_at");

        training.failSet(s.user(), s.id(), s.sets().get(1), 1);
        assertThat(training.session(s.user(), s.id()).getString("started_at")).isEqualTo(startedAt);
    }

    @Test
    void eachWayOfLoggingStartsTheSession() {
        for (String how : List.of("fail", "reset", "put")) {
            Started s = started();
            String set = s.sets().getFirst();
            ValidatableResponse response = switch (how) {
                case "fail" -> api.as(s.user()).patch(SET + "/fail", s.id(), set).then();
                case "reset" -> api.as(s.user()).patch(SET + "/reset", s.id(), set).then();
                default -> training.putSet(s.user(), s.id(), set, Map.of("actual_reps", 5));
            };
            response.statusCode(200);
            api.as(s.user()).get(SESSION, s.id()).then().body("status", equalTo("IN_PROGRESS"))
                    .body("started_at", notNullValue());
        }
    }

    @Test
    void onlyOneSessionIsInProgressAtATime() {
        TestUser user = api.newUser();
        Plan plan = squatAndBench(user);
        String first = training.start(user, plan);
        String second = training.start(user, plan);
        training.completeSet(user, first, training.setIds(user, first).getFirst());
        String secondSet = training.setIds(user, second).getFirst();

        problem(api.as(user).patch(SET + "/complete", second, secondSet).then(), 409);
        problem(api.as(user).patch(SET + "/fail", second, secondSet).then(), 409);
        problem(training.putSet(user, second, secondSet, Map.of("actual_reps", 5)), 409);
        problem(api.as(user).body(Map.of("status", "IN_PROGRESS")).put(SESSION, second).then(), 409);
        api.as(user).get(SESSION, second).then().body("status", equalTo("PENDING"))
                .body("sets.status", everyItem(equalTo("PENDING")));
        // the session in progress itself goes on
        training.completeSet(user, first, training.setIds(user, first).get(1));

        training.complete(user, first).statusCode(200);
        training.completeSet(user, second, secondSet);
        api.as(user).get(SESSION, second).then().body("status", equalTo("IN_PROGRESS"));
    }

    @Test
    void twoSessionsStartedAtTheSameMomentLeaveOneInProgress() throws Exception {
        TestUser user = api.newUser();
        Plan plan = squatAndBench(user);
        List<String> sessions = List.of(training.start(user, plan), training.start(user, plan));
        List<String> firstSets = sessions.stream().map(id -> training.setIds(user, id).getFirst()).toList();
        CountDownLatch go = new CountDownLatch(1);
        List<Integer> statuses = new ArrayList<>();

        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                String session = sessions.get(i);
                String set = firstSets.get(i);
                answers.add(pool.submit(() -> {
                    go.await();
                    return api.as(user).patch(SET + "/complete", session, set).then().extract().statusCode();
                }));
            }
            go.countDown();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(60, TimeUnit.SECONDS));
            }
        }

        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        List<String> states = sessions.stream()
                .map(id -> training.session(user, id).getString("status")).toList();
        assertThat(states).containsExactlyInAnyOrder("IN_PROGRESS", "PENDING");
    }

    @Test
    void loggingASetCostsAFixedHandfulOfStatements() {
        TestUser user = api.newUser();
        String session = training.start(user, squatAndBench(user));
        List<String> sets = training.setIds(user, session);
        long first = statements.count(() -> training.completeSet(user, session, sets.getFirst()));

        long cost = statements.count(() -> training.completeSet(user, session, sets.get(1)));

        // read the caller's account (the token check), lock the session reading the set with its exercise, write
        // the set (and start the session, for the first)
        assertThat(first).isEqualTo(3);
        assertThat(cost).isEqualTo(3);
    }

    @Test
    void theFirstSetsLoggedAtTheSameMomentAllCount() throws Exception {
        TestUser user = api.newUser();
        String session = training.start(user, squatAndBench(user));
        List<String> sets = training.setIds(user, session);
        CountDownLatch go = new CountDownLatch(1);
        List<Integer> statuses = new ArrayList<>();

        try (ExecutorService pool = Executors.newFixedThreadPool(sets.size())) {
            List<Future<Integer>> answers = new ArrayList<>();
            for (String set : sets) {
                answers.add(pool.submit(() -> {
                    go.await();
                    return api.as(user).patch(SET + "/complete", session, set).then().extract().statusCode();
                }));
            }
            go.countDown();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(60, TimeUnit.SECONDS));
            }
        }

        assertThat(statuses).containsOnly(200);
        api.as(user).get(SESSION, session).then()
                .body("status", equalTo("IN_PROGRESS"))
                .body("sets.status", everyItem(equalTo("COMPLETED")));
    }

    @Test
    void anotherUsersSessionInProgressDoesNotBlockMine() {
        TestUser user = api.newUser();
        TestUser other = api.newUser();
        String mine = training.start(user, squatAndBench(user));
        String theirs = training.start(other, squatAndBench(other));
        training.completeSet(other, theirs, training.setIds(other, theirs).getFirst());

        training.completeSet(user, mine, training.setIds(user, mine).getFirst());
        api.as(user).get(SESSION, mine).then().body("status", equalTo("IN_PROGRESS"));
    }

    @Test
    void aCancelledSessionNoLongerCountsAsInProgress() {
        TestUser user = api.newUser();
        Plan plan = squatAndBench(user);
        String first = training.start(user, plan);
        String second = training.start(user, plan);
        training.completeSet(user, first, training.setIds(user, first).getFirst());

        api.as(user).body(Map.of("status", "CANCELLED")).put(SESSION, first).then().statusCode(200);

        training.completeSet(user, second, training.setIds(user, second).getFirst());
        api.as(user).get(SESSION, second).then().body("status", equalTo("IN_PROGRESS"));
    }

    @Test
    void theSetsOfACompletedSessionCannotChange() {
        Started s = started();
        training.completeSet(s.user(), s.id(), s.sets().getFirst());
        training.complete(s.user(), s.id()).statusCode(200);

        assertSetsFrozen(s);
    }

    @Test
    void theSetsOfACancelledSessionCannotChange() {
        Started s = started();
        training.completeSet(s.user(), s.id(), s.sets().getFirst());
        api.as(s.user()).body(Map.of("status", "CANCELLED")).put(SESSION, s.id()).then().statusCode(200);

        assertSetsFrozen(s);
    }

    private void assertSetsFrozen(Started s) {
        TestUser user = s.user();
        String done = s.sets().getFirst();
        String pending = s.sets().get(1);
        problem(api.as(user).patch(SET + "/complete", s.id(), pending).then(), 409);
        problem(api.as(user).patch(SET + "/fail", s.id(), pending).then(), 409);
        problem(api.as(user).patch(SET + "/reset", s.id(), done).then(), 409);
        problem(training.putSet(user, s.id(), pending, Map.of("actual_reps", 5, "status", "COMPLETED")), 409);
        problem(api.as(user).delete(SET, s.id(), pending).then(), 409);
        problem(api.as(user).body(Map.of("training_plan_exercise_id", s.plan().slotId())).post(SETS, s.id()).then(),
                409);
        problem(api.as(user).body(Map.of("exercise_id", training.exerciseId(PULL_UP))).post(SETS, s.id())
                .then(), 409);

        api.as(user).get(SETS, s.id()).then()
                .body("$", hasSize(5))
                .body("status", contains("COMPLETED", "PENDING", "PENDING", "PENDING", "PENDING"));
    }
}

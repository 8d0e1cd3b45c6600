package dev.overload.training.web;

import static dev.overload.training.web.TrainingFixture.BENCH_PRESS;
import static dev.overload.training.web.TrainingFixture.SESSION;
import static dev.overload.training.web.TrainingFixture.SQUAT;
import static dev.overload.training.web.TrainingFixture.invalid;
import static dev.overload.training.web.TrainingFixture.number;
import static dev.overload.training.web.TrainingFixture.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.overload.Api;
import dev.overload.ApiTest;
import dev.overload.TestUser;
import dev.overload.training.web.TrainingFixture.Plan;
import dev.overload.training.web.TrainingFixture.Slot;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Personal records, an exercise's history, and a session's results and analysis. */
@ApiTest
class PersonalRecordTests {

    private static final String RECORDS = "/api/personal-records";
    private static final String HISTORY = "/api/exercises/{exerciseId}/history";

    @Autowired
    Api api;

    private TrainingFixture training;

    @Autowired
    void fixture(Api api) {
        training = new TrainingFixture(api);
    }

    private Plan squat(TestUser user) {
        return training.plan(user, new Slot(training.exerciseId(SQUAT), 3, 5, "100"));
    }

    private Plan squatAndBench(TestUser user) {
        return training.plan(user, new Slot(training.exerciseId(SQUAT), 3, 5, "100"),
                new Slot(training.exerciseId(BENCH_PRESS), 2, 8, "60"));
    }

    /** A session of the plan with each set recorded as given ("reps x kg"; "fail" fails it, "-" leaves it). */
    private String session(TestUser user, Plan plan, String... sets) {
        String id = training.start(user, plan);
        List<String> setIds = training.setIds(user, id);
        for (int i = 0; i < sets.length; i++) {
            String set = sets[i];
            if (set.equals("-")) {
                continue;
            }
            if (set.equals("fail")) {
                training.failSet(user, id, setIds.get(i), 1);
                continue;
            }
            String[] parts = set.split("x");
            training.putSet(user, id, setIds.get(i), Map.of("actual_reps", Integer.parseInt(parts[0].strip()),
                    "actual_weight", new java.math.BigDecimal(parts[1].strip()), "status", "COMPLETED"))
                    .statusCode(200);
        }
        return id;
    }

    private String completedSession(TestUser user, Plan plan, String... sets) {
        String id = session(user, plan, sets);
        training.complete(user, id).statusCode(200);
        return id;
    }

    // --- GET /api/personal-records

    @Test
    void aFirstSessionSetsTheFirstRecordOfEachType() {
        TestUser user = api.newUser();
        Plan plan = squat(user);
        String id = completedSession(user, plan, "5x100", "6x100", "8x90");
        String squat = plan.exerciseId();
        List<String> sets = training.setIds(user, id);

        api.as(user).get(RECORDS).then().statusCode(200)
                .header("X-Total-Count", "6")
                .body("type", containsInAnyOrder("HEAVIEST_WEIGHT", "BEST_ESTIMATED_1RM", "BEST_SET_VOLUME",
                        "BEST_SESSION_VOLUME", "MOST_REPS_AT_WEIGHT", "MOST_REPS_AT_WEIGHT"))
                .body("exercise_id", everyItem(equalTo(squat)))
                .body("exercise_name", everyItem(equalTo(SQUAT)))
                .body("training_session_id", everyItem(equalTo(id)))
                .body("achieved_at", everyItem(notNullValue()))
                .body("find { it.type == 'HEAVIEST_WEIGHT' }.value", number("100"))
                .body("find { it.type == 'HEAVIEST_WEIGHT' }.session_set_id", equalTo(sets.get(0)))
                .body("find { it.type == 'BEST_SET_VOLUME' }.value", number("720"))
                .body("find { it.type == 'BEST_SET_VOLUME' }.session_set_id", equalTo(sets.get(2)))
                .body("find { it.type == 'BEST_SESSION_VOLUME' }.value", number("1820"))
                .body("find { it.type == 'BEST_SESSION_VOLUME' }.session_set_id", nullValue())
                // Epley: 6 at 100 kg estimates 120, more than 8 at 90 kg (114)
                .body("find { it.type == 'BEST_ESTIMATED_1RM' }.value", number("120"))
                .body("find { it.type == 'BEST_ESTIMATED_1RM' }.session_set_id", equalTo(sets.get(1)))
                .body("findAll { it.type == 'MOST_REPS_AT_WEIGHT' }.weight", containsInAnyOrder(number("100"),
                        number("90")))
                .body("find { it.type == 'MOST_REPS_AT_WEIGHT' && it.weight == 100 }.value", number("6"))
                .body("find { it.type == 'MOST_REPS_AT_WEIGHT' && it.weight == 90 }.value", number("8"));
    }

    @Test
    void aHeavierSessionSetsANewHeaviestWeightAndTheListShowsOnlyTheBest() {
        TestUser user = api.newUser();
        Plan plan = squat(user);
        String first = completedSession(user, plan, "5x100", "5x100", "5x100");
        String second = completedSession(user, plan, "5x105", "5x100", "5x100");

        api.as(user).queryParam("type", "HEAVIEST_WEIGHT").get(RECORDS).then().statusCode(200)
                .header("X-Total-Count", "1")
                .body("value", contains(number("105")))
                .body("training_session_id", contains(second));
        api.as(user).queryParam("type", "BEST_SESSION_VOLUME").get(RECORDS).then()
                .body("value", contains(number("1525")))
                .body("training_session_id", contains(second));
        // equalling a record is not a record: five reps at 100 still belong to the first session
        api.as(user).queryParam("type", "MOST_REPS_AT_WEIGHT").get(RECORDS).then()
                .header("X-Total-Count", "2")
                .body("find { it.weight == 100 }.training_session_id", equalTo(first))
                .body("find { it.weight == 105 }.training_session_id", equalTo(second));
        // newest first
        api.as(user).get(RECORDS).then()
                .body("training_session_id[0]", equalTo(second));
    }

    @Test
    void aLighterSessionSetsNoNewWeightRecord() {
        TestUser user = api.newUser();
        Plan plan = squat(user);
        String first = completedSession(user, plan, "5x100", "5x100", "5x100");

        String second = completedSession(user, plan, "5x90", "5x90", "5x90");

        api.as(user).queryParam("type", "HEAVIEST_WEIGHT").get(RECORDS).then()
                .body("training_session_id", contains(first));
        JsonPath secondRecords = training.session(user, second);
        assertThat(secondRecords.getList("personal_records.type", String.class))
                .containsExactly("MOST_REPS_AT_WEIGHT");
    }

    @Test
    void recordsFilterByExerciseAndType() {
        TestUser user = api.newUser();
        Plan plan = squatAndBench(user);
        training.runSession(user, plan, true);
        String bench = plan.exerciseIds().get(1);

        api.as(user).queryParam("exercise_id", bench).get(RECORDS).then().statusCode(200)
                .header("X-Total-Count", "5")
                .body("exercise_id", everyItem(equalTo(bench)))
                .body("exercise_name", everyItem(equalTo(BENCH_PRESS)));
        api.as(user).queryParams(Map.of("exercise_id", bench, "type", "best_set_volume")).get(RECORDS).then()
                .header("X-Total-Count", "1")
                .body("value", contains(number("480")))
                .body("weight", contains(number("60")))
                .body("reps", contains(8));
        api.as(user).queryParams(Map.of("type", "HEAVIEST_WEIGHT", "limit", 1)).get(RECORDS).then()
                .header("X-Total-Count", "2")
                .body("$", hasSize(1));
        api.as(user).queryParams(Map.of("type", "HEAVIEST_WEIGHT", "limit", 1, "offset", 1)).get(RECORDS).then()
                .header("X-Total-Count", "2")
                .body("$", hasSize(1));
        api.as(user).queryParams(Map.of("offset", 10)).get(RECORDS).then()
                .header("X-Total-Count", "10")
                .body("$", empty());
        api.as(user).queryParam("exercise_id", training.exerciseId(TrainingFixture.PULL_UP)).get(RECORDS)
                .then().header("X-Total-Count", "0").body("$", empty());
        invalid(api.as(user).queryParam("type", "STRONGEST").get(RECORDS).then(), "type");
        invalid(api.as(user).queryParam("exercise_id", "squat").get(RECORDS).then(), "exercise_id");
        invalid(api.as(user).queryParam("limit", 101).get(RECORDS).then(), "limit");
    }

    @Test
    void recordsAreEachUsersOwn() {
        TestUser user = api.newUser();
        TestUser other = api.newUser();
        completedSession(user, squat(user), "5x100", "5x100", "5x100");

        api.as(other).get(RECORDS).then().statusCode(200).header("X-Total-Count", "0").body("$", empty());
    }

    @Test
    void failedSetsWithRepsCountAndUntouchedSetsDoNot() {
        TestUser user = api.newUser();
        Plan plan = squat(user);
        // the failed set was one rep at the planned 100 kg
        completedSession(user, plan, "5x80", "fail", "-");

        api.as(user).queryParam("type", "HEAVIEST_WEIGHT").get(RECORDS).then()
                .body("value", contains(number("100")))
                .body("reps", contains(1));
    }

    // --- GET /api/exercises/{id}/history

    @Test
    void theHistoryListsCompletedSetsNewestFirstAndPages() {
        TestUser user = api.newUser();
        Plan plan = squat(user);
        String first = completedSession(user, plan, "5x100", "5x100", "fail");
        String second = completedSession(user, plan, "6x102.5", "5x102.5", "4x102.5");
        List<String> firstSets = training.setIds(user, first);
        List<String> secondSets = training.setIds(user, second);

        api.as(user).get(HISTORY, plan.exerciseId()).then().statusCode(200)
                .header("X-Total-Count", "5")
                .body("set_id", contains(secondSets.get(2), secondSets.get(1), secondSets.get(0), firstSets.get(1),
                        firstSets.get(0)))
                .body("session_id", contains(second, second, second, first, first))
                .body("session_title", everyItem(equalTo("Day A")))
                .body("set_index", contains(3, 2, 1, 2, 1))
                .body("reps", contains(4, 5, 6, 5, 5))
                .body("weight", contains(number("102.5"), number("102.5"), number("102.5"), number("100"),
                        number("100")))
                .body("estimated_one_rep_max[2]", number("123"))
                .body("weight_unit", everyItem(equalTo("KG")))
                .body("completed_at", everyItem(notNullValue()))
                .body("session_date", everyItem(notNullValue()));
        api.as(user).queryParams(Map.of("limit", 2, "offset", 3)).get(HISTORY, plan.exerciseId()).then()
                .header("X-Total-Count", "5")
                .body("set_id", contains(firstSets.get(1), firstSets.get(0)));
        api.as(user).queryParams(Map.of("offset", 5)).get(HISTORY, plan.exerciseId()).then()
                .header("X-Total-Count", "5")
                .body("$", empty());
    }

    @Test
    void theHistoryLeavesOutCancelledSessionsAndOtherUsers() {
        TestUser user = api.newUser();
        TestUser other = api.newUser();
        Plan plan = squat(user);
        String cancelled = session(user, plan, "5x100");
        api.as(user).body(Map.of("status", "CANCELLED")).put(SESSION, cancelled).then().statusCode(200);
        completedSession(other, squat(other), "5x100", "5x100", "5x100");

        api.as(user).get(HISTORY, plan.exerciseId()).then().statusCode(200)
                .header("X-Total-Count", "0")
                .body("$", empty());
    }

    @Test
    void theHistoryOfAnotherUsersCustomExerciseIsNotFound() {
        TestUser user = api.newUser();
        TestUser other = api.newUser();
        String mine = training.customExercise(user, "My move");
        String theirs = training.customExercise(other, "Their move");

        api.as(user).get(HISTORY, mine).then().statusCode(200).header("X-Total-Count", "0");
        problem(api.as(user).get(HISTORY, theirs).then(), 404);
        problem(api.as(user).get(HISTORY, UUID.randomUUID()).then(), 404);
        invalid(api.as(user).queryParam("limit", 0).get(HISTORY, mine).then(), "limit");
    }

    // --- GET /api/training-sessions/{id}/results

    @Test
    void resultsSumTheCompletedSetsOfEachExercise() {
        TestUser user = api.newUser();
        Plan plan = squatAndBench(user);
        String id = session(user, plan, "5x100", "6x100", "fail", "-", "-");
        List<String> sets = training.setIds(user, id);

        api.as(user).get(SESSION + "/results", id).then().statusCode(200)
                .body("$", hasSize(2))
                .body("exercise_id", contains(plan.exerciseIds().toArray()))
                .body("exercise_name", contains(SQUAT, BENCH_PRESS))
                .body("sets_planned", contains(3, 2))
                .body("sets_achieved", contains(2, 0))
                .body("reps_achieved", contains(11, 0))
                .body("total_weight_lifted", contains(number("1100"), number("0")))
                .body("weight_unit", everyItem(equalTo("KG")))
                .body("[0].best_set.set_id", equalTo(sets.get(1)))
                .body("[0].best_set.reps", equalTo(6))
                .body("[0].best_set.weight", number("100"))
                .body("[0].best_set.estimated_one_rep_max", number("120"))
                .body("[1].best_set", nullValue());

        training.complete(user, id).statusCode(200);
        api.as(user).get(SESSION + "/results", id).then().statusCode(200)
                .body("total_weight_lifted", contains(number("1100"), number("0")));
    }

    @Test
    void anAdHocSessionHasResultsPerExercise() {
        TestUser user = api.newUser();
        String id = training.startAdHoc(user, "Quick");
        String pullUp = training.exerciseId(TrainingFixture.PULL_UP);
        String set = api.as(user).body(Map.of("exercise_id", pullUp)).post(TrainingFixture.SETS, id)
                .then().statusCode(201).extract().path("id");
        training.putSet(user, id, set, Map.of("actual_reps", 12, "actual_weight", 0, "status", "COMPLETED"));

        api.as(user).get(SESSION + "/results", id).then().statusCode(200)
                .body("exercise_id", contains(pullUp))
                .body("sets_achieved", contains(1))
                .body("reps_achieved", contains(12))
                .body("total_weight_lifted", contains(number("0")));
        api.as(user).get(SESSION + "/results", training.startAdHoc(user, "Empty")).then().statusCode(200)
                .body("$", empty());
    }

    // --- GET /api/training-sessions/{id}/analysis

    @Test
    void analysisComparesWithThePreviousCompletedSession() {
        TestUser user = api.newUser();
        Plan plan = squat(user);
        String squat = plan.exerciseId();

        String first = completedSession(user, plan, "5x100", "5x100", "5x100");
        api.as(user).get(SESSION + "/analysis", first).then().statusCode(200)
                .body("$", hasSize(1))
                .body("[0].exercise_id", equalTo(squat))
                .body("[0].exercise_name", equalTo(SQUAT))
                .body("[0].verdict", equalTo("first_time"))
                .body("[0].previous_session_id", nullValue())
                .body("[0].strength_change", nullValue())
                .body("[0].reps_at_weight_change", nullValue())
                .body("[0].sets_at_weight_and_reps_change", nullValue())
                .body("[0].strength", nullValue());

        String second = completedSession(user, plan, "5x102.5", "5x102.5", "5x102.5");
        api.as(user).get(SESSION + "/analysis", second).then().statusCode(200)
                .body("[0].previous_session_id", equalTo(first))
                .body("[0].strength_change", number("2.5"))
                .body("[0].compared_weight", number("100"))
                .body("[0].reps_at_weight_change", equalTo(0))
                .body("[0].sets_at_weight_and_reps_change", equalTo(0))
                .body("[0].strength", equalTo("improved"))
                .body("[0].reps_at_weight", equalTo("held"))
                .body("[0].sets_at_weight_and_reps", equalTo("held"))
                .body("[0].verdict", equalTo("improved"))
                .body("[0].weight_unit", equalTo("KG"));

        String third = completedSession(user, plan, "5x102.5", "5x102.5", "5x102.5");
        api.as(user).get(SESSION + "/analysis", third).then().statusCode(200)
                .body("[0].previous_session_id", equalTo(second))
                .body("[0].strength_change", number("0"))
                .body("[0].strength", equalTo("held"))
                .body("[0].reps_at_weight", equalTo("held"))
                .body("[0].sets_at_weight_and_reps", equalTo("held"))
                .body("[0].verdict", equalTo("held"));

        String fourth = completedSession(user, plan, "4x102.5", "4x102.5", "fail");
        api.as(user).get(SESSION + "/analysis", fourth).then().statusCode(200)
                .body("[0].previous_session_id", equalTo(third))
                .body("[0].reps_at_weight_change", equalTo(-1))
                .body("[0].sets_at_weight_and_reps_change", equalTo(-1))
                .body("[0].reps_at_weight", equalTo("regressed"))
                .body("[0].sets_at_weight_and_reps", equalTo("regressed"))
                .body("[0].verdict", equalTo("regressed"));

        // earlier sessions keep comparing with what came before them
        api.as(user).get(SESSION + "/analysis", second).then().body("[0].previous_session_id", equalTo(first));
    }

    @Test
    void analysisOfASessionInProgressComparesWithTheLastCompletedOneOnly() {
        TestUser user = api.newUser();
        Plan plan = squat(user);
        String done = completedSession(user, plan, "5x100", "5x100", "5x100");
        String cancelled = session(user, plan, "8x120");
        api.as(user).body(Map.of("status", "CANCELLED")).put(SESSION, cancelled).then().statusCode(200);

        String current = session(user, plan, "6x100");

        api.as(user).get(SESSION + "/analysis", current).then().statusCode(200)
                .body("[0].previous_session_id", equalTo(done))
                .body("[0].strength", equalTo("held"))
                .body("[0].reps_at_weight_change", equalTo(1))
                .body("[0].verdict", equalTo("improved"));
    }

    @Test
    void analysisIsPerUser() {
        TestUser user = api.newUser();
        TestUser other = api.newUser();
        completedSession(other, squat(other), "5x200", "5x200", "5x200");

        String mine = completedSession(user, squat(user), "5x100", "5x100", "5x100");

        api.as(user).get(SESSION + "/analysis", mine).then().body("[0].verdict", equalTo("first_time"));
    }
}

package dev.overload.training.web;

import static dev.overload.training.web.TrainingFixture.BENCH_PRESS;
import static dev.overload.training.web.TrainingFixture.PROGRESSION;
import static dev.overload.training.web.TrainingFixture.SQUAT;
import static dev.overload.training.web.TrainingFixture.invalid;
import static dev.overload.training.web.TrainingFixture.kg;
import static dev.overload.training.web.TrainingFixture.numbers;
import static dev.overload.training.web.TrainingFixture.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import dev.overload.Api;
import dev.overload.ApiTest;
import dev.overload.TestUser;
import dev.overload.training.web.TrainingFixture.Plan;
import dev.overload.training.web.TrainingFixture.Slot;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.ListAssert;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Automatic progression as a lifter meets it: completing sessions moves the plan's targets and the rule's
 * failure count, and the next session brings the new targets.
 */
@ApiTest
class ProgressionWalkTests {

    @Autowired
    Api api;

    private TrainingFixture training;

    @Autowired
    void fixture(Api api) {
        training = new TrainingFixture(api);
    }

    private static final Map<String, Object> LINEAR = Map.of("weight_increment", 2.5,
            "failure_count_for_deload", 3, "deload_percentage", 10, "deload_strategy", "PROPORTIONAL");

    private static ListAssert<BigDecimal> assertWeights(List<BigDecimal> weights) {
        return assertThat(weights).usingElementComparator(BigDecimal::compareTo);
    }

    private Plan squat(TestUser user, String... weights) {
        return training.plan(user, new Slot(training.exerciseId(SQUAT), 5, weights));
    }

    @Test
    void successThenThreeFailuresIncreasesHoldsTwiceAndDeloads() {
        TestUser user = api.newUser();
        Plan plan = squat(user, "100", "100", "100");
        String squat = plan.exerciseId();
        training.configure(user, plan, squat, LINEAR);

        // 1: success
        JsonPath first = training.runSession(user, plan, true);
        assertThat(first.getString("status")).isEqualTo("COMPLETED");
        assertThat(first.getList("progression")).hasSize(1);
        assertThat(first.getString("progression[0].exercise_id")).isEqualTo(squat);
        assertThat(first.getString("progression[0].outcome")).isEqualTo("SUCCESS");
        assertThat(first.getInt("progression[0].consecutive_failures")).isZero();
        assertThat(first.getBoolean("progression[0].deloaded")).isFalse();
        assertWeights(first.getList("progression[0].weights_before", BigDecimal.class))
                .containsExactlyElementsOf(kg("100", "100", "100"));
        assertWeights(first.getList("progression[0].weights_after", BigDecimal.class))
                .containsExactlyElementsOf(kg("102.5", "102.5", "102.5"));
        assertWeights(training.planWeights(user, plan, 0)).containsExactlyElementsOf(kg("102.5", "102.5", "102.5"));
        assertThat(training.progression(user, plan, squat).getInt("consecutive_failures")).isZero();

        // 2: failure — held, counted
        JsonPath second = runExpecting(user, plan, false, "102.5");
        assertThat(second.getString("progression[0].outcome")).isEqualTo("FAILURE");
        assertThat(second.getInt("progression[0].consecutive_failures")).isEqualTo(1);
        assertWeights(training.planWeights(user, plan, 0)).containsExactlyElementsOf(kg("102.5", "102.5", "102.5"));
        assertThat(training.progression(user, plan, squat).getInt("consecutive_failures")).isEqualTo(1);

        // 3: failure — held, counted
        runExpecting(user, plan, false, "102.5");
        assertWeights(training.planWeights(user, plan, 0)).containsExactlyElementsOf(kg("102.5", "102.5", "102.5"));
        assertThat(training.progression(user, plan, squat).getInt("consecutive_failures")).isEqualTo(2);

        // 4: the third failure in a row deloads by 10 % and starts counting again
        JsonPath fourth = runExpecting(user, plan, false, "102.5");
        assertThat(fourth.getBoolean("progression[0].deloaded")).isTrue();
        assertThat(fourth.getInt("progression[0].consecutive_failures")).isZero();
        assertWeights(fourth.getList("progression[0].weights_after", BigDecimal.class))
                .containsExactlyElementsOf(kg("92.25", "92.25", "92.25"));
        assertWeights(training.planWeights(user, plan, 0)).containsExactlyElementsOf(kg("92.25", "92.25", "92.25"));
        assertThat(training.progression(user, plan, squat).getInt("consecutive_failures")).isZero();

        // the next session brings the deloaded targets
        String next = training.start(user, plan);
        assertWeights(training.session(user, next).getList("sets.expected_weight", BigDecimal.class))
                .containsExactlyElementsOf(kg("92.25", "92.25", "92.25"));
    }

    /** Runs a session after checking that its sets expect {@code expected} kg. */
    private JsonPath runExpecting(TestUser user, Plan plan, boolean success, String expected) {
        String id = training.start(user, plan);
        List<BigDecimal> weights = training.session(user, id).getList("sets.expected_weight", BigDecimal.class);
        assertWeights(weights).containsOnly(new BigDecimal(expected));
        List<String> sets = training.setIds(user, id);
        for (int i = 0; i < sets.size(); i++) {
            if (!success && i == sets.size() - 1) {
                training.failSet(user, id, sets.get(i), 3);
            } else {
                training.completeSet(user, id, sets.get(i));
            }
        }
        return training.completed(user, id);
    }

    @Test
    void aReferenceSetDeloadSetsEverySetBelowTheReferenceSet() {
        TestUser user = api.newUser();
        Plan plan = squat(user, "100", "90", "80");
        training.configure(user, plan, plan.exerciseId(), Map.of("failure_count_for_deload", 1,
                "deload_percentage", 10, "deload_strategy", "REFERENCE_SET", "reference_set_index", 2));

        JsonPath session = training.runSession(user, plan, false);

        assertThat(session.getBoolean("progression[0].deloaded")).isTrue();
        assertWeights(training.planWeights(user, plan, 0)).containsExactlyElementsOf(kg("81", "81", "81"));
        assertThat(training.progression(user, plan, plan.exerciseId()).getInt("consecutive_failures")).isZero();
    }

    @Test
    void aCustomDeloadOnlyRecordsTheDeload() {
        TestUser user = api.newUser();
        Plan plan = squat(user, "100", "95");
        training.configure(user, plan, plan.exerciseId(), Map.of("failure_count_for_deload", 2,
                "deload_strategy", "CUSTOM"));

        training.runSession(user, plan, false);
        assertThat(training.progression(user, plan, plan.exerciseId()).getInt("consecutive_failures")).isEqualTo(1);
        JsonPath second = training.runSession(user, plan, false);

        assertThat(second.getBoolean("progression[0].deloaded")).isTrue();
        assertThat(second.getInt("progression[0].consecutive_failures")).isZero();
        assertWeights(training.planWeights(user, plan, 0)).containsExactlyElementsOf(kg("100", "95"));
        assertThat(training.progression(user, plan, plan.exerciseId()).getInt("consecutive_failures")).isZero();
    }

    @Test
    void withoutARuleTheDefaultsApplyAndTheRuleIsCreated() {
        TestUser user = api.newUser();
        Plan plan = squat(user, "60", "60");
        problem(api.as(user).get(PROGRESSION, plan.id(), plan.exerciseId()).then(), 404);

        training.runSession(user, plan, true);

        assertWeights(training.planWeights(user, plan, 0)).containsExactlyElementsOf(kg("62.5", "62.5"));
        JsonPath rule = training.progression(user, plan, plan.exerciseId());
        assertThat(rule.getInt("consecutive_failures")).isZero();
        assertThat(rule.getString("deload_strategy")).isEqualTo("PROPORTIONAL");
    }

    @Test
    void newTargetsAreRoundedToAQuarterKilogram() {
        TestUser user = api.newUser();
        Plan plan = squat(user, "100", "50");
        training.configure(user, plan, plan.exerciseId(), Map.of("weight_increment", 1.1));

        training.runSession(user, plan, true);

        assertWeights(training.planWeights(user, plan, 0)).containsExactlyElementsOf(kg("101", "51"));
    }

    // --- what counts as success

    @Test
    void aSetLeftPendingCountsAsAFailure() {
        TestUser user = api.newUser();
        Plan plan = squat(user, "100", "100", "100");
        String id = training.start(user, plan);
        List<String> sets = training.setIds(user, id);
        training.completeSet(user, id, sets.get(0));
        training.completeSet(user, id, sets.get(1));

        JsonPath done = training.completed(user, id);

        assertThat(done.getString("progression[0].outcome")).isEqualTo("FAILURE");
        assertWeights(training.planWeights(user, plan, 0)).containsExactlyElementsOf(kg("100", "100", "100"));
        assertThat(training.progression(user, plan, plan.exerciseId()).getInt("consecutive_failures")).isEqualTo(1);
    }

    @Test
    void aSkippedSetCountsAsAFailure() {
        TestUser user = api.newUser();
        Plan plan = squat(user, "100", "100");
        String id = training.start(user, plan);
        List<String> sets = training.setIds(user, id);
        training.completeSet(user, id, sets.get(0));
        training.putSet(user, id, sets.get(1), Map.of("status", "SKIPPED")).statusCode(200);

        assertThat(training.completed(user, id).getString("progression[0].outcome")).isEqualTo("FAILURE");
        assertThat(training.progression(user, plan, plan.exerciseId()).getInt("consecutive_failures")).isEqualTo(1);
    }

    @Test
    void aSessionCompletedWithNothingLoggedIsAFailure() {
        TestUser user = api.newUser();
        Plan plan = squat(user, "100");
        String id = training.start(user, plan);

        assertThat(training.completed(user, id).getString("progression[0].outcome")).isEqualTo("FAILURE");
        assertWeights(training.planWeights(user, plan, 0)).containsExactlyElementsOf(kg("100"));
    }

    @Test
    void fewerRepsThanExpectedIsAFailure() {
        assertOutcome(Map.of("actual_reps", 4, "actual_weight", 100, "status", "COMPLETED"), "FAILURE");
        assertOutcome(Map.of("actual_reps", 4, "status", "COMPLETED"), "FAILURE");
    }

    @Test
    void lessWeightThanExpectedIsAFailure() {
        assertOutcome(Map.of("actual_reps", 5, "actual_weight", 97.5, "status", "COMPLETED"), "FAILURE");
        assertOutcome(Map.of("actual_weight", 97.5, "status", "COMPLETED"), "FAILURE");
    }

    @Test
    void aSetPutCompletedWithoutValuesIsDoneAsExpected() {
        assertOutcome(Map.of("status", "COMPLETED"), "SUCCESS");
    }

    @Test
    void moreRepsAndMoreWeightThanExpectedIsASuccess() {
        assertOutcome(Map.of("actual_reps", 8, "actual_weight", 105, "status", "COMPLETED"), "SUCCESS");
    }

    @Test
    void exactlyTheTargetIsASuccess() {
        assertOutcome(Map.of("actual_reps", 5, "actual_weight", 100, "status", "COMPLETED"), "SUCCESS");
    }

    /** A session of 2 x 5 at 100 with the first set completed as expected and the second recorded as given. */
    private void assertOutcome(Map<String, Object> secondSet, String outcome) {
        TestUser user = api.newUser();
        Plan plan = squat(user, "100", "100");
        String id = training.start(user, plan);
        List<String> sets = training.setIds(user, id);
        training.completeSet(user, id, sets.get(0));
        training.putSet(user, id, sets.get(1), secondSet).statusCode(200);

        JsonPath done = training.completed(user, id);

        assertThat(done.getString("progression[0].outcome")).isEqualTo(outcome);
        assertWeights(training.planWeights(user, plan, 0)).containsExactlyElementsOf(
                outcome.equals("SUCCESS") ? kg("102.5", "102.5") : kg("100", "100"));
    }

    @Test
    void eachExerciseProgressesOnItsOwn() {
        TestUser user = api.newUser();
        Plan plan = training.plan(user, new Slot(training.exerciseId(SQUAT), 2, 5, "100"),
                new Slot(training.exerciseId(BENCH_PRESS), 2, 8, "60"));
        String id = training.start(user, plan);
        List<String> squatSets = training.setIdsOf(user, id, plan.slotIds().get(0));
        List<String> benchSets = training.setIdsOf(user, id, plan.slotIds().get(1));
        squatSets.forEach(set -> training.completeSet(user, id, set));
        training.completeSet(user, id, benchSets.get(0));
        training.failSet(user, id, benchSets.get(1), 6);

        JsonPath done = training.completed(user, id);

        assertThat(done.getList("progression.exercise_id")).containsExactly(plan.exerciseIds().toArray());
        assertThat(done.getList("progression.outcome")).containsExactly("SUCCESS", "FAILURE");
        assertWeights(training.planWeights(user, plan, 0)).containsExactlyElementsOf(kg("102.5", "102.5"));
        assertWeights(training.planWeights(user, plan, 1)).containsExactlyElementsOf(kg("60", "60"));
        assertThat(training.progression(user, plan, plan.exerciseIds().get(1)).getInt("consecutive_failures"))
                .isEqualTo(1);
    }

    @Test
    void anAdHocExerciseInAPlanSessionMovesNoTargets() {
        TestUser user = api.newUser();
        Plan plan = squat(user, "100");
        String bench = training.exerciseId(BENCH_PRESS);
        String id = training.start(user, plan);
        String extra = api.as(user).body(Map.of("exercise_id", bench, "expected_reps", 5, "expected_weight", 50))
                .post(TrainingFixture.SETS, id).then().statusCode(201).extract().path("id");
        training.completeAllSets(user, id);

        JsonPath done = training.completed(user, id);

        assertThat(extra).isNotNull();
        assertThat(done.getList("progression.exercise_id")).containsExactly(plan.exerciseId());
        problem(api.as(user).get(PROGRESSION, plan.id(), bench).then(), 404);
    }

    // --- preview

    @Test
    void aPreviewShowsTheWeightsOfTheNextSessionsAndChangesNothing() {
        TestUser user = api.newUser();
        Plan plan = squat(user, "100", "100", "100");
        training.configure(user, plan, plan.exerciseId(), LINEAR);
        String lastUpdated = training.progression(user, plan, plan.exerciseId()).getString("last_updated");

        api.as(user).body(Map.of("outcomes", List.of("SUCCESS", "FAILURE", "FAILURE", "FAILURE", "SUCCESS")))
                .post(PROGRESSION + "/preview", plan.id(), plan.exerciseId()).then().statusCode(200)
                .body("exercise_id", equalTo(plan.exerciseId()))
                .body("weight_unit", equalTo("KG"))
                .body("steps", hasSize(5))
                .body("steps.outcome", contains("SUCCESS", "FAILURE", "FAILURE", "FAILURE", "SUCCESS"))
                .body("steps.consecutive_failures", contains(0, 1, 2, 0, 0))
                .body("steps.deloaded", contains(false, false, false, true, false))
                .body("steps[0].weights", numbers("102.5", "102.5", "102.5"))
                .body("steps[1].weights", numbers("102.5", "102.5", "102.5"))
                .body("steps[2].weights", numbers("102.5", "102.5", "102.5"))
                .body("steps[3].weights", numbers("92.25", "92.25", "92.25"))
                .body("steps[4].weights", numbers("94.75", "94.75", "94.75"));

        assertWeights(training.planWeights(user, plan, 0)).containsExactlyElementsOf(kg("100", "100", "100"));
        JsonPath rule = training.progression(user, plan, plan.exerciseId());
        assertThat(rule.getInt("consecutive_failures")).isZero();
        assertThat(rule.getString("last_updated")).isEqualTo(lastUpdated);
    }

    @Test
    void aPreviewStartsFromTheCurrentFailureCount() {
        TestUser user = api.newUser();
        Plan plan = squat(user, "100");
        training.configure(user, plan, plan.exerciseId(), LINEAR);
        training.runSession(user, plan, false);
        training.runSession(user, plan, false);

        api.as(user).body(Map.of("outcomes", List.of("FAILURE")))
                .post(PROGRESSION + "/preview", plan.id(), plan.exerciseId()).then().statusCode(200)
                .body("steps[0].deloaded", equalTo(true))
                .body("steps[0].weights", numbers("90"));
        assertThat(training.progression(user, plan, plan.exerciseId()).getInt("consecutive_failures")).isEqualTo(2);
    }

    @Test
    void aPreviewNeedsAnExerciseOfMyPlanAndValidOutcomes() {
        TestUser user = api.newUser();
        TestUser other = api.newUser();
        Plan plan = squat(user, "100");
        String bench = training.exerciseId(BENCH_PRESS);
        Map<String, Object> body = Map.of("outcomes", List.of("SUCCESS"));

        problem(api.as(user).body(body).post(PROGRESSION + "/preview", plan.id(), bench).then(), 404);
        problem(api.as(user).body(body).post(PROGRESSION + "/preview", plan.id(), UUID.randomUUID()).then(), 404);
        problem(api.as(other).body(body).post(PROGRESSION + "/preview", plan.id(), plan.exerciseId()).then(), 404);
        problem(api.as(user).body(body).post(PROGRESSION + "/preview", UUID.randomUUID(), plan.exerciseId()).then(),
                404);
        invalid(api.as(user).body(Map.of("outcomes", List.of("SUCCESS", "maybe")))
                .post(PROGRESSION + "/preview", plan.id(), plan.exerciseId()).then(), "outcomes[1]");
        invalid(api.as(user).body(Map.of("outcomes", List.of()))
                .post(PROGRESSION + "/preview", plan.id(), plan.exerciseId()).then(), "outcomes");
        invalid(api.as(user).body(Map.of()).post(PROGRESSION + "/preview", plan.id(), plan.exerciseId()).then(),
                "outcomes");
        invalid(api.as(user).body(Map.of("outcomes", java.util.Collections.nCopies(21, "SUCCESS")))
                .post(PROGRESSION + "/preview", plan.id(), plan.exerciseId()).then(), "outcomes");
    }
}

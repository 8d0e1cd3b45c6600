package dev.overload.training.web;

import static dev.overload.training.web.TrainingFixture.SESSION;
import static dev.overload.training.web.TrainingFixture.SQUAT;
import static dev.overload.training.web.TrainingFixture.number;
import static dev.overload.training.web.TrainingFixture.numbers;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

import dev.overload.Api;
import dev.overload.ApiTest;
import dev.overload.TestUser;
import dev.overload.training.web.TrainingFixture.Plan;
import dev.overload.training.web.TrainingFixture.Slot;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A lifter who weighs in pounds sees and enters every session weight in pounds. */
@ApiTest
class TrainingWeightUnitTests {

    @Autowired
    Api api;

    private TrainingFixture training;

    @Autowired
    void fixture(Api api) {
        training = new TrainingFixture(api);
    }

    private TestUser poundsUser() {
        TestUser user = api.newUser();
        api.as(user).body(Map.of("weight_unit", "LB")).patch("/api/users/me").then().statusCode(200)
                .body("weight_unit", equalTo("LB"));
        return user;
    }

    @Test
    void expectedAndActualWeightsAreInPounds() {
        TestUser user = poundsUser();
        Plan plan = training.plan(user, new Slot(training.exerciseId(SQUAT), 3, 5, "225"));
        String id = training.start(user, plan);
        List<String> sets = training.setIds(user, id);

        api.as(user).get(SESSION, id).then().statusCode(200)
                .body("weight_unit", equalTo("LB"))
                .body("sets.expected_weight", numbers("225", "225", "225"));
        training.completeSet(user, id, sets.get(0))
                .body("actual_weight", number("225"));
        training.putSet(user, id, sets.get(1), Map.of("actual_weight", 230, "status", "COMPLETED")).statusCode(200)
                .body("actual_weight", number("230"))
                .body("expected_weight", number("225"));
        api.as(user).body(Map.of("exercise_id", plan.exerciseId(), "expected_weight", 135.5, "expected_reps", 10))
                .post(TrainingFixture.SETS, id).then().statusCode(201)
                .body("expected_weight", number("135.5"));
    }

    @Test
    void recordsHistoryResultsAndProgressionAreInPounds() {
        TestUser user = poundsUser();
        Plan plan = training.plan(user, new Slot(training.exerciseId(SQUAT), 2, 5, "225"));
        String id = training.start(user, plan);
        List<String> sets = training.setIds(user, id);
        training.completeSet(user, id, sets.get(0));
        training.putSet(user, id, sets.get(1), Map.of("actual_weight", 230, "status", "COMPLETED")).statusCode(200);

        training.complete(user, id).statusCode(200)
                .body("progression[0].weights_before", numbers("225", "225"))
                .body("personal_records.find { it.type == 'HEAVIEST_WEIGHT' }.value", number("230"))
                .body("personal_records.find { it.type == 'HEAVIEST_WEIGHT' }.weight", number("230"))
                .body("personal_records.find { it.type == 'BEST_SET_VOLUME' }.value", number("1150"))
                .body("personal_records.find { it.type == 'BEST_ESTIMATED_1RM' }.value", number("268.33"))
                .body("personal_records.find { it.type == 'MOST_REPS_AT_WEIGHT' && it.weight == 225 }.value",
                        number("5"));
        api.as(user).queryParam("type", "HEAVIEST_WEIGHT").get("/api/personal-records").then().statusCode(200)
                .body("value", contains(number("230")));
        api.as(user).get("/api/exercises/{id}/history", plan.exerciseId()).then().statusCode(200)
                .body("weight", contains(number("230"), number("225")))
                .body("weight_unit", everyItem(equalTo("LB")));
        api.as(user).get(SESSION + "/results", id).then().statusCode(200)
                .body("[0].weight_unit", equalTo("LB"))
                .body("[0].best_set.weight", number("230"))
                .body("[0].reps_achieved", equalTo(10));
        api.as(user).get(TrainingFixture.PROGRESSION, plan.id(), plan.exerciseId()).then().statusCode(200)
                .body("weight_unit", equalTo("LB"));
    }

    /**
     * Known bug, not fixed here: weights are stored as kilograms rounded to grams (numeric(8,3)), so 225 lb is
     * kept as 102.058 kg and 15 reps of it add up to 1530.870 kg, which reads back as 3374.99 lb. Volumes in
     * pounds drift by up to 0.0011 lb per rep; fixing it needs more precise weight storage (a migration of
     * the plan and session weight columns) or volumes summed in the user's unit.
     */
    @Test
    void aWholeSessionOfPoundsAddsUpInPounds() {
        TestUser user = poundsUser();
        Plan plan = training.plan(user, new Slot(training.exerciseId(SQUAT), 3, 5, "225"));
        String id = training.start(user, plan);
        training.completeAllSets(user, id);

        training.complete(user, id).statusCode(200)
                .body("personal_records.find { it.type == 'BEST_SESSION_VOLUME' }.value", number("3375"));
        api.as(user).get(SESSION + "/results", id).then().statusCode(200)
                .body("[0].total_weight_lifted", number("3375"));
    }
}

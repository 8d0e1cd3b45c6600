package dev.overload.planning.web;

import static dev.overload.planning.web.PlanApi.SET;
import static dev.overload.planning.web.PlanApi.SETS;
import static dev.overload.planning.web.PlanApi.SQUAT;
import static dev.overload.planning.web.PlanApi.day;
import static dev.overload.planning.web.PlanApi.exercise;
import static dev.overload.planning.web.PlanApi.set;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import dev.overload.Api;
import dev.overload.ApiTest;
import dev.overload.TestUser;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/** Seed 004's target sets of a plan exercise: reps and weight, in a dense 1..n {@code set_index} order. */
@ApiTest
class PlanSetTests {

    @Autowired
    Api api;

    PlanApi plans;

    @BeforeEach
    void setUp() {
        plans = new PlanApi(api);
    }

    /** A plan with one day holding one exercise without sets. */
    record Slot(TestUser user, String planId, String dayId, String exerciseId) {
    }

    private Slot slot() {
        TestUser user = api.newUser();
        String planId = plans.createPlan(user, "Plan");
        String dayId = plans.addDay(user, planId, "Day");
        return new Slot(user, planId, dayId, plans.addExercise(user, planId, dayId, plans.exercise(SQUAT)));
    }

    @Test
    void aSetWithoutSetIndexIsAppended() {
        Slot slot = slot();

        var created = api.as(slot.user())
                .body(Map.of("expected_reps", 5, "expected_weight", 102.5, "expected_duration_seconds", 40,
                        "expected_rir", 2))
                .post(SETS, slot.planId(), slot.dayId(), slot.exerciseId())
                .then().statusCode(201)
                .contentType("application/json")
                .body("set_index", equalTo(1))
                .body("expected_reps", equalTo(5))
                .body("expected_duration_seconds", equalTo(40))
                .body("expected_rir", equalTo(2))
                .body("training_plan_exercise_id", equalTo(slot.exerciseId()))
                .extract();
        assertThat(PlanApi.decimal(created.response(), "expected_weight"), comparesEqualTo(new BigDecimal("102.5")));
        String first = created.path("id");
        assertThat(created.header("Location"), endsWith("/exercises/" + slot.exerciseId() + "/sets/" + first));
        String second = api.as(slot.user()).body(Map.of("expected_reps", 3, "expected_weight", 110))
                .post(SETS, slot.planId(), slot.dayId(), slot.exerciseId())
                .then().statusCode(201)
                .body("set_index", equalTo(2))
                .body("expected_duration_seconds", nullValue())
                .body("expected_rir", nullValue())
                .extract().path("id");

        expectSets(slot, first, second);
        api.as(slot.user()).get(SETS, slot.planId(), slot.dayId(), slot.exerciseId())
                .then().statusCode(200)
                .contentType("application/json")
                .header("X-Total-Count", "2");
        api.as(slot.user()).get(SET, slot.planId(), slot.dayId(), slot.exerciseId(), first)
                .then().statusCode(200)
                .body("id", equalTo(first))
                .body("expected_reps", equalTo(5))
                .body("expected_rir", equalTo(2));
    }

    @Test
    void aSetInsertedAtAnIndexShiftsTheFollowingOnes() {
        Slot slot = slot();
        List<String> s = addSets(slot, 3);

        String x = insert(slot, 1);
        expectSets(slot, x, s.get(0), s.get(1), s.get(2));
        String y = insert(slot, 4);
        expectSets(slot, x, s.get(0), s.get(1), y, s.get(2));
        String z = insert(slot, 6);
        expectSets(slot, x, s.get(0), s.get(1), y, s.get(2), z);
    }

    @ParameterizedTest(name = "set_index {0}")
    @ValueSource(ints = {0, -1, 4, 51})
    void insertingOutsideOneToCountPlusOneIsRefusedNamingSetIndex(int setIndex) {
        Slot slot = slot();
        List<String> s = addSets(slot, 2);

        api.as(slot.user()).body(Map.of("expected_reps", 5, "expected_weight", 50, "set_index", setIndex))
                .post(SETS, slot.planId(), slot.dayId(), slot.exerciseId())
                .then().statusCode(400)
                .body("errors.field", hasItem("set_index"));
        expectSets(slot, s.get(0), s.get(1));
    }

    @Test
    void movingASetReindexesTheOthers() {
        Slot slot = slot();
        List<String> s = addSets(slot, 4);

        api.as(slot.user()).body(Map.of("set_index", 1))
                .put(SET, slot.planId(), slot.dayId(), slot.exerciseId(), s.get(2))
                .then().statusCode(200)
                .body("id", equalTo(s.get(2)))
                .body("set_index", equalTo(1));
        expectSets(slot, s.get(2), s.get(0), s.get(1), s.get(3));

        api.as(slot.user()).body(Map.of("set_index", 4))
                .put(SET, slot.planId(), slot.dayId(), slot.exerciseId(), s.get(2))
                .then().statusCode(200);
        expectSets(slot, s.get(0), s.get(1), s.get(3), s.get(2));
    }

    @ParameterizedTest(name = "set_index {0}")
    @ValueSource(ints = {0, 3})
    void movingOutsideOneToCountIsRefusedAndChangesNothing(int setIndex) {
        Slot slot = slot();
        List<String> s = addSets(slot, 2);

        api.as(slot.user()).body(Map.of("expected_reps", 20, "set_index", setIndex))
                .put(SET, slot.planId(), slot.dayId(), slot.exerciseId(), s.get(0))
                .then().statusCode(400)
                .body("errors.field", hasItem("set_index"));
        expectSets(slot, s.get(0), s.get(1));
        api.as(slot.user()).get(SET, slot.planId(), slot.dayId(), slot.exerciseId(), s.get(0))
                .then().body("expected_reps", equalTo(1));
    }

    @Test
    void deletingASetClosesTheGap() {
        Slot slot = slot();
        List<String> s = addSets(slot, 4);

        api.as(slot.user()).delete(SET, slot.planId(), slot.dayId(), slot.exerciseId(), s.get(1))
                .then().statusCode(204);
        expectSets(slot, s.get(0), s.get(2), s.get(3));
        api.as(slot.user()).delete(SET, slot.planId(), slot.dayId(), slot.exerciseId(), s.get(0))
                .then().statusCode(204);
        expectSets(slot, s.get(2), s.get(3));

        api.as(slot.user()).get(SET, slot.planId(), slot.dayId(), slot.exerciseId(), s.get(0))
                .then().statusCode(404);
        api.as(slot.user()).delete(SET, slot.planId(), slot.dayId(), slot.exerciseId(), s.get(0))
                .then().statusCode(404);
    }

    @Test
    void puttingChangesTheGivenFieldsAndKeepsTheOthers() {
        Slot slot = slot();
        String setId = api.as(slot.user())
                .body(Map.of("expected_reps", 5, "expected_weight", 100, "expected_duration_seconds", 30,
                        "expected_rir", 2))
                .post(SETS, slot.planId(), slot.dayId(), slot.exerciseId())
                .then().statusCode(201).extract().path("id");
        addSets(slot, 1);

        api.as(slot.user()).body(Map.of("expected_reps", 8))
                .put(SET, slot.planId(), slot.dayId(), slot.exerciseId(), setId)
                .then().statusCode(200)
                .body("expected_reps", equalTo(8))
                .body("expected_weight", equalTo(100))
                .body("expected_duration_seconds", equalTo(30))
                .body("expected_rir", equalTo(2))
                .body("set_index", equalTo(1));
        api.as(slot.user()).body(Map.of("expected_weight", 0, "expected_rir", 0))
                .put(SET, slot.planId(), slot.dayId(), slot.exerciseId(), setId)
                .then().statusCode(200)
                .body("expected_reps", equalTo(8))
                .body("expected_weight", equalTo(0))
                .body("expected_rir", equalTo(0))
                .body("expected_duration_seconds", equalTo(30));

        api.as(slot.user()).get(SET, slot.planId(), slot.dayId(), slot.exerciseId(), setId)
                .then().statusCode(200)
                .body("expected_reps", equalTo(8))
                .body("expected_weight", equalTo(0))
                .body("expected_rir", equalTo(0))
                .body("expected_duration_seconds", equalTo(30))
                .body("set_index", equalTo(1));
    }

    @Test
    void aWeightOfZeroMeansBodyweightAndIsAllowed() {
        Slot slot = slot();

        api.as(slot.user()).body(Map.of("expected_reps", 12, "expected_weight", 0))
                .post(SETS, slot.planId(), slot.dayId(), slot.exerciseId())
                .then().statusCode(201)
                .body("expected_weight", equalTo(0));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
            "expected_reps, 1", "expected_reps, 1000",
            "expected_weight, 10000", "expected_weight, 0.25",
            "expected_duration_seconds, 1", "expected_duration_seconds, 36000",
            "expected_rir, 0", "expected_rir, 10"})
    void boundaryValuesAreAccepted(String field, String value) {
        Slot slot = slot();
        Map<String, Object> body = new java.util.HashMap<>(Map.of("expected_reps", 5, "expected_weight", 20));
        body.put(field, new BigDecimal(value));

        var response = api.as(slot.user()).body(body).post(SETS, slot.planId(), slot.dayId(), slot.exerciseId())
                .then().statusCode(201).extract().response();
        assertThat(PlanApi.decimal(response, field), comparesEqualTo(new BigDecimal(value)));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
            "expected_reps, 0", "expected_reps, 1001", "expected_reps, -5",
            "expected_weight, -0.5", "expected_weight, 10000.5", "expected_weight, 12.345",
            "expected_duration_seconds, 0", "expected_duration_seconds, 36001",
            "expected_rir, -1", "expected_rir, 11"})
    void valuesOutOfRangeAreRefusedNamingTheField(String field, String value) {
        Slot slot = slot();
        String setId = plans.addSet(slot.user(), slot.planId(), slot.dayId(), slot.exerciseId(), 5, 20);
        Map<String, Object> body = new java.util.HashMap<>(Map.of("expected_reps", 5, "expected_weight", 20));
        body.put(field, new BigDecimal(value));

        api.as(slot.user()).body(body).post(SETS, slot.planId(), slot.dayId(), slot.exerciseId())
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(field));
        api.as(slot.user()).body(Map.of(field, new BigDecimal(value)))
                .put(SET, slot.planId(), slot.dayId(), slot.exerciseId(), setId)
                .then().statusCode(400)
                .body("errors.field", hasItem(field));
        api.as(slot.user()).get(SETS, slot.planId(), slot.dayId(), slot.exerciseId())
                .then().body("id", contains(setId))
                .body("expected_reps", contains(5))
                .body("expected_weight", contains(20));
    }

    @Test
    void repsAndWeightAreRequired() {
        Slot slot = slot();

        api.as(slot.user()).body(Map.of("expected_weight", 20))
                .post(SETS, slot.planId(), slot.dayId(), slot.exerciseId())
                .then().statusCode(400).body("errors.field", hasItem("expected_reps"));
        api.as(slot.user()).body(Map.of("expected_reps", 5)).post(SETS, slot.planId(), slot.dayId(), slot.exerciseId())
                .then().statusCode(400).body("errors.field", hasItem("expected_weight"));
    }

    @Test
    void anExerciseHasAtMostFiftySets() {
        TestUser user = api.newUser();
        String planId = plans.createPlan(user, "Plan");
        var tree = plans.replace(user, planId, "Plan", List.of(day("Day", exercise(plans.exercise(SQUAT),
                IntStream.rangeClosed(1, 50).mapToObj(i -> set(i, 20)).toList()))));
        String dayId = tree.getString("days[0].id");
        String exerciseId = tree.getString("days[0].exercises[0].id");

        api.as(user).body(Map.of("expected_reps", 5, "expected_weight", 20)).post(SETS, planId, dayId, exerciseId)
                .then().statusCode(409)
                .contentType("application/problem+json");
        api.as(user).get(SETS, planId, dayId, exerciseId).then().body("set_index.size()", equalTo(50));
    }

    @Test
    void aSetOfAnotherExerciseIsNotFoundUnderThisOne() {
        Slot slot = slot();
        String otherExercise = plans.addExercise(slot.user(), slot.planId(), slot.dayId(), plans.exercise(SQUAT));
        String setId = plans.addSet(slot.user(), slot.planId(), slot.dayId(), otherExercise, 5, 20);

        api.as(slot.user()).get(SET, slot.planId(), slot.dayId(), slot.exerciseId(), setId).then().statusCode(404);
        api.as(slot.user()).body(Map.of("expected_reps", 1))
                .put(SET, slot.planId(), slot.dayId(), slot.exerciseId(), setId).then().statusCode(404);
        api.as(slot.user()).delete(SET, slot.planId(), slot.dayId(), slot.exerciseId(), setId).then().statusCode(404);
        api.as(slot.user()).get(SETS, slot.planId(), slot.dayId(), UUID.randomUUID()).then().statusCode(404);
        api.as(slot.user()).get(SET, slot.planId(), slot.dayId(), otherExercise, setId)
                .then().statusCode(200).body("expected_reps", equalTo(5));
    }

    /** Sets with reps 1, 2, 3… so each can be told apart. */
    private List<String> addSets(Slot slot, int count) {
        List<String> ids = new ArrayList<>();
        int existing = api.as(slot.user()).get(SETS, slot.planId(), slot.dayId(), slot.exerciseId())
                .then().extract().path("size()");
        for (int i = 1; i <= count; i++) {
            ids.add(plans.addSet(slot.user(), slot.planId(), slot.dayId(), slot.exerciseId(), existing + i, 20));
        }
        return ids;
    }

    private String insert(Slot slot, int setIndex) {
        return api.as(slot.user()).body(Map.of("expected_reps", 99, "expected_weight", 10, "set_index", setIndex))
                .post(SETS, slot.planId(), slot.dayId(), slot.exerciseId())
                .then().statusCode(201)
                .body("set_index", equalTo(setIndex))
                .extract().path("id");
    }

    private void expectSets(Slot slot, String... setIds) {
        Integer[] positions = IntStream.rangeClosed(1, setIds.length).boxed().toArray(Integer[]::new);
        api.as(slot.user()).get(SETS, slot.planId(), slot.dayId(), slot.exerciseId())
                .then().statusCode(200)
                .body("id", contains(setIds))
                .body("set_index", contains(positions));
    }
}

package dev.overload.planning.web;

import static dev.overload.planning.web.PlanApi.BENCH;
import static dev.overload.planning.web.PlanApi.CURL;
import static dev.overload.planning.web.PlanApi.DEADLIFT;
import static dev.overload.planning.web.PlanApi.EXERCISE;
import static dev.overload.planning.web.PlanApi.EXERCISES;
import static dev.overload.planning.web.PlanApi.PLANK;
import static dev.overload.planning.web.PlanApi.PULL_UP;
import static dev.overload.planning.web.PlanApi.SQUAT;
import static dev.overload.planning.web.PlanApi.day;
import static dev.overload.planning.web.PlanApi.exercise;
import static dev.overload.planning.web.PlanApi.set;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import dev.overload.Api;
import dev.overload.ApiTest;
import dev.overload.TestUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/** Seed 004's exercises of a plan day: catalog exercises in a dense 1..n order. */
@ApiTest
class PlanExerciseTests {

    @Autowired
    Api api;

    PlanApi plans;

    @BeforeEach
    void setUp() {
        plans = new PlanApi(api);
    }

    @Test
    void anExerciseWithoutOrderIndexIsAppended() {
        TestUser user = api.newUser();
        String planId = plans.createPlan(user, "Plan");
        String dayId = plans.addDay(user, planId, "Day");
        String squat = plans.exercise(SQUAT);

        var created = api.as(user).body(Map.of("exercise_id", squat, "rest_time", 180, "notes", "Belt on"))
                .post(EXERCISES, planId, dayId)
                .then().statusCode(201)
                .contentType("application/json")
                .body("exercise_id", equalTo(squat))
                .body("exercise_name", equalTo(SQUAT))
                .body("order_index", equalTo(1))
                .body("training_plan_day_id", equalTo(dayId))
                .body("rest_time", equalTo(180))
                .body("notes", equalTo("Belt on"))
                .body("sets", empty())
                .extract();
        String first = created.path("id");
        assertThat(created.header("Location"), endsWith("/days/" + dayId + "/exercises/" + first));
        String second = api.as(user).body(Map.of("exercise_id", plans.exercise(BENCH)))
                .post(EXERCISES, planId, dayId)
                .then().statusCode(201)
                .body("order_index", equalTo(2))
                .body("rest_time", nullValue())
                .body("notes", nullValue())
                .extract().path("id");

        expectExercises(user, planId, dayId, first, second);
        api.as(user).get(EXERCISE, planId, dayId, first)
                .then().statusCode(200)
                .body("id", equalTo(first))
                .body("exercise_id", equalTo(squat))
                .body("rest_time", equalTo(180));
        api.as(user).get(EXERCISES, planId, dayId)
                .then().statusCode(200)
                .header("X-Total-Count", "2")
                .body("id", contains(first, second));
    }

    @Test
    void anExerciseInsertedAtAPositionShiftsTheFollowingOnes() {
        TestUser user = api.newUser();
        String planId = plans.createPlan(user, "Plan");
        String dayId = plans.addDay(user, planId, "Day");
        List<String> slots = addExercises(user, planId, dayId, 3);

        String x = insert(user, planId, dayId, 1);
        expectExercises(user, planId, dayId, x, slots.get(0), slots.get(1), slots.get(2));

        String y = insert(user, planId, dayId, 3);
        expectExercises(user, planId, dayId, x, slots.get(0), y, slots.get(1), slots.get(2));

        String z = insert(user, planId, dayId, 6);
        expectExercises(user, planId, dayId, x, slots.get(0), y, slots.get(1), slots.get(2), z);
    }

    @ParameterizedTest(name = "order_index {0}")
    @ValueSource(ints = {0, -2, 4, 31})
    void insertingOutsideOneToCountPlusOneIsRefusedNamingOrderIndex(int orderIndex) {
        TestUser user = api.newUser();
        String planId = plans.createPlan(user, "Plan");
        String dayId = plans.addDay(user, planId, "Day");
        List<String> slots = addExercises(user, planId, dayId, 2);

        api.as(user).body(Map.of("exercise_id", plans.exercise(PLANK), "order_index", orderIndex))
                .post(EXERCISES, planId, dayId)
                .then().statusCode(400)
                .body("errors.field", hasItem("order_index"));
        expectExercises(user, planId, dayId, slots.toArray(String[]::new));
    }

    @Test
    void movingAnExerciseReindexesTheOthers() {
        TestUser user = api.newUser();
        String planId = plans.createPlan(user, "Plan");
        String dayId = plans.addDay(user, planId, "Day");
        List<String> s = addExercises(user, planId, dayId, 4);

        api.as(user).body(Map.of("order_index", 1)).put(EXERCISE, planId, dayId, s.get(3))
                .then().statusCode(200)
                .body("id", equalTo(s.get(3)))
                .body("order_index", equalTo(1));
        expectExercises(user, planId, dayId, s.get(3), s.get(0), s.get(1), s.get(2));

        api.as(user).body(Map.of("order_index", 3)).put(EXERCISE, planId, dayId, s.get(3)).then().statusCode(200);
        expectExercises(user, planId, dayId, s.get(0), s.get(1), s.get(3), s.get(2));

        api.as(user).body(Map.of("order_index", 4)).put(EXERCISE, planId, dayId, s.get(0)).then().statusCode(200);
        expectExercises(user, planId, dayId, s.get(1), s.get(3), s.get(2), s.get(0));
    }

    @ParameterizedTest(name = "order_index {0}")
    @ValueSource(ints = {0, 4})
    void movingOutsideOneToCountIsRefusedAndChangesNothing(int orderIndex) {
        TestUser user = api.newUser();
        String planId = plans.createPlan(user, "Plan");
        String dayId = plans.addDay(user, planId, "Day");
        List<String> s = addExercises(user, planId, dayId, 3);

        api.as(user).body(Map.of("notes", "changed", "order_index", orderIndex))
                .put(EXERCISE, planId, dayId, s.get(0))
                .then().statusCode(400)
                .body("errors.field", hasItem("order_index"));
        expectExercises(user, planId, dayId, s.get(0), s.get(1), s.get(2));
        api.as(user).get(EXERCISE, planId, dayId, s.get(0)).then().body("notes", nullValue());
    }

    @Test
    void deletingAnExerciseClosesTheGap() {
        TestUser user = api.newUser();
        String planId = plans.createPlan(user, "Plan");
        String dayId = plans.addDay(user, planId, "Day");
        List<String> s = addExercises(user, planId, dayId, 4);

        api.as(user).delete(EXERCISE, planId, dayId, s.get(1)).then().statusCode(204);
        expectExercises(user, planId, dayId, s.get(0), s.get(2), s.get(3));

        api.as(user).delete(EXERCISE, planId, dayId, s.get(0)).then().statusCode(204);
        expectExercises(user, planId, dayId, s.get(2), s.get(3));

        api.as(user).get(EXERCISE, planId, dayId, s.get(0)).then().statusCode(404);
        api.as(user).delete(EXERCISE, planId, dayId, s.get(0)).then().statusCode(404);
    }

    @Test
    void eachDayKeepsItsOwnOrder() {
        TestUser user = api.newUser();
        String planId = plans.createPlan(user, "Plan");
        String monday = plans.addDay(user, planId, "Mon");
        String friday = plans.addDay(user, planId, "Fri");
        List<String> mon = addExercises(user, planId, monday, 2);
        List<String> fri = addExercises(user, planId, friday, 2);

        api.as(user).delete(EXERCISE, planId, monday, mon.get(0)).then().statusCode(204);

        expectExercises(user, planId, monday, mon.get(1));
        expectExercises(user, planId, friday, fri.get(0), fri.get(1));
        api.as(user).get(EXERCISE, planId, monday, fri.get(0)).then().statusCode(404);
        api.as(user).body(Map.of("order_index", 1)).put(EXERCISE, planId, monday, fri.get(1))
                .then().statusCode(404);
    }

    @Test
    void puttingSwapsTheExerciseAndChangesRestAndNotesKeepingTheRest() {
        TestUser user = api.newUser();
        String squat = plans.exercise(SQUAT);
        String deadlift = plans.exercise(DEADLIFT);
        String planId = plans.createPlan(user, "Plan");
        var tree = plans.replace(user, planId, "Plan", List.of(day("Day",
                PlanApi.with(PlanApi.with(exercise(squat, set(5, 100), set(5, 105)), "rest_time", 120),
                        "notes", "Low bar"))));
        String dayId = tree.getString("days[0].id");
        String slot = tree.getString("days[0].exercises[0].id");

        api.as(user).body(Map.of("exercise_id", deadlift)).put(EXERCISE, planId, dayId, slot)
                .then().statusCode(200)
                .body("id", equalTo(slot))
                .body("exercise_id", equalTo(deadlift))
                .body("exercise_name", equalTo(DEADLIFT))
                .body("rest_time", equalTo(120))
                .body("notes", equalTo("Low bar"))
                .body("sets.expected_weight", contains(100, 105));
        api.as(user).body(Map.of("rest_time", 0, "notes", "Conventional")).put(EXERCISE, planId, dayId, slot)
                .then().statusCode(200)
                .body("exercise_id", equalTo(deadlift))
                .body("rest_time", equalTo(0))
                .body("notes", equalTo("Conventional"));
        api.as(user).body(Map.of("rest_time", 3600)).put(EXERCISE, planId, dayId, slot)
                .then().statusCode(200).body("rest_time", equalTo(3600));

        api.as(user).get(EXERCISE, planId, dayId, slot).then()
                .body("exercise_id", equalTo(deadlift))
                .body("rest_time", equalTo(3600))
                .body("notes", equalTo("Conventional"))
                .body("sets.set_index", contains(1, 2));
    }

    @Test
    void invalidRestTimeNotesOrExerciseIdAreRefusedNamingTheField() {
        TestUser user = api.newUser();
        String planId = plans.createPlan(user, "Plan");
        String dayId = plans.addDay(user, planId, "Day");
        String squat = plans.exercise(SQUAT);
        String slot = plans.addExercise(user, planId, dayId, squat);

        api.as(user).body(Map.of()).post(EXERCISES, planId, dayId)
                .then().statusCode(400).body("errors.field", hasItem("exercise_id"));
        api.as(user).body(Map.of("exercise_id", "squat")).post(EXERCISES, planId, dayId)
                .then().statusCode(400).body("errors.field", hasItem("exercise_id"));
        api.as(user).body(Map.of("exercise_id", squat, "rest_time", 3601)).post(EXERCISES, planId, dayId)
                .then().statusCode(400).body("errors.field", hasItem("rest_time"));
        api.as(user).body(Map.of("exercise_id", squat, "rest_time", -1)).post(EXERCISES, planId, dayId)
                .then().statusCode(400).body("errors.field", hasItem("rest_time"));
        api.as(user).body(Map.of("exercise_id", squat, "notes", "x".repeat(501))).post(EXERCISES, planId, dayId)
                .then().statusCode(400).body("errors.field", hasItem("notes"));
        api.as(user).body(Map.of("rest_time", 3601)).put(EXERCISE, planId, dayId, slot)
                .then().statusCode(400).body("errors.field", hasItem("rest_time"));
        api.as(user).body(Map.of("notes", "x".repeat(501))).put(EXERCISE, planId, dayId, slot)
                .then().statusCode(400).body("errors.field", hasItem("notes"));
        api.as(user).body(Map.of("notes", "x".repeat(500))).put(EXERCISE, planId, dayId, slot)
                .then().statusCode(200);

        expectExercises(user, planId, dayId, slot);
    }

    @Test
    void anUnknownCatalogExerciseIsNotFound() {
        TestUser user = api.newUser();
        String planId = plans.createPlan(user, "Plan");
        String dayId = plans.addDay(user, planId, "Day");
        String slot = plans.addExercise(user, planId, dayId, plans.exercise(SQUAT));

        api.as(user).body(Map.of("exercise_id", UUID.randomUUID())).post(EXERCISES, planId, dayId)
                .then().statusCode(404).contentType("application/problem+json");
        api.as(user).body(Map.of("exercise_id", UUID.randomUUID())).put(EXERCISE, planId, dayId, slot)
                .then().statusCode(404);

        expectExercises(user, planId, dayId, slot);
        api.as(user).get(EXERCISE, planId, dayId, slot).then().body("exercise_id", equalTo(plans.exercise(SQUAT)));
    }

    @Test
    void onesOwnCustomExerciseMayBeUsedButNotSomeoneElses() {
        TestUser user = api.newUser();
        TestUser other = api.newUser();
        String mine = plans.customExercise(user, "My landmine press");
        String theirs = plans.customExercise(other, "Their secret lift");
        String planId = plans.createPlan(user, "Plan");
        String dayId = plans.addDay(user, planId, "Day");

        String slot = api.as(user).body(Map.of("exercise_id", mine)).post(EXERCISES, planId, dayId)
                .then().statusCode(201)
                .body("exercise_id", equalTo(mine))
                .body("exercise_name", equalTo("My landmine press"))
                .extract().path("id");
        api.as(user).body(Map.of("exercise_id", theirs)).post(EXERCISES, planId, dayId)
                .then().statusCode(404);
        api.as(user).body(Map.of("exercise_id", theirs)).put(EXERCISE, planId, dayId, slot)
                .then().statusCode(404);

        expectExercises(user, planId, dayId, slot);
        api.as(user).get(EXERCISE, planId, dayId, slot).then().body("exercise_id", equalTo(mine));
    }

    @Test
    void aDayHasAtMostThirtyExercises() {
        TestUser user = api.newUser();
        String squat = plans.exercise(SQUAT);
        String planId = plans.createPlan(user, "Plan");
        var tree = plans.replace(user, planId, "Plan", List.of(day("Day", IntStream.rangeClosed(1, 30)
                .mapToObj(i -> exercise(squat)).toList())));
        String dayId = tree.getString("days[0].id");

        api.as(user).body(Map.of("exercise_id", squat)).post(EXERCISES, planId, dayId)
                .then().statusCode(409)
                .contentType("application/problem+json");
        assertThat(plans.get(user, planId).getList("days[0].exercises").size(), equalTo(30));
    }

    @Test
    void anExerciseOfAnUnknownDayIsNotFound() {
        TestUser user = api.newUser();
        String planId = plans.createPlan(user, "Plan");

        api.as(user).body(Map.of("exercise_id", plans.exercise(SQUAT))).post(EXERCISES, planId, UUID.randomUUID())
                .then().statusCode(404);
        api.as(user).get(EXERCISES, planId, UUID.randomUUID()).then().statusCode(404);
    }

    private List<String> addExercises(TestUser user, String planId, String dayId, int count) {
        List<String> catalog = List.of(plans.exercise(SQUAT), plans.exercise(BENCH), plans.exercise(DEADLIFT),
                plans.exercise(PULL_UP));
        List<String> slots = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            slots.add(plans.addExercise(user, planId, dayId, catalog.get(i % catalog.size())));
        }
        return slots;
    }

    private String insert(TestUser user, String planId, String dayId, int position) {
        return api.as(user).body(Map.of("exercise_id", plans.exercise(CURL), "order_index", position))
                .post(EXERCISES, planId, dayId)
                .then().statusCode(201)
                .body("order_index", equalTo(position))
                .extract().path("id");
    }

    private void expectExercises(TestUser user, String planId, String dayId, String... slotIds) {
        Integer[] positions = IntStream.rangeClosed(1, slotIds.length).boxed().toArray(Integer[]::new);
        api.as(user).get(EXERCISES, planId, dayId)
                .then().statusCode(200)
                .body("id", contains(slotIds))
                .body("order_index", contains(positions));
    }
}

package dev.overload.planning.web;

import static dev.overload.planning.web.WorkoutPlanFixture.BENCH_PRESS;
import static dev.overload.planning.web.WorkoutPlanFixture.EXERCISE;
import static dev.overload.planning.web.WorkoutPlanFixture.EXERCISES;
import static dev.overload.planning.web.WorkoutPlanFixture.LATERAL_RAISE;
import static dev.overload.planning.web.WorkoutPlanFixture.PLAN;
import static dev.overload.planning.web.WorkoutPlanFixture.PLANS;
import static dev.overload.planning.web.WorkoutPlanFixture.PULL_UP;
import static dev.overload.planning.web.WorkoutPlanFixture.SQUAT;
import static dev.overload.planning.web.WorkoutPlanFixture.error;
import static dev.overload.planning.web.WorkoutPlanFixture.exercise;
import static org.hamcrest.Matchers.aMapWithSize;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import dev.overload.Api;
import dev.overload.ApiTest;
import dev.overload.TestUser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Seed 003's {@code /api/workout-plans}: creating, reading, changing and deleting plans and their exercises. */
@ApiTest
class WorkoutPlanCrudTests {

    @Autowired
    Api api;

    WorkoutPlanFixture plans;

    @BeforeEach
    void setUp() {
        plans = new WorkoutPlanFixture(api);
    }

    /** Seed 003's example request, with catalog ids for its exercises "1" (bench press) and "4". */
    private Map<String, Object> pushDay(TestUser owner) {
        Map<String, Object> bench = exercise(plans.exerciseId(BENCH_PRESS), 4, 8);
        bench.put("weight", 185.5);
        bench.put("rest_time", 120);
        bench.put("notes", "Focus on form");
        Map<String, Object> raise = exercise(plans.exerciseId(LATERAL_RAISE), 3, 12);
        raise.put("weight", 25);
        raise.put("rest_time", 90);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "Push Day Workout");
        body.put("description", "A comprehensive push workout targeting chest, shoulders, and triceps");
        body.put("muscle_types", List.of("chest", "shoulders", "triceps"));
        body.put("difficulty_level", "intermediate");
        body.put("estimated_duration", 60);
        body.put("is_public", true);
        body.put("exercises", new ArrayList<>(List.of(bench, raise)));
        return body;
    }

    private TestUser johnDoe() {
        return api.newUser(Map.of("first_name", "John", "last_name", "Doe"));
    }

    @Test
    void createsTheSeedsPushDayExampleWithCatalogDetailsOfItsExercises() {
        TestUser john = johnDoe();

        api.as(john).body(pushDay(john)).post(PLANS)
                .then().statusCode(201)
                .contentType("application/json")
                .body("$", aMapWithSize(3))
                .body("success", is(true))
                .body("message", equalTo("Workout plan created successfully"))
                .body("data.keySet()", containsInAnyOrder("id", "name", "description", "muscle_types",
                        "difficulty_level", "estimated_duration", "created_by", "is_public", "created_at",
                        "updated_at", "users", "exercises"))
                .body("data.id", notNullValue())
                .body("data.name", equalTo("Push Day Workout"))
                .body("data.description",
                        equalTo("A comprehensive push workout targeting chest, shoulders, and triceps"))
                .body("data.muscle_types", contains("chest", "shoulders", "triceps"))
                .body("data.difficulty_level", equalTo("intermediate"))
                .body("data.estimated_duration", equalTo(60))
                .body("data.created_by", equalTo(john.id().toString()))
                .body("data.is_public", is(true))
                .body("data.created_at", notNullValue())
                .body("data.updated_at", notNullValue())
                .body("data.users", aMapWithSize(2))
                .body("data.users.name", equalTo("John Doe"))
                .body("data.users.email", equalTo(john.email()))
                .body("data.exercises", hasSize(2))
                .body("data.exercises[0].keySet()", containsInAnyOrder("id", "exercise_id", "exercise_name",
                        "exercise_description", "body_part", "exercise_type", "difficulty", "equipment", "sets",
                        "reps", "weight", "rest_time", "notes", "order_index"))
                .body("data.exercises[0].id", notNullValue())
                .body("data.exercises[0].exercise_id", equalTo(plans.exerciseId(BENCH_PRESS)))
                .body("data.exercises[0].exercise_name", equalTo("Barbell Bench Press"))
                .body("data.exercises[0].exercise_description", startsWith("Lying on a flat bench"))
                .body("data.exercises[0].body_part", equalTo("chest"))
                .body("data.exercises[0].exercise_type", equalTo("compound"))
                .body("data.exercises[0].difficulty", equalTo("beginner"))
                .body("data.exercises[0].equipment", contains("barbell", "bench"))
                .body("data.exercises[0].sets", equalTo(4))
                .body("data.exercises[0].reps", equalTo(8))
                .body("data.exercises[0].weight", equalTo(185.5f))
                .body("data.exercises[0].rest_time", equalTo(120))
                .body("data.exercises[0].notes", equalTo("Focus on form"))
                .body("data.exercises[0].order_index", equalTo(1))
                .body("data.exercises[1].exercise_id", equalTo(plans.exerciseId(LATERAL_RAISE)))
                .body("data.exercises[1].exercise_name", equalTo("Dumbbell Lateral Raise"))
                .body("data.exercises[1].body_part", equalTo("side_delts"))
                .body("data.exercises[1].exercise_type", equalTo("isolation"))
                .body("data.exercises[1].difficulty", equalTo("beginner"))
                .body("data.exercises[1].equipment", contains("dumbbell"))
                .body("data.exercises[1].sets", equalTo(3))
                .body("data.exercises[1].reps", equalTo(12))
                .body("data.exercises[1].weight", equalTo(25))
                .body("data.exercises[1].rest_time", equalTo(90))
                .body("data.exercises[1].notes", nullValue())
                .body("data.exercises[1].order_index", equalTo(2));
    }

    @Test
    void leftOutOptionalFieldsTakeTheirDefaults() {
        TestUser user = api.newUser();

        api.as(user).body(plans.planBody(user, "Bare plan")).post(PLANS)
                .then().statusCode(201)
                .body("data.description", nullValue())
                .body("data.difficulty_level", nullValue())
                .body("data.estimated_duration", nullValue())
                .body("data.is_public", is(false))
                .body("data.exercises[0].sets", equalTo(3))
                .body("data.exercises[0].reps", equalTo(10))
                // No weight is no external load.
                .body("data.exercises[0].weight", equalTo(0))
                .body("data.exercises[0].rest_time", nullValue())
                .body("data.exercises[0].notes", nullValue())
                .body("data.exercises[0].order_index", equalTo(1));
    }

    @Test
    void aUserWithoutAFullNameIsNamedByUsername() {
        TestUser user = api.newUser();

        api.as(user).body(plans.planBody(user, "Named")).post(PLANS)
                .then().statusCode(201)
                .body("data.users.name", equalTo(user.username()));
    }

    @Test
    void muscleTypesAreKeptInLowerCaseWithoutRepeats() {
        TestUser user = api.newUser();
        Map<String, Object> body = plans.planBody(user, "Cased");
        body.put("muscle_types", List.of("Chest", " BACK ", "chest", "side_delts"));

        api.as(user).body(body).post(PLANS)
                .then().statusCode(201)
                .body("data.muscle_types", contains("chest", "back", "side_delts"));
    }

    @Test
    void exercisesGivenWithOrderIndexesAreOrderedByThem() {
        TestUser user = api.newUser();
        Map<String, Object> squat = exercise(plans.exerciseId(SQUAT), 5, 5);
        squat.put("order_index", 2);
        Map<String, Object> bench = exercise(plans.exerciseId(BENCH_PRESS), 5, 5);
        bench.put("order_index", 1);
        Map<String, Object> body = plans.planBody(user, "Reordered");
        body.put("exercises", List.of(squat, bench));

        api.as(user).body(body).post(PLANS)
                .then().statusCode(201)
                .body("data.exercises.exercise_name", contains("Barbell Bench Press", "Barbell Back Squat"))
                .body("data.exercises.order_index", contains(1, 2));
    }

    @Test
    void orderIndexesWithGapsAreNumberedFromOne() {
        TestUser user = api.newUser();
        Map<String, Object> squat = exercise(plans.exerciseId(SQUAT), 5, 5);
        squat.put("order_index", 20);
        Map<String, Object> bench = exercise(plans.exerciseId(BENCH_PRESS), 5, 5);
        bench.put("order_index", 10);
        Map<String, Object> body = plans.planBody(user, "Gapped");
        body.put("exercises", List.of(squat, bench));

        api.as(user).body(body).post(PLANS)
                .then().statusCode(201)
                .body("data.exercises.exercise_name", contains("Barbell Bench Press", "Barbell Back Squat"))
                .body("data.exercises.order_index", contains(1, 2));
    }

    @Test
    void getsAPlanByIdAsItWasCreated() {
        TestUser john = johnDoe();
        Map<String, Object> created = api.as(john).body(pushDay(john)).post(PLANS)
                .then().statusCode(201).extract().path("data");

        api.as(john).get(PLAN, created.get("id"))
                .then().statusCode(200)
                .contentType("application/json")
                .body("$", aMapWithSize(2))
                .body("success", is(true))
                .body("data", equalTo(created));
    }

    @Test
    void putChangesTheGivenFieldsAndKeepsTheRest() {
        TestUser john = johnDoe();
        Map<String, Object> created = api.as(john).body(pushDay(john)).post(PLANS)
                .then().statusCode(201).extract().path("data");

        Map<String, Object> updated = api.as(john)
                .body(Map.of("name", "Updated Push Day Workout", "difficulty_level", "advanced",
                        "estimated_duration", 75))
                .put(PLAN, created.get("id"))
                .then().statusCode(200)
                .body("success", is(true))
                .body("message", equalTo("Workout plan updated successfully"))
                .body("data.id", equalTo(created.get("id")))
                .body("data.name", equalTo("Updated Push Day Workout"))
                .body("data.difficulty_level", equalTo("advanced"))
                .body("data.estimated_duration", equalTo(75))
                .body("data.description", equalTo(created.get("description")))
                .body("data.muscle_types", equalTo(created.get("muscle_types")))
                .body("data.is_public", is(true))
                .body("data.created_at", equalTo(created.get("created_at")))
                .body("data.exercises", equalTo(created.get("exercises")))
                .extract().path("data");

        api.as(john).get(PLAN, created.get("id")).then().statusCode(200).body("data", equalTo(updated));
    }

    @Test
    void putCanChangeEveryPlanField() {
        TestUser user = api.newUser();
        String id = plans.create(user, "Before");

        api.as(user).body(Map.of("name", "After", "description", "Now described", "muscle_types", List.of("legs"),
                "difficulty_level", "BEGINNER", "estimated_duration", 45, "is_public", true))
                .put(PLAN, id)
                .then().statusCode(200)
                .body("data.name", equalTo("After"))
                .body("data.description", equalTo("Now described"))
                .body("data.muscle_types", contains("legs"))
                .body("data.difficulty_level", equalTo("beginner"))
                .body("data.estimated_duration", equalTo(45))
                .body("data.is_public", is(true));
        api.as(user).body(Map.of("is_public", false)).put(PLAN, id)
                .then().statusCode(200)
                .body("data.is_public", is(false))
                .body("data.name", equalTo("After"));
    }

    @Test
    void putWithExercisesReplacesAllOfThem() {
        TestUser john = johnDoe();
        Map<String, Object> created = api.as(john).body(pushDay(john)).post(PLANS)
                .then().statusCode(201).extract().path("data");
        List<String> oldIds = api.as(john).get(PLAN, created.get("id")).then().extract().path("data.exercises.id");
        Map<String, Object> squat = exercise(plans.exerciseId(SQUAT), 5, 5);
        squat.put("weight", 140);

        api.as(john).body(Map.of("exercises", List.of(squat))).put(PLAN, created.get("id"))
                .then().statusCode(200)
                .body("data.name", equalTo("Push Day Workout"))
                .body("data.exercises", hasSize(1))
                .body("data.exercises[0].exercise_name", equalTo("Barbell Back Squat"))
                .body("data.exercises[0].sets", equalTo(5))
                .body("data.exercises[0].reps", equalTo(5))
                .body("data.exercises[0].weight", equalTo(140))
                .body("data.exercises[0].order_index", equalTo(1))
                .body("data.exercises[0].id", not(in(oldIds)));

        api.as(john).get(PLAN, created.get("id"))
                .then().body("data.exercises.exercise_name", contains("Barbell Back Squat"));
        api.as(john).get("/api/training-plans/{id}", created.get("id"))
                .then().statusCode(200)
                .body("days", hasSize(1))
                .body("days[0].exercises", hasSize(1))
                .body("days[0].exercises[0].sets", hasSize(5));
    }

    @Test
    void putCanReplaceExercisesWithTheSameOnesInAnotherOrder() {
        TestUser user = api.newUser();
        Map<String, Object> body = plans.planBody(user, "Swap");
        body.put("exercises", List.of(exercise(plans.exerciseId(BENCH_PRESS), 3, 10),
                exercise(plans.exerciseId(SQUAT), 3, 10)));
        String id = plans.create(user, body);

        api.as(user).body(Map.of("exercises", List.of(exercise(plans.exerciseId(SQUAT), 4, 6),
                exercise(plans.exerciseId(BENCH_PRESS), 4, 6))))
                .put(PLAN, id)
                .then().statusCode(200)
                .body("data.exercises.exercise_name", contains("Barbell Back Squat", "Barbell Bench Press"))
                .body("data.exercises.order_index", contains(1, 2))
                .body("data.exercises.sets", contains(4, 4));
    }

    @Test
    void exercisesPutWithOrderIndexesAreOrderedByThem() {
        TestUser user = api.newUser();
        String id = plans.create(user, "Put in order");
        Map<String, Object> pullUp = exercise(plans.exerciseId(PULL_UP), 3, 8);
        pullUp.put("order_index", 3);
        Map<String, Object> squat = exercise(plans.exerciseId(SQUAT), 5, 5);
        squat.put("order_index", 1);
        Map<String, Object> bench = exercise(plans.exerciseId(BENCH_PRESS), 5, 5);
        bench.put("order_index", 2);

        api.as(user).body(Map.of("exercises", List.of(pullUp, squat, bench))).put(PLAN, id)
                .then().statusCode(200)
                .body("data.exercises.exercise_name", contains("Barbell Back Squat", "Barbell Bench Press", "Pull-Up"))
                .body("data.exercises.order_index", contains(1, 2, 3));
    }

    @Test
    void anEmptyPutChangesNothing() {
        TestUser user = api.newUser();
        String id = plans.create(user, "Unchanged");
        List<Object> before = api.as(user).get(PLAN, id).then().extract().path("data.exercises");

        api.as(user).body(Map.of()).put(PLAN, id)
                .then().statusCode(200)
                .body("data.name", equalTo("Unchanged"))
                .body("data.exercises", equalTo(before));
    }

    @Test
    void deleteAnswersTheSeedsBodyAndThePlanIsGone() {
        TestUser user = api.newUser();
        String id = plans.create(user, "Doomed");

        api.as(user).delete(PLAN, id)
                .then().statusCode(200)
                .contentType("application/json")
                .body("$", aMapWithSize(2))
                .body("success", is(true))
                .body("message", equalTo("Workout plan deleted successfully"));

        error(api.as(user).get(PLAN, id).then(), 404)
                .body("details", empty());
        error(api.as(user).delete(PLAN, id).then(), 404);
        api.as(user).get("/api/training-plans/{id}", id).then().statusCode(404);
    }

    @Test
    void anUnknownPlanIs404InTheErrorEnvelope() {
        TestUser user = api.newUser();

        error(api.as(user).get(PLAN, "0190d5f5-0000-7000-8000-000000000000").then(), 404)
                .body("$", aMapWithSize(3))
                .body("message", containsString("not found"));
    }

    @Test
    void addingAnExerciseAppendsIt() {
        TestUser john = johnDoe();
        String id = api.as(john).body(pushDay(john)).post(PLANS).then().statusCode(201).extract().path("data.id");

        String added = api.as(john)
                .body(Map.of("exercise_id", plans.exerciseId(PULL_UP), "sets", 3, "reps", 10, "rest_time", 90,
                        "notes", "Focus on controlled movement"))
                .post(EXERCISES, id)
                .then().statusCode(201)
                .body("success", is(true))
                .body("message", equalTo("Exercise added to workout plan"))
                .body("data.id", notNullValue())
                .body("data.exercise_id", equalTo(plans.exerciseId(PULL_UP)))
                .body("data.exercise_name", equalTo("Pull-Up"))
                .body("data.body_part", equalTo("lats"))
                .body("data.equipment", contains("pull_up_bar"))
                .body("data.sets", equalTo(3))
                .body("data.reps", equalTo(10))
                .body("data.rest_time", equalTo(90))
                .body("data.notes", equalTo("Focus on controlled movement"))
                .body("data.order_index", equalTo(3))
                .extract().path("data.id");

        api.as(john).get(PLAN, id)
                .then().statusCode(200)
                .body("data.exercises.exercise_name",
                        contains("Barbell Bench Press", "Dumbbell Lateral Raise", "Pull-Up"))
                .body("data.exercises.order_index", contains(1, 2, 3))
                .body("data.exercises[2].id", equalTo(added));
    }

    @Test
    void addingAnExerciseAtAnOrderIndexInsertsItThere() {
        TestUser john = johnDoe();
        String id = api.as(john).body(pushDay(john)).post(PLANS).then().statusCode(201).extract().path("data.id");

        api.as(john).body(Map.of("exercise_id", plans.exerciseId(PULL_UP), "sets", 3, "reps", 10,
                "weight", 10, "order_index", 2))
                .post(EXERCISES, id)
                .then().statusCode(201)
                .body("data.order_index", equalTo(2))
                .body("data.weight", equalTo(10));

        api.as(john).get(PLAN, id)
                .then().body("data.exercises.exercise_name",
                        contains("Barbell Bench Press", "Pull-Up", "Dumbbell Lateral Raise"))
                .body("data.exercises.order_index", contains(1, 2, 3));
    }

    @Test
    void addingAnExerciseRightAfterTheLastIsAllowed() {
        TestUser user = api.newUser();
        String id = plans.create(user, "Append at n+1");

        api.as(user).body(Map.of("exercise_id", plans.exerciseId(SQUAT), "sets", 1, "reps", 1, "order_index", 2))
                .post(EXERCISES, id)
                .then().statusCode(201)
                .body("data.order_index", equalTo(2));
    }

    @Test
    void updatingAnExerciseChangesItsUniformSets() {
        TestUser john = johnDoe();
        String id = api.as(john).body(pushDay(john)).post(PLANS).then().statusCode(201).extract().path("data.id");
        String benchId = api.as(john).get(PLAN, id).then().extract().path("data.exercises[0].id");

        api.as(john).body(Map.of("sets", 5, "reps", 6, "weight", 200))
                .put(EXERCISE, id, benchId)
                .then().statusCode(200)
                .body("success", is(true))
                .body("message", equalTo("Exercise updated successfully"))
                .body("data.id", equalTo(benchId))
                .body("data.exercise_name", equalTo("Barbell Bench Press"))
                .body("data.sets", equalTo(5))
                .body("data.reps", equalTo(6))
                .body("data.weight", equalTo(200))
                .body("data.rest_time", equalTo(120))
                .body("data.notes", equalTo("Focus on form"))
                .body("data.order_index", equalTo(1));

        api.as(john).get("/api/training-plans/{id}", id)
                .then().statusCode(200)
                .body("days[0].exercises[0].id", equalTo(benchId))
                .body("days[0].exercises[0].sets", hasSize(5))
                .body("days[0].exercises[0].sets.set_index", contains(1, 2, 3, 4, 5))
                .body("days[0].exercises[0].sets.expected_reps", everyItem(equalTo(6)))
                .body("days[0].exercises[0].sets.expected_weight", everyItem(equalTo(200)));
    }

    @Test
    void updatingOnlyTheSetCountKeepsRepsAndWeight() {
        TestUser john = johnDoe();
        String id = api.as(john).body(pushDay(john)).post(PLANS).then().statusCode(201).extract().path("data.id");
        String benchId = api.as(john).get(PLAN, id).then().extract().path("data.exercises[0].id");

        api.as(john).body(Map.of("sets", 2)).put(EXERCISE, id, benchId)
                .then().statusCode(200)
                .body("data.sets", equalTo(2))
                .body("data.reps", equalTo(8))
                .body("data.weight", equalTo(185.5f));
        api.as(john).body(Map.of("reps", 3)).put(EXERCISE, id, benchId)
                .then().statusCode(200)
                .body("data.sets", equalTo(2))
                .body("data.reps", equalTo(3))
                .body("data.weight", equalTo(185.5f));
    }

    @Test
    void updatingAnExercisesRestAndNotesKeepsItsSets() {
        TestUser john = johnDoe();
        String id = api.as(john).body(pushDay(john)).post(PLANS).then().statusCode(201).extract().path("data.id");
        String raiseId = api.as(john).get(PLAN, id).then().extract().path("data.exercises[1].id");

        api.as(john).body(Map.of("rest_time", 0, "notes", "Slow eccentric")).put(EXERCISE, id, raiseId)
                .then().statusCode(200)
                .body("data.rest_time", equalTo(0))
                .body("data.notes", equalTo("Slow eccentric"))
                .body("data.sets", equalTo(3))
                .body("data.reps", equalTo(12))
                .body("data.weight", equalTo(25))
                .body("data.order_index", equalTo(2));
    }

    @Test
    void updatingAnExercisesOrderIndexMovesIt() {
        TestUser john = johnDoe();
        String id = api.as(john).body(pushDay(john)).post(PLANS).then().statusCode(201).extract().path("data.id");
        String pullUp = api.as(john).body(Map.of("exercise_id", plans.exerciseId(PULL_UP), "sets", 3, "reps", 10))
                .post(EXERCISES, id).then().statusCode(201).extract().path("data.id");

        api.as(john).body(Map.of("order_index", 1)).put(EXERCISE, id, pullUp)
                .then().statusCode(200)
                .body("data.order_index", equalTo(1))
                .body("data.sets", equalTo(3));

        api.as(john).get(PLAN, id)
                .then().body("data.exercises.exercise_name",
                        contains("Pull-Up", "Barbell Bench Press", "Dumbbell Lateral Raise"))
                .body("data.exercises.order_index", contains(1, 2, 3));
    }

    @Test
    void removingAnExerciseClosesTheGap() {
        TestUser john = johnDoe();
        String id = api.as(john).body(pushDay(john)).post(PLANS).then().statusCode(201).extract().path("data.id");
        String benchId = api.as(john).get(PLAN, id).then().extract().path("data.exercises[0].id");

        api.as(john).delete(EXERCISE, id, benchId)
                .then().statusCode(200)
                .body("$", aMapWithSize(2))
                .body("success", is(true))
                .body("message", equalTo("Exercise removed from workout plan"));

        api.as(john).get(PLAN, id)
                .then().body("data.exercises.exercise_name", contains("Dumbbell Lateral Raise"))
                .body("data.exercises.order_index", contains(1));
        error(api.as(john).delete(EXERCISE, id, benchId).then(), 404);
        error(api.as(john).body(Map.of("sets", 2)).put(EXERCISE, id, benchId).then(), 404);
    }

    @Test
    void anExerciseOfAnotherPlanIsNotFoundInThisOne() {
        TestUser user = api.newUser();
        String first = plans.create(user, "First");
        String second = plans.create(user, "Second");
        String ofSecond = api.as(user).get(PLAN, second).then().extract().path("data.exercises[0].id");

        error(api.as(user).body(Map.of("sets", 2)).put(EXERCISE, first, ofSecond).then(), 404);
        error(api.as(user).delete(EXERCISE, first, ofSecond).then(), 404);
        api.as(user).get(PLAN, second).then().body("data.exercises", hasSize(1));
    }

    @Test
    void theLastExerciseCanBeRemovedAndANewOneAdded() {
        TestUser user = api.newUser();
        String id = plans.create(user, "Emptied");
        String only = api.as(user).get(PLAN, id).then().extract().path("data.exercises[0].id");

        api.as(user).delete(EXERCISE, id, only).then().statusCode(200);
        api.as(user).get(PLAN, id).then().statusCode(200).body("data.exercises", empty());

        api.as(user).body(Map.of("exercise_id", plans.exerciseId(SQUAT), "sets", 2, "reps", 5))
                .post(EXERCISES, id)
                .then().statusCode(201)
                .body("data.order_index", equalTo(1));
    }

    @Test
    void aWorkoutPlanIsATrainingPlanWithOneDayOfUniformSets() {
        TestUser john = johnDoe();
        Map<String, Object> created = api.as(john).body(pushDay(john)).post(PLANS)
                .then().statusCode(201).extract().path("data");
        List<String> exerciseIds = api.as(john).get(PLAN, created.get("id")).then().extract().path("data.exercises.id");

        api.as(john).get("/api/training-plans/{id}", created.get("id"))
                .then().statusCode(200)
                .body("id", equalTo(created.get("id")))
                .body("name", equalTo("Push Day Workout"))
                .body("user_id", equalTo(john.id().toString()))
                .body("is_public", is(true))
                .body("muscle_types", contains("chest", "shoulders", "triceps"))
                .body("estimated_duration", equalTo(60))
                .body("days", hasSize(1))
                .body("days[0].order_index", equalTo(1))
                .body("days[0].exercises.id", equalTo(exerciseIds))
                .body("days[0].exercises.exercise_id",
                        contains(plans.exerciseId(BENCH_PRESS), plans.exerciseId(LATERAL_RAISE)))
                .body("days[0].exercises.order_index", contains(1, 2))
                .body("days[0].exercises.rest_time", contains(120, 90))
                .body("days[0].exercises.notes", contains("Focus on form", null))
                .body("days[0].exercises[0].sets", hasSize(4))
                .body("days[0].exercises[0].sets.set_index", contains(1, 2, 3, 4))
                .body("days[0].exercises[0].sets.expected_reps", everyItem(equalTo(8)))
                .body("days[0].exercises[0].sets.expected_weight", everyItem(equalTo(185.5f)))
                .body("days[0].exercises[1].sets", hasSize(3))
                .body("days[0].exercises[1].sets.expected_reps", everyItem(equalTo(12)))
                .body("days[0].exercises[1].sets.expected_weight", everyItem(equalTo(25)));
    }

    @Test
    void aPlanWithTwoDaysIsShownWithTheExercisesOfAllDaysButItsExercisesAreChangedPerDay() {
        TestUser user = api.newUser();
        String word = WorkoutPlanFixture.uniqueWord();
        String id = api.as(user).body(Map.of("name", "Split " + word, "muscle_types", List.of("chest", "legs")))
                .post("/api/training-plans").then().statusCode(201).extract().path("id");
        String dayA = api.as(user).body(Map.of("name", "Upper")).post("/api/training-plans/{id}/days", id)
                .then().statusCode(201).extract().path("id");
        String dayB = api.as(user).body(Map.of("name", "Lower")).post("/api/training-plans/{id}/days", id)
                .then().statusCode(201).extract().path("id");
        String bench = addDayExercise(user, id, dayA, BENCH_PRESS, List.of(5, 5), 100);
        String squat = addDayExercise(user, id, dayB, SQUAT, List.of(3), 140);

        Map<String, Object> shown = api.as(user).get(PLAN, id)
                .then().statusCode(200)
                .body("data.exercises.id", contains(bench, squat))
                .body("data.exercises.exercise_name", contains("Barbell Bench Press", "Barbell Back Squat"))
                .body("data.exercises.order_index", contains(1, 2))
                .body("data.exercises.sets", contains(2, 1))
                .body("data.exercises.reps", contains(5, 3))
                .body("data.exercises.weight", contains(100, 140))
                .extract().path("data");
        api.as(user).queryParam("search", word).get(PLANS)
                .then().statusCode(200)
                .body("data.id", contains(id));

        error(api.as(user).body(Map.of("exercises", List.of(exercise(plans.exerciseId(PULL_UP), 3, 8))))
                .put(PLAN, id).then(), 409)
                .body("message", containsString("days"));
        error(api.as(user).body(exercise(plans.exerciseId(PULL_UP), 3, 8)).post(EXERCISES, id).then(), 409);
        api.as(user).get(PLAN, id).then().body("data", equalTo(shown));

        api.as(user).body(Map.of("name", "Split renamed " + word)).put(PLAN, id)
                .then().statusCode(200)
                .body("data.name", equalTo("Split renamed " + word))
                .body("data.exercises.id", contains(bench, squat));
        api.as(user).body(Map.of("sets", 4)).put(EXERCISE, id, squat)
                .then().statusCode(200)
                .body("data.sets", equalTo(4))
                .body("data.reps", equalTo(3))
                .body("data.order_index", equalTo(2));
        api.as(user).delete(EXERCISE, id, bench).then().statusCode(200);
        api.as(user).get("/api/training-plans/{id}", id)
                .then().body("days", hasSize(2))
                .body("days[0].exercises", empty())
                .body("days[1].exercises[0].sets", hasSize(4));
    }

    @Test
    void anExerciseWithoutTargetSetsShowsNone() {
        TestUser user = api.newUser();
        String id = api.as(user).body(Map.of("name", "Sketch")).post("/api/training-plans")
                .then().statusCode(201).extract().path("id");
        String day = api.as(user).body(Map.of("name", "Day")).post("/api/training-plans/{id}/days", id)
                .then().statusCode(201).extract().path("id");
        String exercise = addDayExercise(user, id, day, PULL_UP, List.of(), 0);

        api.as(user).get(PLAN, id)
                .then().statusCode(200)
                .body("data.exercises[0].sets", equalTo(0))
                .body("data.exercises[0].reps", nullValue())
                .body("data.exercises[0].weight", nullValue());
        api.as(user).body(Map.of("reps", 8)).put(EXERCISE, id, exercise)
                .then().statusCode(200)
                .body("data.sets", equalTo(1))
                .body("data.reps", equalTo(8))
                .body("data.weight", equalTo(0));
    }

    @Test
    void exercisesCanBeAddedToATrainingPlanThatHasNoDayYet() {
        TestUser user = api.newUser();
        String name = "Empty shell " + "s".repeat(243);
        String id = api.as(user).body(Map.of("name", name)).post("/api/training-plans")
                .then().statusCode(201).extract().path("id");
        api.as(user).get(PLAN, id).then().statusCode(200).body("data.exercises", empty());

        api.as(user).body(exercise(plans.exerciseId(SQUAT), 3, 5)).post(EXERCISES, id)
                .then().statusCode(201)
                .body("data.order_index", equalTo(1));
        api.as(user).get("/api/training-plans/{id}", id)
                .then().body("days", hasSize(1))
                .body("days[0].name", equalTo(name.substring(0, 100)));
    }

    @Test
    void weightsAreShownAndEnteredInTheCallersUnit() {
        TestUser owner = api.newUser();
        api.as(owner).body(Map.of("weight_unit", "LB")).patch("/api/users/me").then().statusCode(200);
        TestUser viewer = api.newUser();
        Map<String, Object> body = plans.planBody(owner, "Pounds");
        Map<String, Object> bench = exercise(plans.exerciseId(BENCH_PRESS), 3, 5);
        bench.put("weight", 225);
        body.put("exercises", List.of(bench));
        body.put("is_public", true);

        String id = api.as(owner).body(body).post(PLANS)
                .then().statusCode(201)
                .body("data.exercises[0].weight", equalTo(225))
                .extract().path("data.id");
        String benchId = api.as(owner).get(PLAN, id).then().extract().path("data.exercises[0].id");

        api.as(viewer).get(PLAN, id).then().statusCode(200).body("data.exercises[0].weight", equalTo(102.06f));
        api.as(owner).body(Map.of("weight", 135)).put(EXERCISE, id, benchId)
                .then().statusCode(200)
                .body("data.weight", equalTo(135));
        api.as(viewer).get(PLAN, id).then().body("data.exercises[0].weight", equalTo(61.23f));
    }

    @Test
    void aCustomExerciseOfOnesOwnCanBePlanned() {
        TestUser user = api.newUser();
        String custom = api.as(user).body(Map.of("name", "My Odd Press", "primary_muscle_group", "chest",
                "type", "ISOLATION", "equipment", List.of("machine")))
                .post("/api/exercises").then().statusCode(201).extract().path("id");

        Map<String, Object> body = plans.planBody(user, "Custom");
        body.put("exercises", List.of(exercise(custom, 2, 12)));
        api.as(user).body(body).post(PLANS)
                .then().statusCode(201)
                .body("data.exercises[0].exercise_id", equalTo(custom))
                .body("data.exercises[0].exercise_name", equalTo("My Odd Press"))
                .body("data.exercises[0].body_part", equalTo("chest"))
                .body("data.exercises[0].exercise_type", equalTo("isolation"))
                .body("data.exercises[0].equipment", contains("machine"));
    }

    /** A catalog exercise in a day of a seed-004 plan, with one target set per reps value. */
    private String addDayExercise(TestUser user, String planId, String dayId, String exercise, List<Integer> reps,
            int weight) {
        String id = api.as(user).body(Map.of("exercise_id", plans.exerciseId(exercise)))
                .post("/api/training-plans/{planId}/days/{dayId}/exercises", planId, dayId)
                .then().statusCode(201).extract().path("id");
        for (int count : reps) {
            api.as(user).body(Map.of("expected_reps", count, "expected_weight", weight))
                    .post("/api/training-plans/{planId}/days/{dayId}/exercises/{exerciseId}/sets", planId, dayId, id)
                    .then().statusCode(201);
        }
        return id;
    }
}

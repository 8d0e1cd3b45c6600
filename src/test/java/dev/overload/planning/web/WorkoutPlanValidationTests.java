package dev.overload.planning.web;

import static dev.overload.planning.web.WorkoutPlanFixture.BENCH_PRESS;
import static dev.overload.planning.web.WorkoutPlanFixture.EXERCISE;
import static dev.overload.planning.web.WorkoutPlanFixture.EXERCISES;
import static dev.overload.planning.web.WorkoutPlanFixture.PLAN;
import static dev.overload.planning.web.WorkoutPlanFixture.PLANS;
import static dev.overload.planning.web.WorkoutPlanFixture.SQUAT;
import static dev.overload.planning.web.WorkoutPlanFixture.error;
import static dev.overload.planning.web.WorkoutPlanFixture.exercise;
import static dev.overload.planning.web.WorkoutPlanFixture.invalid;
import static org.hamcrest.Matchers.aMapWithSize;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import dev.overload.Api;
import dev.overload.ApiTest;
import dev.overload.TestUser;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/** Seed 003's validation rules: every bound refused just outside it (400 naming the field) and accepted on it. */
@ApiTest
class WorkoutPlanValidationTests {

    private static final String UNKNOWN_ID = "0190d5f5-0000-7000-8000-000000000000";

    @Autowired
    Api api;

    WorkoutPlanFixture plans;

    @BeforeEach
    void setUp() {
        plans = new WorkoutPlanFixture(api);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> firstExercise(Map<String, Object> body) {
        return ((List<Map<String, Object>>) body.get("exercises")).getFirst();
    }

    private static Arguments plan(String field, Object value, String reported) {
        return Arguments.of(field + " = " + shortly(value),
                (Consumer<Map<String, Object>>) body -> body.put(field, value),
                reported);
    }

    private static Arguments planWithout(String field) {
        return Arguments.of("no " + field, (Consumer<Map<String, Object>>) body -> body.remove(field), field);
    }

    private static Arguments ofExercise(String field, Object value) {
        return Arguments.of("exercise " + field + " = " + shortly(value),
                (Consumer<Map<String, Object>>) body -> firstExercise(body).put(field, value), "exercises[0]." + field);
    }

    private static Arguments exerciseWithout(String field) {
        return Arguments.of("exercise without " + field,
                (Consumer<Map<String, Object>>) body -> firstExercise(body).remove(field), "exercises[0]." + field);
    }

    private static String shortly(Object value) {
        String text = String.valueOf(value);
        return text.length() > 20 ? text.length() + " characters" : text;
    }

    static Stream<Arguments> invalidNewPlans() {
        return Stream.of(
                planWithout("name"),
                plan("name", null, "name"),
                plan("name", "a", "name"),
                plan("name", "x".repeat(256), "name"),
                plan("name", "   ", "name"),
                plan("name", " a ", "name"),
                plan("name", "b\n\n", "name"),
                plan("description", "d".repeat(2001), "description"),
                planWithout("muscle_types"),
                plan("muscle_types", null, "muscle_types"),
                plan("muscle_types", List.of(), "muscle_types"),
                plan("muscle_types", List.of("chest", "wings"), "muscle_types"),
                plan("muscle_types", "chest", "muscle_types"),
                plan("muscle_types", List.of(""), "muscle_types[0]"),
                plan("difficulty_level", "expert", "difficulty_level"),
                plan("difficulty_level", "", "difficulty_level"),
                plan("estimated_duration", 4, "estimated_duration"),
                plan("estimated_duration", 301, "estimated_duration"),
                plan("estimated_duration", "an hour", "estimated_duration"),
                plan("is_public", "yes", "is_public"),
                planWithout("exercises"),
                plan("exercises", null, "exercises"),
                plan("exercises", List.of(), "exercises"),
                plan("exercises", "bench", "exercises"),
                plan("exercises", Collections.singletonList(null), "exercises[0]"),
                exerciseWithout("exercise_id"),
                ofExercise("exercise_id", null),
                ofExercise("exercise_id", ""),
                ofExercise("exercise_id", "1"),
                ofExercise("exercise_id", UNKNOWN_ID),
                exerciseWithout("sets"),
                ofExercise("sets", 0),
                ofExercise("sets", 51),
                ofExercise("sets", "many"),
                exerciseWithout("reps"),
                ofExercise("reps", 0),
                ofExercise("reps", 1001),
                ofExercise("weight", -0.5),
                ofExercise("weight", 10000.01),
                ofExercise("weight", 10001),
                ofExercise("weight", "heavy"),
                ofExercise("rest_time", -1),
                ofExercise("rest_time", 3601),
                ofExercise("notes", "n".repeat(501)),
                ofExercise("order_index", 0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidNewPlans")
    void anInvalidNewPlanIsRefusedNamingTheField(String description, Consumer<Map<String, Object>> change,
            String field) {
        TestUser user = api.newUser();
        Map<String, Object> body = plans.planBody(user, "Invalid");
        change.accept(body);

        invalid(api.as(user).body(body).post(PLANS).then(), field)
                .body("$", aMapWithSize(3));
        api.as(user).queryParam("created_by", user.id()).get(PLANS)
                .then().statusCode(200)
                .body("data", empty());
    }

    @Test
    void anUnknownExerciseIsNamedByItsPlaceInTheList() {
        TestUser user = api.newUser();
        Map<String, Object> body = plans.planBody(user, "Second unknown");
        body.put("exercises", List.of(exercise(plans.exerciseId(SQUAT), 3, 5), exercise(UNKNOWN_ID, 3, 5)));

        invalid(api.as(user).body(body).post(PLANS).then(), "exercises[1].exercise_id");
    }

    @Test
    void anotherUsersCustomExerciseCannotBePlanned() {
        TestUser owner = api.newUser();
        TestUser user = api.newUser();
        String custom = api.as(owner).body(Map.of("name", "Private Press")).post("/api/exercises")
                .then().statusCode(201).extract().path("id");
        Map<String, Object> body = plans.planBody(user, "Borrowed");
        body.put("exercises", List.of(exercise(custom, 3, 5)));

        invalid(api.as(user).body(body).post(PLANS).then(), "exercises[0].exercise_id");
    }

    @Test
    void eachPlanBoundIsAccepted() {
        TestUser user = api.newUser();
        Map<String, Object> shortest = plans.planBody(user, "ab");
        shortest.put("estimated_duration", 5);
        shortest.put("description", "");
        Map<String, Object> longest = plans.planBody(user, "x".repeat(255));
        longest.put("estimated_duration", 300);
        longest.put("description", "d".repeat(2000));

        api.as(user).body(shortest).post(PLANS)
                .then().statusCode(201)
                .body("data.name", equalTo("ab"))
                .body("data.estimated_duration", equalTo(5));
        String id = api.as(user).body(longest).post(PLANS)
                .then().statusCode(201)
                .body("data.name", equalTo("x".repeat(255)))
                .body("data.description", equalTo("d".repeat(2000)))
                .body("data.estimated_duration", equalTo(300))
                .extract().path("data.id");
        api.as(user).get(PLAN, id).then().statusCode(200).body("data.name", equalTo("x".repeat(255)));
        api.as(user).get("/api/training-plans/{id}", id)
                .then().statusCode(200)
                .body("days", hasSize(1))
                .body("days[0].name", equalTo("x".repeat(100)));
    }

    @Test
    void spacesAroundANameAreDropped() {
        TestUser user = api.newUser();

        String id = api.as(user).body(plans.planBody(user, "  ab \t")).post(PLANS)
                .then().statusCode(201)
                .body("data.name", equalTo("ab"))
                .extract().path("data.id");
        api.as(user).body(Map.of("name", " cd ")).put(PLAN, id)
                .then().statusCode(200)
                .body("data.name", equalTo("cd"));
    }

    @Test
    void aLongNameCanBeGivenOnUpdateToo() {
        TestUser user = api.newUser();
        String id = plans.create(user, "Short");

        api.as(user).body(Map.of("name", "y".repeat(255))).put(PLAN, id)
                .then().statusCode(200)
                .body("data.name", equalTo("y".repeat(255)));
    }

    @Test
    void eachExerciseBoundIsAccepted() {
        TestUser user = api.newUser();
        Map<String, Object> least = exercise(plans.exerciseId(BENCH_PRESS), 1, 1);
        least.put("weight", 0);
        least.put("rest_time", 0);
        least.put("notes", "n".repeat(500));
        least.put("order_index", 1);
        Map<String, Object> most = exercise(plans.exerciseId(SQUAT), 50, 1000);
        most.put("weight", 10000);
        most.put("rest_time", 3600);
        Map<String, Object> body = plans.planBody(user, "Bounds");
        body.put("exercises", List.of(least, most));

        String id = api.as(user).body(body).post(PLANS)
                .then().statusCode(201)
                .body("data.exercises.sets", contains(1, 50))
                .body("data.exercises.reps", contains(1, 1000))
                .body("data.exercises.weight", contains(0, 10000))
                .body("data.exercises.rest_time", contains(0, 3600))
                .body("data.exercises[0].notes", equalTo("n".repeat(500)))
                .extract().path("data.id");
        api.as(user).get("/api/training-plans/{id}", id)
                .then().body("days[0].exercises[1].sets", hasSize(50));
    }

    @Test
    void aWeightWithTwoDecimalsIsKept() {
        TestUser user = api.newUser();
        Map<String, Object> body = plans.planBody(user, "Decimals");
        firstExercise(body).put("weight", 102.25);

        api.as(user).body(body).post(PLANS)
                .then().statusCode(201)
                .body("data.exercises[0].weight", equalTo(102.25f));
    }

    static Stream<Arguments> invalidUpdates() {
        return Stream.of(
                plan("name", "a", "name"),
                plan("name", "x".repeat(256), "name"),
                plan("name", "  ", "name"),
                plan("name", " c ", "name"),
                plan("description", "d".repeat(2001), "description"),
                plan("muscle_types", List.of(), "muscle_types"),
                plan("muscle_types", List.of("wings"), "muscle_types"),
                plan("difficulty_level", "elite", "difficulty_level"),
                plan("estimated_duration", 4, "estimated_duration"),
                plan("estimated_duration", 301, "estimated_duration"),
                plan("is_public", "maybe", "is_public"),
                plan("exercises", List.of(), "exercises"),
                plan("exercises", List.of(Map.of("sets", 3, "reps", 5)), "exercises[0].exercise_id"),
                plan("exercises", List.of(Map.of("exercise_id", UNKNOWN_ID, "sets", 3, "reps", 5)),
                        "exercises[0].exercise_id"),
                plan("exercises", List.of(Map.of("exercise_id", "squat-id", "sets", 3, "reps", 5)),
                        "exercises[0].exercise_id"),
                plan("exercises", List.of(Map.of("exercise_id", UNKNOWN_ID, "sets", 51, "reps", 5)),
                        "exercises[0].sets"),
                plan("exercises", List.of(Map.of("exercise_id", UNKNOWN_ID, "sets", 3, "reps", 1001)),
                        "exercises[0].reps"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidUpdates")
    void anInvalidUpdateIsRefusedAndChangesNothing(String description, Consumer<Map<String, Object>> change,
            String field) {
        TestUser user = api.newUser();
        String id = plans.create(user, "Kept");
        Map<String, Object> before = api.as(user).get(PLAN, id).then().extract().path("data");
        Map<String, Object> body = new HashMap<>(Map.of("is_public", true, "estimated_duration", 30));
        change.accept(body);

        invalid(api.as(user).body(body).put(PLAN, id).then(), field);
        api.as(user).get(PLAN, id).then().body("data", equalTo(before));
    }

    @Test
    void anUpdateWithAnUnknownExerciseChangesNoOtherFieldEither() {
        TestUser user = api.newUser();
        String id = plans.create(user, "Atomic");
        Map<String, Object> before = api.as(user).get(PLAN, id).then().extract().path("data");

        invalid(api.as(user).body(Map.of("name", "Renamed", "muscle_types", List.of("legs"),
                "exercises", List.of(exercise(UNKNOWN_ID, 3, 5))))
                .put(PLAN, id).then(), "exercises[0].exercise_id");
        api.as(user).get(PLAN, id).then().body("data", equalTo(before));
    }

    private static Arguments added(String field, Object value, String reported) {
        return Arguments.of(field + " = " + shortly(value),
                (Consumer<Map<String, Object>>) body -> body.put(field, value),
                reported);
    }

    static Stream<Arguments> invalidAddedExercises() {
        return Stream.of(
                Arguments.of("no exercise_id", (Consumer<Map<String, Object>>) body -> body.remove("exercise_id"),
                        "exercise_id"),
                added("exercise_id", "2", "exercise_id"),
                added("exercise_id", UNKNOWN_ID, "exercise_id"),
                Arguments.of("no sets", (Consumer<Map<String, Object>>) body -> body.remove("sets"), "sets"),
                added("sets", 0, "sets"),
                added("sets", 51, "sets"),
                Arguments.of("no reps", (Consumer<Map<String, Object>>) body -> body.remove("reps"), "reps"),
                added("reps", 0, "reps"),
                added("reps", 1001, "reps"),
                added("weight", -1, "weight"),
                added("weight", 10001, "weight"),
                added("rest_time", -1, "rest_time"),
                added("rest_time", 3601, "rest_time"),
                added("notes", "n".repeat(501), "notes"),
                added("order_index", 0, "order_index"),
                added("order_index", 3, "order_index"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidAddedExercises")
    void anInvalidAddedExerciseIsRefused(String description, Consumer<Map<String, Object>> change, String field) {
        TestUser user = api.newUser();
        String id = plans.create(user, "One exercise");
        Map<String, Object> body = new HashMap<>(exercise(plans.exerciseId(SQUAT), 3, 5));
        change.accept(body);

        invalid(api.as(user).body(body).post(EXERCISES, id).then(), field);
        api.as(user).get(PLAN, id).then().body("data.exercises", hasSize(1));
    }

    @Test
    void anAddedExercisesBoundsAreAccepted() {
        TestUser user = api.newUser();
        String id = plans.create(user, "Added bounds");

        api.as(user).body(Map.of("exercise_id", plans.exerciseId(SQUAT), "sets", 50, "reps", 1000,
                "weight", 10000, "rest_time", 3600, "notes", "n".repeat(500)))
                .post(EXERCISES, id)
                .then().statusCode(201)
                .body("data.sets", equalTo(50))
                .body("data.reps", equalTo(1000))
                .body("data.weight", equalTo(10000))
                .body("data.rest_time", equalTo(3600));
        api.as(user).body(Map.of("exercise_id", plans.exerciseId(SQUAT), "sets", 1, "reps", 1,
                "weight", 0, "rest_time", 0, "order_index", 1))
                .post(EXERCISES, id)
                .then().statusCode(201)
                .body("data.order_index", equalTo(1));
    }

    static Stream<Arguments> invalidExerciseChanges() {
        return Stream.of(
                added("sets", 0, "sets"),
                added("sets", 51, "sets"),
                added("reps", 0, "reps"),
                added("reps", 1001, "reps"),
                added("weight", -1, "weight"),
                added("weight", 10001, "weight"),
                added("rest_time", -1, "rest_time"),
                added("rest_time", 3601, "rest_time"),
                added("notes", "n".repeat(501), "notes"),
                added("order_index", 0, "order_index"),
                added("order_index", 2, "order_index"),
                added("sets", "five", "sets"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidExerciseChanges")
    void anInvalidExerciseChangeIsRefusedAndChangesNothing(String description, Consumer<Map<String, Object>> change,
            String field) {
        TestUser user = api.newUser();
        String id = plans.create(user, "Change me");
        Map<String, Object> before = api.as(user).get(PLAN, id).then().extract().path("data.exercises[0]");
        Map<String, Object> body = new HashMap<>(Map.of("reps", 12));
        change.accept(body);

        invalid(api.as(user).body(body).put(EXERCISE, id, before.get("id")).then(), field);
        api.as(user).get(PLAN, id).then().body("data.exercises[0]", equalTo(before));
    }

    @Test
    void anExerciseChangesBoundsAreAccepted() {
        TestUser user = api.newUser();
        String id = plans.create(user, "Change bounds");
        String exercise = api.as(user).get(PLAN, id).then().extract().path("data.exercises[0].id");

        api.as(user).body(Map.of("sets", 50, "reps", 1000, "weight", 10000, "rest_time", 3600,
                "notes", "n".repeat(500), "order_index", 1))
                .put(EXERCISE, id, exercise)
                .then().statusCode(200)
                .body("data.sets", equalTo(50))
                .body("data.reps", equalTo(1000))
                .body("data.weight", equalTo(10000))
                .body("data.rest_time", equalTo(3600));
        api.as(user).body(Map.of("sets", 1, "reps", 1, "weight", 0, "rest_time", 0))
                .put(EXERCISE, id, exercise)
                .then().statusCode(200)
                .body("data.sets", equalTo(1))
                .body("data.reps", equalTo(1))
                .body("data.weight", equalTo(0))
                .body("data.rest_time", equalTo(0));
    }

    @Test
    void malformedJsonIsABadRequestInTheErrorEnvelope() {
        TestUser user = api.newUser();
        String id = plans.create(user, "Target");
        String exercise = api.as(user).get(PLAN, id).then().extract().path("data.exercises[0].id");

        error(api.as(user).body("{\"name\": ").post(PLANS).then(), 400)
                .body("message", equalTo("The request body is missing or is not valid JSON"))
                .body("details", empty());
        error(api.as(user).body("{\"name\": \"x\",}").put(PLAN, id).then(), 400).body("details", empty());
        error(api.as(user).body("[").post(EXERCISES, id).then(), 400);
        error(api.as(user).body("not json").put(EXERCISE, id, exercise).then(), 400);
    }

    @Test
    void aMissingOrNullBodyIsABadRequest() {
        TestUser user = api.newUser();

        error(api.as(user).post(PLANS).then(), 400);
        error(api.as(user).body("null").post(PLANS).then(), 400);
    }

    @Test
    void aBodyThatIsNotJsonIsUnsupportedInTheErrorEnvelope() {
        TestUser user = api.newUser();

        error(api.as(user).contentType("text/plain").body("name=Push").post(PLANS).then(), 415);
    }

    @Test
    void anIdThatIsNotAUuidIsABadRequestNamingIt() {
        TestUser user = api.newUser();

        error(api.as(user).get(PLAN, "1").then(), 400)
                .body("details", hasItem("id must be a valid UUID"));
        error(api.as(user).body(Map.of("name", "New")).put(PLAN, "plan-1").then(), 400);
        error(api.as(user).delete(PLAN, "plan-1").then(), 400);
        error(api.as(user).body(exercise(UNKNOWN_ID, 3, 5)).post(EXERCISES, "plan-1").then(), 400);
        String id = plans.create(user, "Real");
        error(api.as(user).delete(EXERCISE, id, "4").then(), 400)
                .body("details", hasItem("exerciseId must be a valid UUID"));
    }

    @Test
    void aMethodThePathDoesNotSupportIs405InTheErrorEnvelope() {
        TestUser user = api.newUser();
        String id = plans.create(user, "Patchless");

        error(api.as(user).body(Map.of("name", "x")).patch(PLAN, id).then(), 405);
    }

    @Test
    void leftOutOptionalListsAreFineButAnExplicitNullNameOnUpdateKeepsIt() {
        TestUser user = api.newUser();
        String id = plans.create(user, "Keeps its name");
        Map<String, Object> body = new HashMap<>();
        body.put("name", null);
        body.put("exercises", null);
        body.put("muscle_types", null);

        api.as(user).body(body).put(PLAN, id)
                .then().statusCode(200)
                .body("success", is(true))
                .body("data.name", equalTo("Keeps its name"))
                .body("data.muscle_types", contains("chest"))
                .body("data.exercises", hasSize(1));
    }

    @Test
    void isPublicAcceptsTrueAndFalse() {
        TestUser user = api.newUser();
        Map<String, Object> body = plans.planBody(user, "Public");
        body.put("is_public", true);
        String id = api.as(user).body(body).post(PLANS).then().statusCode(201).body("data.is_public", is(true))
                .extract().path("data.id");

        api.as(user).body(Map.of("is_public", false)).put(PLAN, id)
                .then().statusCode(200).body("data.is_public", is(false));
    }
}

package dev.overload.planning.web;

import dev.overload.Api;
import dev.overload.TestUser;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Shortcuts for the plan tests: catalog look-ups, building plans over the API and composite payloads.
 * Everything goes through the public HTTP API, as a client would.
 */
final class PlanApi {

    static final String PLANS = "/api/training-plans";
    static final String PLAN = PLANS + "/{planId}";
    static final String DAYS = PLAN + "/days";
    static final String DAY = DAYS + "/{dayId}";
    static final String EXERCISES = DAY + "/exercises";
    static final String EXERCISE = EXERCISES + "/{exerciseId}";
    static final String SETS = EXERCISE + "/sets";
    static final String SET = SETS + "/{setId}";
    static final String PROGRESSION = PLAN + "/exercises/{exerciseId}/progression";
    static final String COMMENTS = PLAN + "/comments";
    static final String COMPOSITE = PLAN + "/composite";
    static final String COPY = PLAN + "/copy";

    static final String SQUAT = "Barbell Back Squat";
    static final String BENCH = "Barbell Bench Press";
    static final String DEADLIFT = "Barbell Deadlift";
    static final String PULL_UP = "Pull-Up";
    static final String PUSH_UP = "Push-Up";
    static final String PLANK = "Plank";
    static final String CURL = "Dumbbell Curl";

    private final Api api;

    PlanApi(Api api) {
        this.api = api;
    }

    /** The id of the system exercise with exactly this name. */
    String exercise(String name) {
        return api.systemExerciseId(name);
    }

    /** A custom exercise only {@code owner} may use. */
    String customExercise(TestUser owner, String name) {
        return api.as(owner).body(Map.of("name", name)).post("/api/exercises")
                .then().statusCode(201).extract().path("id");
    }

    String createPlan(TestUser user, String name) {
        return createPlan(user, Map.of("name", name));
    }

    String createPlan(TestUser user, Map<String, ?> body) {
        return api.as(user).body(body).post(PLANS).then().statusCode(201).extract().path("id");
    }

    String publicPlan(TestUser user, String name) {
        return createPlan(user, Map.of("name", name, "is_public", true));
    }

    String addDay(TestUser user, String planId, String name) {
        return api.as(user).body(Map.of("name", name)).post(DAYS, planId)
                .then().statusCode(201).extract().path("id");
    }

    String addExercise(TestUser user, String planId, String dayId, String exerciseId) {
        return api.as(user).body(Map.of("exercise_id", exerciseId)).post(EXERCISES, planId, dayId)
                .then().statusCode(201).extract().path("id");
    }

    String addSet(TestUser user, String planId, String dayId, String exerciseId, int reps, Object weight) {
        return api.as(user).body(Map.of("expected_reps", reps, "expected_weight", weight))
                .post(SETS, planId, dayId, exerciseId)
                .then().statusCode(201).extract().path("id");
    }

    /** Makes the plan exactly {@code days} in one composite request and answers the resulting tree. */
    JsonPath replace(TestUser user, String planId, String name, List<Map<String, Object>> days) {
        return api.as(user).body(Map.of("name", name, "days", days)).post(COMPOSITE, planId)
                .then().statusCode(200).extract().jsonPath();
    }

    /** A new plan of {@code days} × {@code exercises} × {@code sets}, built in one composite request. */
    String planOfSize(TestUser user, String name, int days, int exercises, int sets) {
        String planId = createPlan(user, name);
        List<String> catalog = List.of(exercise(SQUAT), exercise(BENCH), exercise(DEADLIFT), exercise(PULL_UP));
        replace(user, planId, name, java.util.stream.IntStream.rangeClosed(1, days)
                .mapToObj(d -> day("Day " + d, java.util.stream.IntStream.rangeClosed(1, exercises)
                        .mapToObj(e -> exercise(catalog.get(e % catalog.size()),
                                java.util.stream.IntStream.rangeClosed(1, sets)
                                        .mapToObj(s -> set(5 + s, 20 * s)).toList()))
                        .toList()))
                .toList());
        return planId;
    }

    JsonPath get(TestUser user, String planId) {
        return api.as(user).get(PLAN, planId).then().statusCode(200).extract().jsonPath();
    }

    // --- composite payloads

    static Map<String, Object> day(String name, List<Map<String, Object>> exercises) {
        return item("name", name, "exercises", exercises);
    }

    @SafeVarargs
    static Map<String, Object> day(String name, Map<String, Object>... exercises) {
        return day(name, Arrays.asList(exercises));
    }

    static Map<String, Object> exercise(String exerciseId, List<Map<String, Object>> sets) {
        return item("exercise_id", exerciseId, "sets", sets);
    }

    @SafeVarargs
    static Map<String, Object> exercise(String exerciseId, Map<String, Object>... sets) {
        return exercise(exerciseId, Arrays.asList(sets));
    }

    static Map<String, Object> set(int reps, Object weight) {
        return item("expected_reps", reps, "expected_weight", weight);
    }

    /** A copy of {@code item} with one more field (e.g. the id of a stored item). */
    static Map<String, Object> with(Map<String, Object> item, String field, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(item);
        copy.put(field, value);
        return copy;
    }

    static Map<String, Object> item(Object... fieldsAndValues) {
        Map<String, Object> item = new LinkedHashMap<>();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            item.put((String) fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return item;
    }

    /** A number of the body read exactly, as written (not through float). */
    static BigDecimal decimal(Response response, String path) {
        return decimal(response.asString(), path);
    }

    static BigDecimal decimal(String body, String path) {
        Object value = JsonPath.from(body)
                .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL))
                .get(path);
        return value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString());
    }
}

package dev.overload.training.web;

import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.overload.Api;
import dev.overload.TestUser;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ValidatableResponse;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.UUID;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/**
 * Requests shared by the training tests: catalog exercise ids, a one-day plan built through
 * {@code POST /api/training-plans} + {@code /composite}, sessions started from it and their sets logged.
 */
final class TrainingFixture {

    static final String SQUAT = "Barbell Back Squat";
    static final String BENCH_PRESS = "Barbell Bench Press";
    static final String DEADLIFT = "Barbell Deadlift";
    static final String PULL_UP = "Pull-Up";

    static final String SESSIONS = "/api/training-sessions";
    static final String SESSION = "/api/training-sessions/{sessionId}";
    static final String SETS = "/api/training-sessions/{sessionId}/sets";
    static final String SET = "/api/training-sessions/{sessionId}/sets/{setId}";
    static final String PROGRESSION = "/api/training-plans/{planId}/exercises/{exerciseId}/progression";

    private static final JsonPathConfig DECIMALS = JsonPathConfig.jsonPathConfig()
            .numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL);

    private final Api api;

    TrainingFixture(Api api) {
        this.api = api;
    }

    // --- exercises

    /** The id of the catalog (system) exercise with exactly this name. */
    String exerciseId(String name) {
        return api.systemExerciseId(name);
    }

    /** A new custom exercise of the user. */
    String customExercise(TestUser owner, String name) {
        return api.as(owner).body(Map.of("name", name + " " + tag())).post("/api/exercises")
                .then().statusCode(201).extract().path("id");
    }

    // --- plans

    /** One exercise of a plan day: a set of {@code reps} at each weight (the user's unit). */
    record Slot(String exerciseId, int reps, List<String> weights) {

        /** {@code sets} sets of {@code reps} at {@code weight}. */
        Slot(String exerciseId, int sets, int reps, String weight) {
            this(exerciseId, reps, Collections.nCopies(sets, weight));
        }

        Slot(String exerciseId, int reps, String... weights) {
            this(exerciseId, reps, List.of(weights));
        }
    }

    /** A plan of one day; the slot ids (training_plan_exercise_id) and catalog ids in day order. */
    record Plan(String id, String dayId, List<String> slotIds, List<String> exerciseIds) {

        String slotId() {
            return slotIds.getFirst();
        }

        String exerciseId() {
            return exerciseIds.getFirst();
        }
    }

    Plan plan(TestUser owner, Slot... slots) {
        String planId = api.as(owner).body(Map.of("name", "Plan " + tag())).post("/api/training-plans")
                .then().statusCode(201).extract().path("id");
        List<Map<String, Object>> exercises = new ArrayList<>();
        for (Slot slot : slots) {
            List<Map<String, Object>> sets = slot.weights().stream()
                    .map(weight -> Map.<String, Object>of("expected_reps", slot.reps(),
                            "expected_weight", new BigDecimal(weight)))
                    .toList();
            exercises.add(Map.of("exercise_id", slot.exerciseId(), "sets", sets));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "Plan " + tag());
        body.put("days", List.of(Map.of("name", "Day A", "exercises", exercises)));
        JsonPath plan = api.as(owner).body(body).post("/api/training-plans/{planId}/composite", planId)
                .then().statusCode(200).extract().jsonPath();
        return new Plan(planId, plan.getString("days[0].id"), plan.getList("days[0].exercises.id", String.class),
                plan.getList("days[0].exercises.exercise_id", String.class));
    }

    /** A plan of one day of {@code exercises} new custom exercises, the i-th {@code sets} x 5 at 40 + i. */
    Plan plan(TestUser owner, int exercises, int sets) {
        return plan(owner, IntStream.range(0, exercises)
                .mapToObj(i -> new Slot(customExercise(owner, "Move " + i), sets, 5, String.valueOf(40 + i)))
                .toArray(Slot[]::new));
    }

    /** Creates or changes the progression rule of a plan exercise. */
    void configure(TestUser owner, Plan plan, String exerciseId, Map<String, Object> settings) {
        api.as(owner).body(settings).put(PROGRESSION, plan.id(), exerciseId)
                .then().statusCode(anyOf(equalTo(200), equalTo(201)));
    }

    JsonPath progression(TestUser owner, Plan plan, String exerciseId) {
        return decimals(api.as(owner).get(PROGRESSION, plan.id(), exerciseId).then().statusCode(200));
    }

    /** The plan's target weights of the slot's sets, in set order (the user's unit). */
    List<BigDecimal> planWeights(TestUser owner, Plan plan, int slot) {
        return decimals(api.as(owner).get("/api/training-plans/{planId}", plan.id()).then().statusCode(200))
                .getList("days[0].exercises[" + slot + "].sets.expected_weight", BigDecimal.class);
    }

    // --- sessions

    ValidatableResponse startResponse(TestUser user, Plan plan) {
        return api.as(user).body(Map.of("training_plan_id", plan.id(), "training_plan_day_id", plan.dayId()))
                .post(SESSIONS).then();
    }

    /** Starts a session of the plan's day and answers its id. */
    String start(TestUser user, Plan plan) {
        return startResponse(user, plan).statusCode(201).extract().path("id");
    }

    String startAdHoc(TestUser user, String title) {
        return api.as(user).body(Map.of("title", title)).post(SESSIONS).then().statusCode(201).extract().path("id");
    }

    JsonPath session(TestUser user, String sessionId) {
        return decimals(api.as(user).get(SESSION, sessionId).then().statusCode(200));
    }

    /** The session's set ids, exercise by exercise, in set order. */
    List<String> setIds(TestUser user, String sessionId) {
        return session(user, sessionId).getList("sets.id", String.class);
    }

    /** The set ids of one slot of the session's plan day. */
    List<String> setIdsOf(TestUser user, String sessionId, String slotId) {
        return session(user, sessionId).getList("sets.findAll { it.training_plan_exercise_id == '" + slotId
                + "' }.id", String.class);
    }

    ValidatableResponse completeSet(TestUser user, String sessionId, String setId) {
        return api.as(user).patch(SET + "/complete", sessionId, setId).then().statusCode(200);
    }

    ValidatableResponse failSet(TestUser user, String sessionId, String setId, int reps) {
        return api.as(user).queryParam("reps", reps).patch(SET + "/fail", sessionId, setId).then().statusCode(200);
    }

    ValidatableResponse putSet(TestUser user, String sessionId, String setId, Map<String, Object> body) {
        return api.as(user).body(body).put(SET, sessionId, setId).then();
    }

    /** Completes every set of the session as expected. */
    void completeAllSets(TestUser user, String sessionId) {
        setIds(user, sessionId).forEach(setId -> completeSet(user, sessionId, setId));
    }

    ValidatableResponse complete(TestUser user, String sessionId) {
        return api.as(user).post(SESSION + "/complete", sessionId).then();
    }

    /** Completes the session (200) and answers the body read with decimal numbers. */
    JsonPath completed(TestUser user, String sessionId) {
        return decimals(complete(user, sessionId).statusCode(200));
    }

    /** A whole session of the plan: every set done as expected (or, with {@code success} false, the first failed). */
    JsonPath runSession(TestUser user, Plan plan, boolean success) {
        String sessionId = start(user, plan);
        List<String> sets = setIds(user, sessionId);
        for (int i = 0; i < sets.size(); i++) {
            if (!success && i == 0) {
                failSet(user, sessionId, sets.get(i), 2);
            } else {
                completeSet(user, sessionId, sets.get(i));
            }
        }
        return completed(user, sessionId);
    }

    // --- checks

    static JsonPath decimals(ValidatableResponse response) {
        return response.extract().jsonPath(DECIMALS);
    }

    /** A 400 problem naming {@code field} among its errors. */
    static ValidatableResponse invalid(ValidatableResponse response, String field) {
        return response.statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(field));
    }

    static ValidatableResponse problem(ValidatableResponse response, int status) {
        return response.statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status));
    }

    /** A JSON number equal in value to {@code expected}, however it was parsed (int, float, BigDecimal). */
    static Matcher<Object> number(String expected) {
        BigDecimal wanted = new BigDecimal(expected);
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Object item) {
                return item instanceof Number n && new BigDecimal(n.toString()).compareTo(wanted) == 0;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("the number " + expected);
            }
        };
    }

    @SuppressWarnings("unchecked")
    static Matcher<Iterable<?>> numbers(String... expected) {
        Matcher<Object>[] matchers = Arrays.stream(expected).map(TrainingFixture::number).toArray(Matcher[]::new);
        return (Matcher<Iterable<?>>) (Matcher<?>) contains(matchers);
    }

    static List<BigDecimal> kg(String... values) {
        return Arrays.stream(values).map(BigDecimal::new).toList();
    }

    static String tag() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }
}

package dev.overload.fuzz;

import dev.overload.Api;
import dev.overload.TestUser;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Two real accounts with real resources of every kind, so that generated requests name ids that exist: the
 * fuzzing account's own (which should work) and the other account's (which must answer 404 or 403). Ids are kept
 * per kind, named as the API's paths name them; a recorded day's date counts as an id.
 */
final class FuzzWorld {

    enum Kind {
        PLAN,
        DAY,
        SLOT,
        PLAN_SET,
        SESSION,
        SESSION_SET,
        EXERCISE,
        SCHEDULE,
        COMMENT,
        USER,
        NOTIFICATION,
        WIDGET,
        DATE
    }

    private final Api api;
    private final Clock clock;
    final Map<Kind, List<String>> own = new ConcurrentHashMap<>();
    final Map<Kind, List<String>> others = new ConcurrentHashMap<>();
    volatile TestUser owner;
    volatile TestUser other;

    FuzzWorld(Api api, Clock clock) {
        this.api = api;
        this.clock = clock;
    }

    void build() {
        owner = api.newUser();
        other = api.newUser();
        own.clear();
        others.clear();
        resourcesOf(owner, own);
        resourcesOf(other, others);
    }

    /** The owner's token again after it stopped working (expired, or ended by something the fuzzer did). */
    void logInAgain() {
        owner = api.logIn(owner);
    }

    List<String> own(Kind kind) {
        return own.getOrDefault(kind, List.of());
    }

    List<String> others(Kind kind) {
        return others.getOrDefault(kind, List.of());
    }

    List<UUID> userIds() {
        return List.of(owner.id(), other.id());
    }

    private void resourcesOf(TestUser user, Map<Kind, List<String>> ids) {
        add(ids, Kind.USER, user.id().toString());
        String exercise = as(user).body(Map.of("name", "Fuzz move " + UUID.randomUUID()))
                .post("/api/exercises").then().statusCode(201).extract().path("id");
        add(ids, Kind.EXERCISE, exercise);
        String squat = api.systemExerciseId("Barbell Back Squat");
        add(ids, Kind.EXERCISE, squat);
        String planId = as(user).body(Map.of("name", "Fuzz plan", "is_public", true)).post("/api/training-plans")
                .then().statusCode(201).extract().path("id");
        JsonPath plan = as(user).body(Map.of("name", "Fuzz plan", "is_public", true, "days",
                List.of(Map.of("name", "Day A", "exercises", List.of(
                        Map.of("exercise_id", squat, "sets", List.of(
                                Map.of("expected_reps", 5, "expected_weight", new BigDecimal("60")),
                                Map.of("expected_reps", 5, "expected_weight", new BigDecimal("60")))),
                        Map.of("exercise_id", exercise, "sets", List.of(
                                Map.of("expected_reps", 8, "expected_weight", new BigDecimal("20")))))))))
                .post("/api/training-plans/{planId}/composite", planId).then().statusCode(200).extract().jsonPath();
        add(ids, Kind.PLAN, planId);
        String dayId = plan.getString("days[0].id");
        add(ids, Kind.DAY, dayId);
        plan.getList("days[0].exercises.id", String.class).forEach(slot -> add(ids, Kind.SLOT, slot));
        plan.getList("days[0].exercises.sets.flatten().id", String.class).forEach(set -> add(ids, Kind.PLAN_SET, set));
        String privatePlan = as(user).body(Map.of("name", "Private fuzz plan")).post("/api/training-plans")
                .then().statusCode(201).extract().path("id");
        add(ids, Kind.PLAN, privatePlan);
        String comment = as(user).body(Map.of("body", "Nice plan")).post("/api/training-plans/{id}/comments",
                planId).then().extract().path("id");
        add(ids, Kind.COMMENT, comment);
        JsonPath session = as(user).body(Map.of("training_plan_id", planId, "training_plan_day_id", dayId))
                .post("/api/training-sessions").then().statusCode(201).extract().jsonPath();
        add(ids, Kind.SESSION, session.getString("id"));
        session.getList("sets.id", String.class).forEach(set -> add(ids, Kind.SESSION_SET, set));
        String adHoc = as(user).body(Map.of("title", "Ad hoc")).post("/api/training-sessions").then()
                .statusCode(201).extract().path("id");
        add(ids, Kind.SESSION, adHoc);
        Instant start = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.HOURS);
        String schedule = as(user).body(Map.of("plan_id", planId, "day_id", dayId, "start_time",
                start.toString(), "end_time", start.plus(Duration.ofHours(1)).toString(), "remind_before", 0))
                .post("/api/schedules").then().extract().path("id");
        add(ids, Kind.SCHEDULE, schedule);
        as(user).get("/api/dashboard/widgets").then().statusCode(200).extract().jsonPath()
                .getList("id", String.class).forEach(widget -> add(ids, Kind.WIDGET, widget));
        String day = LocalDate.now(clock).minusDays(1).toString();
        as(user).body(Map.of("sleep_quality", 4, "steps", 8000, "notes", "Fuzz day"))
                .put("/api/daily-metrics/{date}", day).then().statusCode(200);
        add(ids, Kind.DATE, day);
    }

    /**
     * The world's own requests skip the contract check: they are scaffolding, and each endpoint's own tests check
     * its answers against the document; a mismatch there should fail those tests, not stop the fuzzing.
     */
    private RequestSpecification as(TestUser user) {
        return api.as(user).noFilters();
    }

    private static void add(Map<Kind, List<String>> ids, Kind kind, String id) {
        if (id != null) {
            ids.computeIfAbsent(kind, ignored -> new ArrayList<>()).add(id);
        }
    }
}

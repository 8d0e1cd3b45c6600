package dev.overload.dashboard.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import dev.overload.Api;
import dev.overload.ApiTest;
import dev.overload.StatementCounter;
import dev.overload.TestUser;
import io.restassured.response.ValidatableResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Seed 001's dashboard: preferences, widgets kept in order, and the composed dashboard with its data. */
@ApiTest
class DashboardTests {

    static final String DASHBOARD = "/api/dashboard";
    static final String WIDGETS = "/api/dashboard/widgets";
    static final String WIDGET = "/api/dashboard/widgets/{id}";

    @Autowired
    Api api;

    @Autowired
    StatementCounter statements;

    @Autowired
    Clock clock;

    @Test
    void aNewAccountHasASensibleDashboard() {
        TestUser user = api.newUser();

        api.as(user).get(WIDGETS).then().statusCode(200)
                .body("widget_type", contains("NEXT_WORKOUT", "WEEKLY_VOLUME", "ADHERENCE_STREAK", "RECENT_RECORDS",
                        "MUSCLE_SETS", "WELLNESS_TODAY", "BODY_WEIGHT_TREND", "TOP_INSIGHT"))
                .body("widget_position", contains(1, 2, 3, 4, 5, 6, 7, 8))
                .body("is_visible", everyTrue());
        api.as(user).get(DASHBOARD + "/preferences").then().statusCode(200).body("default_view", equalTo("TODAY"));
        api.as(user).get(DASHBOARD).then().statusCode(200)
                .body("default_view", equalTo("TODAY"))
                .body("weight_unit", equalTo("KG"))
                .body("widgets", hasSize(8))
                .body("widgets[0].data.source", equalTo("NONE"))
                .body("widgets[5].data.recorded", equalTo(false))
                .body("widgets[6].data.points", hasSize(0))
                .body("widgets[7].data.insight", nullValue())
                .body("widgets[1].data.weeks", hasSize(12))
                .body("widgets[2].data.due", equalTo(0))
                .body("widgets[2].data.rate", nullValue())
                .body("widgets[3].data.records", hasSize(0));
    }

    @Test
    void theDefaultViewIsOneOfTheAppsScreens() {
        TestUser user = api.newUser();

        api.as(user).body(Map.of("default_view", "PROGRESS")).put(DASHBOARD + "/preferences").then()
                .statusCode(200).body("default_view", equalTo("PROGRESS"));
        api.as(user).get(DASHBOARD).then().body("default_view", equalTo("PROGRESS"));
        invalid(api.as(user).body(Map.of("default_view", "SPACESHIP")).put(DASHBOARD + "/preferences").then(),
                "default_view");
        invalid(api.as(user).body(Map.of()).put(DASHBOARD + "/preferences").then(), "default_view");
    }

    @Test
    void widgetsStayDenselyOrderedWhenAddedMovedAndRemoved() {
        TestUser user = api.newUser();
        String records = api.as(user).get(WIDGETS).then().extract()
                .path("find { it.widget_type == 'RECENT_RECORDS' }.id");

        String added = api.as(user).body(Map.of("widget_type", "WEEKLY_VOLUME", "widget_title", "Last month",
                "widget_position", 2, "widget_size", "SMALL", "settings", Map.of("weeks", 4))).post(WIDGETS).then()
                .statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/dashboard/widgets/"))
                .body("widget_position", equalTo(2))
                .body("settings.weeks", equalTo(4))
                .extract().path("id");
        positions(user, "NEXT_WORKOUT", "WEEKLY_VOLUME", "WEEKLY_VOLUME", "ADHERENCE_STREAK", "RECENT_RECORDS",
                "MUSCLE_SETS", "WELLNESS_TODAY", "BODY_WEIGHT_TREND", "TOP_INSIGHT");

        api.as(user).body(Map.of("widget_position", 9)).put(WIDGET, added).then().statusCode(200)
                .body("widget_title", equalTo("Last month")).body("widget_size", equalTo("SMALL"));
        positions(user, "NEXT_WORKOUT", "WEEKLY_VOLUME", "ADHERENCE_STREAK", "RECENT_RECORDS", "MUSCLE_SETS",
                "WELLNESS_TODAY", "BODY_WEIGHT_TREND", "TOP_INSIGHT", "WEEKLY_VOLUME");

        api.as(user).delete(WIDGET, records).then().statusCode(204);
        positions(user, "NEXT_WORKOUT", "WEEKLY_VOLUME", "ADHERENCE_STREAK", "MUSCLE_SETS", "WELLNESS_TODAY",
                "BODY_WEIGHT_TREND", "TOP_INSIGHT", "WEEKLY_VOLUME");
        invalid(api.as(user).body(Map.of("widget_position", 9)).put(WIDGET, added).then(), "widget_position");
    }

    @Test
    void hiddenWidgetsAreKeptButNotShown() {
        TestUser user = api.newUser();
        String first = api.as(user).get(WIDGETS).then().extract().path("[0].id");

        api.as(user).body(Map.of("is_visible", false)).put(WIDGET, first).then().statusCode(200)
                .body("is_visible", equalTo(false));

        api.as(user).get(WIDGETS).then().body("$", hasSize(8));
        api.as(user).get(DASHBOARD).then().body("widgets", hasSize(7))
                .body("widgets.widget_type", not(hasItem("NEXT_WORKOUT")));
    }

    @Test
    void widgetsAreValidated() {
        TestUser owner = api.newUser();
        TestUser user = api.newUser();
        String custom = api.as(owner).body(Map.of("name", "Secret lift " + UUID.randomUUID())).post("/api/exercises")
                .then().statusCode(201).extract().path("id");

        invalid(api.as(user).body(Map.of("widget_title", "No type")).post(WIDGETS).then(), "widget_type");
        invalid(api.as(user).body(Map.of("widget_type", "HOROSCOPE")).post(WIDGETS).then(), "widget_type");
        invalid(api.as(user).body(Map.of("widget_type", "E1RM_TREND")).post(WIDGETS).then(), "settings.exercise_id");
        invalid(api.as(user).body(Map.of("widget_type", "E1RM_TREND", "settings", Map.of("exercise_id", custom)))
                .post(WIDGETS).then(), "settings.exercise_id");
        invalid(api.as(user).body(Map.of("widget_type", "WEEKLY_VOLUME", "settings", Map.of("weeks", 261)))
                .post(WIDGETS).then(), "settings.weeks");
        invalid(api.as(user).body(Map.of("widget_type", "RECENT_RECORDS", "settings", Map.of("limit", 0)))
                .post(WIDGETS).then(), "settings.limit");
        invalid(api.as(user).body(Map.of("widget_type", "WEEKLY_VOLUME", "widget_title", "x".repeat(101)))
                .post(WIDGETS).then(), "widget_title");
        invalid(api.as(user).body(Map.of("widget_type", "WEEKLY_VOLUME", "widget_size", "HUGE")).post(WIDGETS)
                .then(), "widget_size");
    }

    @Test
    void aDashboardHoldsThirtyWidgets() {
        TestUser user = api.newUser();
        for (int i = 8; i < 30; i++) {
            api.as(user).body(Map.of("widget_type", "RECENT_RECORDS")).post(WIDGETS).then().statusCode(201);
        }

        api.as(user).body(Map.of("widget_type", "RECENT_RECORDS")).post(WIDGETS).then().statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void anotherUsersWidgetsAreInvisible() {
        TestUser owner = api.newUser();
        TestUser other = api.newUser();
        String widget = api.as(owner).get(WIDGETS).then().extract().path("[0].id");

        api.as(other).body(Map.of("widget_title", "Mine now")).put(WIDGET, widget).then().statusCode(404);
        api.as(other).delete(WIDGET, widget).then().statusCode(404);
        api.as(owner).get(WIDGETS).then().body("[0].widget_title", equalTo("Next workout"));
    }

    @Test
    void theDashboardShowsTrainingInTheUsersUnit() {
        TestUser user = api.newUser();
        api.as(user).body(Map.of("weight_unit", "LB")).patch("/api/users/me").then().statusCode(200);
        String squat = api.systemExerciseId("Barbell Back Squat");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        log(user, today, squat, 5, 225);
        api.as(user).body(Map.of("widget_type", "E1RM_TREND", "settings", Map.of("exercise_id", squat)))
                .post(WIDGETS).then().statusCode(201);

        api.as(user).get(DASHBOARD).then().statusCode(200)
                .body("weight_unit", equalTo("LB"))
                .body("widgets.find { it.widget_type == 'WEEKLY_VOLUME' }.data.weeks[-1].volume", equalTo(1125))
                .body("widgets.find { it.widget_type == 'RECENT_RECORDS' }.data.records.type",
                        hasItem("HEAVIEST_WEIGHT"))
                .body("widgets.find { it.widget_type == 'RECENT_RECORDS' }.data.records.find { it.type == "
                        + "'HEAVIEST_WEIGHT' }.value", equalTo(225))
                .body("widgets.find { it.widget_type == 'E1RM_TREND' }.data.exercise_name",
                        equalTo("Barbell Back Squat"))
                .body("widgets.find { it.widget_type == 'E1RM_TREND' }.data.points[0].estimated_one_rep_max",
                        equalTo(262.5f))
                .body("widgets.find { it.widget_type == 'MUSCLE_SETS' }.data.muscle_groups[0].muscle_group",
                        equalTo("quadriceps"));
    }

    @Test
    void theNextWorkoutIsTheActivePlansNextDayWhenNothingIsScheduled() {
        TestUser user = api.newUser();
        String plan = plan(user, "Upper/Lower");
        String upper = day(user, plan, "Upper");
        String lower = day(user, plan, "Lower");
        api.as(user).body(Map.of("active_training_plan_id", plan)).put("/api/user-profiles/{id}", user.id()).then()
                .statusCode(200);

        nextWorkout(user).body("source", equalTo("ACTIVE_PLAN")).body("day_id", equalTo(upper))
                .body("day_name", equalTo("Upper")).body("plan_name", equalTo("Upper/Lower"));

        String session = api.as(user).body(Map.of("training_plan_id", plan, "training_plan_day_id", upper))
                .post("/api/training-sessions").then().statusCode(201).extract().path("id");
        api.as(user).post("/api/training-sessions/{id}/complete", session).then().statusCode(200);

        nextWorkout(user).body("day_id", equalTo(lower));
    }

    @Test
    void theDashboardCostsTheSameWhateverTheNumberOfWidgets() {
        TestUser user = api.newUser();
        String squat = api.systemExerciseId("Barbell Back Squat");
        String bench = api.systemExerciseId("Barbell Bench Press");
        log(user, LocalDate.now(ZoneOffset.UTC), squat, 5, 100);
        api.as(user).body(Map.of("widget_type", "E1RM_TREND", "settings", Map.of("exercise_id", squat)))
                .post(WIDGETS).then().statusCode(201);
        api.as(user).get(DASHBOARD).then().statusCode(200);

        long once = statements.count(() -> api.as(user).get(DASHBOARD).then().statusCode(200));
        for (String type : List.of("NEXT_WORKOUT", "WEEKLY_VOLUME", "ADHERENCE_STREAK", "RECENT_RECORDS",
                "MUSCLE_SETS", "WELLNESS_TODAY", "BODY_WEIGHT_TREND", "TOP_INSIGHT")) {
            api.as(user).body(Map.of("widget_type", type, "settings", Map.of("weeks", 26, "limit", 10))).post(WIDGETS)
                    .then().statusCode(201);
        }
        api.as(user).body(Map.of("widget_type", "E1RM_TREND", "settings", Map.of("exercise_id", bench)))
                .post(WIDGETS).then().statusCode(201);
        long twice = statements.count(() -> api.as(user).get(DASHBOARD).then().statusCode(200)
                .body("widgets", hasSize(18)));

        System.out.printf("[statements] GET /api/dashboard: 9 widgets=%d, 18 widgets=%d%n", once, twice);
        assertThat(twice).isEqualTo(once);
        // The account; the dashboard with its widgets; the schedules (none, so no sessions for them) and the active
        // plan (none) for the next workout and adherence; weekly volume; the summary's totals and streaks; the
        // records and their exercises' names; the hard sets and their exercises' muscles; the recorded days for
        // both wellness widgets; the top insight; the estimated 1RMs and their exercises' names.
        assertThat(twice).isLessThanOrEqualTo(14);
    }

    @Test
    void theScheduleGivesTheNextWorkoutAndTheAdherenceFromOneRead() {
        TestUser user = api.newUser();
        String plan = plan(user, "Strength");
        String day = day(user, plan, "Legs");
        // Daily at two hours ago, for an hour, from three days back: four workouts missed, the next one tomorrow.
        Instant start = clock.instant().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofDays(3))
                .minus(Duration.ofHours(2));
        api.as(user).body(Map.of("plan_id", plan, "day_id", day, "start_time", start.toString(), "end_time",
                start.plus(Duration.ofHours(1)).toString(), "repeat", Map.of("frequency", "WEEKLY", "weekdays",
                        List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"))))
                .post("/api/schedules").then().statusCode(201);
        api.as(user).get(DASHBOARD).then().statusCode(200);

        long counted = statements.count(() -> api.as(user).get(DASHBOARD).then().statusCode(200)
                .body("widgets.find { it.widget_type == 'NEXT_WORKOUT' }.data.source", equalTo("SCHEDULE"))
                .body("widgets.find { it.widget_type == 'NEXT_WORKOUT' }.data.day_name", equalTo("Legs"))
                .body("widgets.find { it.widget_type == 'NEXT_WORKOUT' }.data.start",
                        equalTo(start.plus(Duration.ofDays(4)).toString()))
                .body("widgets.find { it.widget_type == 'ADHERENCE_STREAK' }.data.due", equalTo(4))
                .body("widgets.find { it.widget_type == 'ADHERENCE_STREAK' }.data.done", equalTo(0)));

        // The account; the dashboard with its widgets; the schedules and their sessions; weekly volume; the summary;
        // the records; the hard sets; the recorded days; the top insight.
        assertThat(counted).isLessThanOrEqualTo(10);
    }

    @Test
    void theDashboardShowsTodaysWellnessAndTheBodyWeightTrendInTheUsersUnit() {
        TestUser user = api.newUser();
        api.as(user).body(Map.of("weight_unit", "LB")).patch("/api/users/me").then().statusCode(200);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        api.as(user).body(Map.of("body_weight", 180)).put("/api/daily-metrics/{date}", today.minusDays(3).toString())
                .then().statusCode(200);
        api.as(user).body(Map.of("body_weight", 179, "energy_level", 8, "steps", 9000))
                .put("/api/daily-metrics/{date}", today.toString()).then().statusCode(200);

        api.as(user).get(DASHBOARD).then().statusCode(200)
                .body("widgets.find { it.widget_type == 'WELLNESS_TODAY' }.data.recorded", equalTo(true))
                .body("widgets.find { it.widget_type == 'WELLNESS_TODAY' }.data.energy_level", equalTo(8))
                .body("widgets.find { it.widget_type == 'WELLNESS_TODAY' }.data.steps", equalTo(9000))
                .body("widgets.find { it.widget_type == 'BODY_WEIGHT_TREND' }.data.points.weight",
                        contains(180, 179));
    }

    private void log(TestUser user, LocalDate day, String exerciseId, int reps, int weight) {
        api.as(user).body(Map.of("session_date", day.toString(), "exercises", List.of(Map.of("exercise_id",
                exerciseId, "sets", List.of(Map.of("reps", reps, "weight", weight, "rir", 2))))))
                .post("/api/training-sessions/logged").then().statusCode(201);
    }

    private String plan(TestUser user, String name) {
        return api.as(user).body(Map.of("name", name)).post("/api/training-plans").then().statusCode(201).extract()
                .path("id");
    }

    private String day(TestUser user, String plan, String name) {
        return api.as(user).body(Map.of("name", name)).post("/api/training-plans/{id}/days", plan).then()
                .statusCode(201).extract().path("id");
    }

    private ValidatableResponse nextWorkout(TestUser user) {
        return api.as(user).get(DASHBOARD).then().statusCode(200).rootPath(
                "widgets.find { it.widget_type == 'NEXT_WORKOUT' }.data");
    }

    private void positions(TestUser user, String... types) {
        api.as(user).get(WIDGETS).then().statusCode(200).body("widget_type", contains((Object[]) types));
        List<Integer> positions = api.as(user).get(WIDGETS).then().extract().path("widget_position");
        assertThat(positions).containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, types.length)
                .boxed().toList());
    }

    private static org.hamcrest.Matcher<Iterable<? super Boolean>> everyTrue() {
        return org.hamcrest.Matchers.not(hasItem(false));
    }

    private static void invalid(ValidatableResponse response, String field) {
        response.statusCode(400).contentType("application/problem+json").body("errors.field", hasItem(field));
    }
}

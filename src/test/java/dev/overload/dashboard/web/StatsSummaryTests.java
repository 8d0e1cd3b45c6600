package dev.overload.dashboard.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import dev.overload.Api;
import dev.overload.ApiTest;
import dev.overload.StatementCounter;
import dev.overload.TestUser;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The training summary: totals of a range, scheduled workouts kept, weekly streaks. */
@ApiTest
class StatsSummaryTests {

    static final String SUMMARY = "/api/stats/summary";

    @Autowired
    Api api;

    @Autowired
    StatementCounter statements;

    @Test
    void totalsOfTheRangeInTheUsersUnit() {
        TestUser user = api.newUser();
        api.as(user).body(Map.of("weight_unit", "LB")).patch("/api/users/me").then().statusCode(200);
        String squat = api.systemExerciseId("Barbell Back Squat");
        Instant started = Instant.now().minus(Duration.ofDays(2)).truncatedTo(ChronoUnit.HOURS);
        api.as(user).body(Map.of("session_date", LocalDate.ofInstant(started, ZoneOffset.UTC).toString(),
                "started_at", started.toString(), "ended_at", started.plus(Duration.ofMinutes(50)).toString(),
                "exercises", List.of(Map.of("exercise_id", squat, "sets", List.of(
                        Map.of("reps", 5, "weight", 200, "rir", 2), Map.of("reps", 5, "weight", 200, "rir", 1))))))
                .post("/api/training-sessions/logged").then().statusCode(201);

        api.as(user).get(SUMMARY).then().statusCode(200)
                .body("weight_unit", equalTo("LB"))
                .body("sessions", equalTo(1))
                .body("sets", equalTo(2))
                .body("volume", equalTo(2000))
                .body("minutes", equalTo(50))
                .body("average_rir", equalTo(1.5f))
                .body("records_set", equalTo(5))
                .body("current_weekly_streak", equalTo(1))
                .body("adherence.due", equalTo(0))
                .body("adherence.rate", nullValue());
    }

    @Test
    void scheduledWorkoutsDoneAndMissed() {
        TestUser user = api.newUser();
        String plan = api.as(user).body(Map.of("name", "Plan")).post("/api/training-plans").then().statusCode(201)
                .extract().path("id");
        String day = api.as(user).body(Map.of("name", "Day")).post("/api/training-plans/{id}/days", plan).then()
                .statusCode(201).extract().path("id");
        Instant twoDaysAgo = Instant.now().minus(Duration.ofDays(2)).truncatedTo(ChronoUnit.HOURS);
        Instant tenDaysAgo = twoDaysAgo.minus(Duration.ofDays(8));
        String recent = schedule(user, plan, day, twoDaysAgo);
        schedule(user, plan, day, tenDaysAgo);
        String session = api.as(user).body(Map.of("schedule_id", recent)).post("/api/training-sessions").then()
                .statusCode(201).extract().path("id");
        api.as(user).post("/api/training-sessions/{id}/complete", session).then().statusCode(200);

        api.as(user).get(SUMMARY).then().statusCode(200)
                .body("adherence.due", equalTo(2))
                .body("adherence.done", equalTo(1))
                .body("adherence.rate", equalTo(0.5f));
    }

    @Test
    void weeklyStreaksCountWeeksInARow() {
        TestUser user = api.newUser();
        String squat = api.systemExerciseId("Barbell Back Squat");
        LocalDate monday = LocalDate.now(ZoneOffset.UTC).with(DayOfWeek.MONDAY);
        for (LocalDate day : List.of(monday.minusWeeks(9), monday.minusWeeks(8), monday.minusWeeks(7),
                monday.minusWeeks(2), monday.minusWeeks(1))) {
            api.as(user).body(Map.of("session_date", day.toString(), "exercises", List.of(Map.of("exercise_id",
                    squat, "sets", List.of(Map.of("reps", 5, "weight", 100)))))).post("/api/training-sessions/logged")
                    .then().statusCode(201);
        }

        api.as(user).get(SUMMARY).then().statusCode(200)
                .body("sessions", equalTo(5))
                .body("current_weekly_streak", equalTo(2))
                .body("longest_weekly_streak", equalTo(3));
    }

    @Test
    void theRangeIsBoundedAndTheCostIsNot() {
        TestUser user = api.newUser();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        api.as(user).queryParam("to", today.minusDays(1).toString()).queryParam("from", today.toString())
                .get(SUMMARY).then().statusCode(400).body("errors.field", hasItem("to"));
        long week = statements.count(() -> api.as(user).queryParam("from", today.minusDays(6).toString())
                .get(SUMMARY).then().statusCode(200));
        long years = statements.count(() -> api.as(user).queryParam("from", today.minusYears(4).toString())
                .get(SUMMARY).then().statusCode(200));
        assertThat(years).isEqualTo(week).isLessThanOrEqualTo(3);
    }

    private String schedule(TestUser user, String plan, String day, Instant start) {
        return api.as(user).body(Map.of("plan_id", plan, "day_id", day, "start_time", start.toString(), "end_time",
                start.plus(Duration.ofHours(1)).toString(), "remind_before", 0)).post("/api/schedules").then()
                .statusCode(201).extract().path("id");
    }
}

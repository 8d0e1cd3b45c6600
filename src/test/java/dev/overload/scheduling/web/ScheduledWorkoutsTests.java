package dev.overload.scheduling.web;

import static dev.overload.scheduling.web.ScheduleFixture.SCHEDULES;
import static dev.overload.scheduling.web.ScheduleFixture.body;
import static dev.overload.scheduling.web.ScheduleFixture.invalid;
import static dev.overload.scheduling.web.ScheduleFixture.problem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;

import dev.overload.Api;
import dev.overload.ApiTest;
import dev.overload.StatementCounter;
import dev.overload.TestUser;
import dev.overload.scheduling.web.ScheduleFixture.PlanDay;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code GET /api/schedules?from&to&status} and {@code GET /api/workouts/upcoming}: occurrences in a window,
 * by start time, with their statuses; sessions started from a schedule.
 */
@ApiTest
class ScheduledWorkoutsTests {

    private static final String SESSIONS = "/api/training-sessions";

    @Autowired
    Api api;

    @Autowired
    Clock clock;

    @Autowired
    StatementCounter statements;

    private ScheduleFixture schedules;
    private Instant now;

    @BeforeEach
    void setUp() {
        schedules = new ScheduleFixture(api);
        now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    private static Map<String, Object> weekly(String... weekdays) {
        return Map.of("frequency", "WEEKLY", "weekdays", List.of(weekdays));
    }

    @Test
    void occurrencesInAWindowComeByStartTimeWithTheirPlanAndDay() {
        TestUser user = api.newUser();
        PlanDay legs = schedules.planDay(user, "Strength", "Legs");
        PlanDay run = schedules.planDay(user, "Cardio", "Run");
        Instant monday = Instant.parse("2027-06-07T07:00:00Z");
        schedules.create(user, body(legs, monday, monday.plus(Duration.ofHours(1)), "repeat", weekly("MON", "WED")));
        Instant tuesday = Instant.parse("2027-06-08T18:00:00Z");
        schedules.create(user, body(run, tuesday, tuesday.plus(Duration.ofMinutes(30)), "remind_before", 10));

        api.as(user).queryParam("from", "2027-06-07T00:00:00Z").queryParam("to", "2027-06-15T00:00:00Z")
                .get(SCHEDULES)
                .then().statusCode(200)
                .body("start_time", contains("2027-06-07T07:00:00Z", "2027-06-08T18:00:00Z", "2027-06-09T07:00:00Z",
                        "2027-06-14T07:00:00Z"))
                .body("end_time", contains("2027-06-07T08:00:00Z", "2027-06-08T18:30:00Z", "2027-06-09T08:00:00Z",
                        "2027-06-14T08:00:00Z"))
                .body("plan_name", contains("Strength", "Cardio", "Strength", "Strength"))
                .body("day_name", contains("Legs", "Run", "Legs", "Legs"))
                .body("repeating", contains(true, false, true, true))
                .body("remind_before", contains(0, 10, 0, 0))
                .body("status", everyItem(equalTo("PENDING")))
                .body("session_id", everyItem(nullValue()));
    }

    @Test
    void weeklyRepeatsKeepTheUsersLocalTimeAcrossADaylightSavingChange() {
        TestUser user = api.newUser();
        api.as(user).body(Map.of("time_zone", "Europe/Berlin")).patch("/api/users/me").then().statusCode(200);
        PlanDay plan = schedules.planDay(user, "Plan", "Day");
        // 07:00 in Berlin: 06:00Z in winter time; Berlin moves to summer time on Sunday 28 March 2027.
        Instant first = Instant.parse("2027-03-15T06:00:00Z");
        schedules.create(user, body(plan, first, first.plus(Duration.ofHours(1)), "repeat", weekly("MON")));

        api.as(user).queryParam("from", "2027-03-15T00:00:00Z").queryParam("to", "2027-04-06T00:00:00Z")
                .get(SCHEDULES)
                .then().statusCode(200)
                .body("start_time", contains("2027-03-15T06:00:00Z", "2027-03-22T06:00:00Z", "2027-03-29T05:00:00Z",
                        "2027-04-05T05:00:00Z"));
    }

    @Test
    void statusesFollowTimeAndTheSessionsThatPerformTheOccurrences() {
        TestUser user = api.newUser();
        PlanDay plan = schedules.planDay(user, "Plan", "Day");
        Instant start = now.minus(Duration.ofDays(14)).minus(Duration.ofHours(2));
        // Daily at two hours ago, for an hour: the last three days' (today's too) are missed, tomorrow's is
        // pending; another schedule runs now.
        schedules.create(user, body(plan, start, start.plus(Duration.ofHours(1)), "repeat",
                weekly("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN")));
        Instant runningStart = now.minus(Duration.ofMinutes(20));
        PlanDay running = schedules.planDay(user, "Running", "Now");
        schedules.create(user, body(running, runningStart, runningStart.plus(Duration.ofHours(1))));

        api.as(user).queryParam("from", now.minus(Duration.ofDays(3)).toString())
                .queryParam("to", now.plus(Duration.ofHours(23)).toString())
                .get(SCHEDULES)
                .then().statusCode(200)
                .body("status", contains("MISSED", "MISSED", "MISSED", "ACTIVE", "PENDING"))
                .body("plan_name", contains("Plan", "Plan", "Plan", "Running", "Plan"));
        api.as(user).queryParam("status", "missed").queryParam("from", now.minus(Duration.ofDays(3)).toString())
                .get(SCHEDULES)
                .then().statusCode(200)
                .body("status", contains("MISSED", "MISSED", "MISSED"));
    }

    @Test
    void aSessionStartedFromAScheduleMakesItsOccurrenceActiveThenDone() {
        TestUser user = api.newUser();
        PlanDay plan = schedules.planDay(user, "Plan", "Legs");
        Instant start = now.plus(Duration.ofHours(1));
        String scheduleId = schedules.create(user, body(plan, start, start.plus(Duration.ofHours(1))));

        String sessionId = api.as(user).body(Map.of("schedule_id", scheduleId)).post(SESSIONS)
                .then().statusCode(201)
                .body("schedule_id", equalTo(scheduleId))
                .body("scheduled_start", equalTo(start.toString()))
                .body("training_plan_id", equalTo(plan.planId()))
                .body("training_plan_day_id", equalTo(plan.dayId()))
                .body("title", equalTo("Legs"))
                .extract().path("id");
        api.as(user).get("/api/workouts/upcoming").then().statusCode(200)
                .body("status", contains("ACTIVE"))
                .body("session_id", contains(sessionId));

        api.as(user).post(SESSIONS + "/{id}/complete", sessionId).then().statusCode(200);

        api.as(user).get(SCHEDULES).then().statusCode(200)
                .body("status", contains("DONE"))
                .body("session_id", contains(sessionId));
        api.as(user).get("/api/workouts/upcoming").then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void aCancelledSessionLeavesTheOccurrenceToTime() {
        TestUser user = api.newUser();
        PlanDay plan = schedules.planDay(user, "Plan", "Day");
        Instant start = now.plus(Duration.ofHours(3));
        String scheduleId = schedules.create(user, body(plan, start, start.plus(Duration.ofHours(1))));
        String sessionId = api.as(user).body(Map.of("schedule_id", scheduleId)).post(SESSIONS)
                .then().statusCode(201).extract().path("id");

        api.as(user).body(Map.of("status", "CANCELLED")).put(SESSIONS + "/{id}", sessionId).then().statusCode(200);

        api.as(user).get(SCHEDULES).then().statusCode(200).body("status", contains("PENDING"));
    }

    @Test
    void aSessionOfAWholePlanScheduleNamesTheDay() {
        TestUser user = api.newUser();
        PlanDay plan = schedules.planDay(user, "Plan", "Day");
        Map<String, Object> wholePlan = body(plan, now.plus(Duration.ofHours(2)), now.plus(Duration.ofHours(3)));
        wholePlan.remove("day_id");
        String scheduleId = schedules.create(user, wholePlan);

        invalid(api.as(user).body(Map.of("schedule_id", scheduleId)).post(SESSIONS).then(), "training_plan_day_id");
        api.as(user).body(Map.of("schedule_id", scheduleId, "training_plan_day_id", plan.dayId())).post(SESSIONS)
                .then().statusCode(201)
                .body("training_plan_day_id", equalTo(plan.dayId()));
    }

    @Test
    void aSessionCannotPerformAScheduleOfAnotherPlanOrUser() {
        TestUser user = api.newUser();
        TestUser stranger = api.newUser();
        PlanDay plan = schedules.planDay(user, "Plan", "Day");
        PlanDay other = schedules.planDay(user, "Other", "Day");
        String scheduleId = schedules.create(user, body(plan, now.plus(Duration.ofHours(2)),
                now.plus(Duration.ofHours(3))));
        Instant farAway = now.plus(Duration.ofDays(30));
        String laterScheduleId = schedules.create(user, body(plan, farAway, farAway.plus(Duration.ofHours(1))));

        invalid(api.as(user).body(Map.of("schedule_id", scheduleId, "training_plan_id", other.planId(),
                "training_plan_day_id", other.dayId())).post(SESSIONS).then(), "training_plan_id");
        problem(api.as(stranger).body(Map.of("schedule_id", scheduleId)).post(SESSIONS).then(), 404);
        problem(api.as(user).body(Map.of("schedule_id", laterScheduleId)).post(SESSIONS).then(), 409);
        api.as(user).get(SESSIONS).then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void upcomingHoldsTheNextSevenDaysStillToDo() {
        TestUser user = api.newUser();
        PlanDay plan = schedules.planDay(user, "Plan", "Day");
        Instant yesterday = now.minus(Duration.ofDays(1));
        schedules.create(user, body(plan, yesterday, yesterday.plus(Duration.ofHours(1))));
        Instant inThreeDays = now.plus(Duration.ofDays(3));
        schedules.create(user, body(plan, inThreeDays, inThreeDays.plus(Duration.ofHours(1))));
        Instant inTenDays = now.plus(Duration.ofDays(10));
        schedules.create(user, body(plan, inTenDays, inTenDays.plus(Duration.ofHours(1))));

        api.as(user).get("/api/workouts/upcoming").then().statusCode(200)
                .body("start_time", contains(inThreeDays.toString()))
                .body("status", contains("PENDING"));
    }

    @Test
    void aWindowMustEndAfterItStartsAndSpanAtMostAYear() {
        TestUser user = api.newUser();

        invalid(api.as(user).queryParam("from", "2027-01-02T00:00:00Z").queryParam("to", "2027-01-01T00:00:00Z")
                .get(SCHEDULES).then(), "to");
        invalid(api.as(user).queryParam("from", "2027-01-01T00:00:00Z").queryParam("to", "2028-01-03T00:00:00Z")
                .get(SCHEDULES).then(), "to");
        invalid(api.as(user).queryParam("from", "yesterday").get(SCHEDULES).then(), "from");
        invalid(api.as(user).queryParam("from", "9000-01-01T00:00:00Z").queryParam("to", "9000-02-01T00:00:00Z")
                .get(SCHEDULES).then(), "from");
        invalid(api.as(user).queryParam("from", "1990-01-01T00:00:00Z").get(SCHEDULES).then(), "from");
        invalid(api.as(user).queryParam("status", "SOMEDAY").get(SCHEDULES).then(), "status");
    }

    @Test
    void listingCostsTwoStatementsWhateverTheNumberOfSchedulesAndOccurrences() {
        TestUser user = api.newUser();
        PlanDay plan = schedules.planDay(user, "Plan", "Day");
        Instant first = now.plus(Duration.ofDays(1));
        for (int i = 0; i < 5; i++) {
            Instant start = first.plus(Duration.ofHours(i * 2L));
            schedules.create(user, body(plan, start, start.plus(Duration.ofHours(1)), "repeat",
                    weekly("MON", "TUE", "WED", "THU", "FRI")));
        }

        long counted = statements.count(() -> api.as(user)
                .queryParam("to", now.plus(Duration.ofDays(90)).toString()).get(SCHEDULES)
                .then().statusCode(200));

        // Authentication reads the caller's account (one statement, see docs/decisions/token-revocation.md); the
        // listing reads schedules, then sessions.
        org.assertj.core.api.Assertions.assertThat(counted).isLessThanOrEqualTo(3);
    }
}

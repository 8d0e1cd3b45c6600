package dev.overload.scheduling.web;

import static dev.overload.scheduling.web.ScheduleFixture.SCHEDULE;
import static dev.overload.scheduling.web.ScheduleFixture.SCHEDULES;
import static dev.overload.scheduling.web.ScheduleFixture.body;
import static dev.overload.scheduling.web.ScheduleFixture.invalid;
import static dev.overload.scheduling.web.ScheduleFixture.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import dev.overload.Api;
import dev.overload.ApiTest;
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
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code /api/schedules}: placing, reading, moving and removing schedules, and who may see them. */
@ApiTest
class ScheduleTests {

    @Autowired
    Api api;

    @Autowired
    Clock clock;

    @Autowired
    JdbcClient jdbc;

    private ScheduleFixture schedules;
    private Instant tomorrow;

    @BeforeEach
    void setUp() {
        schedules = new ScheduleFixture(api);
        tomorrow = clock.instant().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.HOURS);
    }

    @Test
    void aScheduleIsPlacedInTheUsersTimeZoneWithItsReminderPlanned() {
        TestUser user = api.newUser();
        api.as(user).body(Map.of("time_zone", "Europe/Berlin")).patch("/api/users/me").then().statusCode(200);
        PlanDay legs = schedules.planDay(user, "Strength", "Legs");

        String id = api.as(user)
                .body(body(legs, tomorrow, tomorrow.plus(Duration.ofMinutes(75)), "remind_before", 30,
                        "repeat", Map.of("frequency", "weekly", "weekdays", List.of("fri", "MON"), "count", 10)))
                .post(SCHEDULES)
                .then().statusCode(201)
                .header("Location", startsWith("/api/schedules/"))
                .body("plan_id", equalTo(legs.planId()))
                .body("day_id", equalTo(legs.dayId()))
                .body("start_time", equalTo(tomorrow.toString()))
                .body("end_time", equalTo(tomorrow.plus(Duration.ofMinutes(75)).toString()))
                .body("time_zone", equalTo("Europe/Berlin"))
                .body("remind_before", equalTo(30))
                .body("repeat.frequency", equalTo("WEEKLY"))
                .body("repeat.weekdays", contains("MON", "FRI"))
                .body("repeat.count", equalTo(10))
                .body("repeat.until", nullValue())
                .extract().path("id");

        api.as(user).get(SCHEDULE, id).then().statusCode(200)
                .body("id", equalTo(id))
                .body("repeat.weekdays", contains("MON", "FRI"));
    }

    @Test
    void aOneOffScheduleHasNoRepeatAndNoReminderWhenRemindBeforeIsZero() {
        TestUser user = api.newUser();
        PlanDay plan = schedules.planDay(user, "Plan", "Day");

        api.as(user).body(body(plan, tomorrow, tomorrow.plus(Duration.ofHours(1)))).post(SCHEDULES)
                .then().statusCode(201)
                .body("time_zone", equalTo("UTC"))
                .body("remind_before", equalTo(0))
                .body("repeat", nullValue())
                .body("next_reminder_at", nullValue());
    }

    @Test
    void theNextReminderIsRemindBeforeTheNextOccurrence() {
        TestUser user = api.newUser();
        PlanDay plan = schedules.planDay(user, "Plan", "Day");

        api.as(user).body(body(plan, tomorrow, tomorrow.plus(Duration.ofHours(1)), "remind_before", 90))
                .post(SCHEDULES)
                .then().statusCode(201)
                .body("next_reminder_at", equalTo(tomorrow.minus(Duration.ofMinutes(90)).toString()));
    }

    @Test
    void aWholePlanCanBeScheduledWithoutADay() {
        TestUser user = api.newUser();
        PlanDay plan = schedules.planDay(user, "Plan", "Day");
        Map<String, Object> wholePlan = body(plan, tomorrow, tomorrow.plus(Duration.ofHours(1)));
        wholePlan.remove("day_id");

        api.as(user).body(wholePlan).post(SCHEDULES).then().statusCode(201).body("day_id", nullValue());
    }

    @Test
    void putReplacesTheWholeScheduleAndMovesItsReminder() {
        TestUser user = api.newUser();
        PlanDay plan = schedules.planDay(user, "Plan", "Day");
        String id = schedules.create(user, body(plan, tomorrow, tomorrow.plus(Duration.ofHours(1)),
                "remind_before", 15, "repeat", Map.of("frequency", "WEEKLY")));
        Instant later = tomorrow.plus(Duration.ofDays(2));

        api.as(user).body(body(plan, later, later.plus(Duration.ofHours(2)), "remind_before", 60)).put(SCHEDULE, id)
                .then().statusCode(200)
                .body("start_time", equalTo(later.toString()))
                .body("end_time", equalTo(later.plus(Duration.ofHours(2)).toString()))
                .body("repeat", nullValue())
                .body("next_reminder_at", equalTo(later.minus(Duration.ofMinutes(60)).toString()));
        api.as(user).get(SCHEDULE, id).then().statusCode(200).body("start_time", equalTo(later.toString()));
    }

    @Test
    void deletingAScheduleRemovesIt() {
        TestUser user = api.newUser();
        PlanDay plan = schedules.planDay(user, "Plan", "Day");
        String id = schedules.create(user, body(plan, tomorrow, tomorrow.plus(Duration.ofHours(1))));

        api.as(user).delete(SCHEDULE, id).then().statusCode(204);

        problem(api.as(user).get(SCHEDULE, id).then(), 404);
        api.as(user).get(SCHEDULES).then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void deletingThePlanDeletesItsSchedules() {
        TestUser user = api.newUser();
        PlanDay plan = schedules.planDay(user, "Plan", "Day");
        String id = schedules.create(user, body(plan, tomorrow, tomorrow.plus(Duration.ofHours(1))));

        api.as(user).delete("/api/training-plans/{planId}", plan.planId()).then().statusCode(204);

        problem(api.as(user).get(SCHEDULE, id).then(), 404);
    }

    @Test
    void closingTheAccountRemovesItsSchedules() {
        TestUser user = api.newUser();
        schedules.create(user,
                body(schedules.planDay(user, "Plan", "Day"), tomorrow, tomorrow.plus(Duration.ofHours(1)),
                        "remind_before", 30));

        api.as(user).delete("/api/users/me").then().statusCode(204);

        // Scheduling reacts to the closed account after it is committed.
        await().untilAsserted(() -> assertThat(jdbc.sql("select count(*) from schedules where user_id = :user")
                .param("user", user.id()).query(Long.class).single()).isZero());
    }

    @Test
    void anotherUsersSchedulesAndPlansAreInvisible() {
        TestUser owner = api.newUser();
        TestUser stranger = api.newUser();
        PlanDay plan = schedules.planDay(owner, "Plan", "Day");
        Map<String, Object> body = body(plan, tomorrow, tomorrow.plus(Duration.ofHours(1)));
        String id = schedules.create(owner, body);

        problem(api.as(stranger).get(SCHEDULE, id).then(), 404);
        problem(api.as(stranger).body(body).put(SCHEDULE, id).then(), 404);
        problem(api.as(stranger).delete(SCHEDULE, id).then(), 404);
        problem(api.as(stranger).body(body).post(SCHEDULES).then(), 404);
        api.as(stranger).get(SCHEDULES).then().statusCode(200).body("size()", equalTo(0));
        api.as(owner).get(SCHEDULE, id).then().statusCode(200);
    }

    @Test
    void aDayOfAnotherPlanIsNotFound() {
        TestUser user = api.newUser();
        PlanDay first = schedules.planDay(user, "First", "Day");
        PlanDay second = schedules.planDay(user, "Second", "Day");

        problem(api.as(user).body(body(new PlanDay(first.planId(), second.dayId()), tomorrow,
                tomorrow.plus(Duration.ofHours(1)))).post(SCHEDULES).then(), 404);
    }

    @Test
    void badSchedulesAreRefusedNamingTheField() {
        TestUser user = api.newUser();
        PlanDay plan = schedules.planDay(user, "Plan", "Day");
        Instant end = tomorrow.plus(Duration.ofHours(1));

        invalid(api.as(user).body(body(plan, tomorrow, tomorrow)).post(SCHEDULES).then(), "end_time");
        invalid(api.as(user).body(body(plan, tomorrow, tomorrow.minus(Duration.ofMinutes(1)))).post(SCHEDULES).then(),
                "end_time");
        invalid(api.as(user).body(body(plan, tomorrow, tomorrow.plus(Duration.ofHours(25)))).post(SCHEDULES).then(),
                "end_time");
        invalid(api.as(user).body(body(plan, Instant.parse("1999-12-31T10:00:00Z"),
                Instant.parse("1999-12-31T11:00:00Z"))).post(SCHEDULES).then(), "start_time");
        invalid(api.as(user).body(body(plan, tomorrow, end, "remind_before", 10081)).post(SCHEDULES).then(),
                "remind_before");
        invalid(api.as(user).body(body(plan, tomorrow, end, "remind_before", -1)).post(SCHEDULES).then(),
                "remind_before");
        invalid(api.as(user).body(body(plan, tomorrow, end, "repeat", Map.of("frequency", "DAILY")))
                .post(SCHEDULES).then(), "repeat.frequency");
        invalid(api.as(user).body(body(plan, tomorrow, end, "repeat", Map.of("weekdays", List.of("MON"))))
                .post(SCHEDULES).then(), "repeat.frequency");
        invalid(api.as(user).body(body(plan, tomorrow, end, "repeat",
                Map.of("frequency", "WEEKLY", "weekdays", List.of("MON", "FUNDAY")))).post(SCHEDULES).then(),
                "repeat.weekdays");
        invalid(api.as(user).body(body(plan, tomorrow, end, "repeat",
                Map.of("frequency", "WEEKLY", "until", "2099-01-01", "count", 3))).post(SCHEDULES).then(),
                "repeat.count");
        invalid(api.as(user).body(body(plan, tomorrow, end, "repeat",
                Map.of("frequency", "WEEKLY", "until", "2001-01-01"))).post(SCHEDULES).then(), "repeat.until");
        invalid(api.as(user).body(body(plan, tomorrow, end, "repeat", Map.of("frequency", "WEEKLY", "count", 0)))
                .post(SCHEDULES).then(), "repeat.count");
        invalid(api.as(user).body(Map.of("start_time", tomorrow.toString(), "end_time", end.toString()))
                .post(SCHEDULES).then(), "plan_id");
        invalid(api.as(user).body(body(plan, tomorrow, end, "start_time", "tomorrow morning")).post(SCHEDULES).then(),
                "start_time");
        invalid(api.as(user).body(body(plan, tomorrow, end, "plan_id", "not-a-uuid")).post(SCHEDULES).then(),
                "plan_id");
        invalid(api.as(user).body(body(plan, tomorrow, end, "repeat", Map.of("frequency", "WEEKLY",
                "weekdays", "MON"))).post(SCHEDULES).then(), "repeat.weekdays");
        problem(api.as(user).get(SCHEDULE, "not-a-uuid").then(), 400);
        problem(api.as(user).post("/api/notifications/{id}/read", "not-a-uuid").then(), 400);
        api.as(user).get(SCHEDULES).then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void aTimeZoneMustBeARealOne() {
        TestUser user = api.newUser();

        invalid(api.as(user).body(Map.of("time_zone", "Mars/Olympus_Mons")).patch("/api/users/me").then(),
                "time_zone");
        api.as(user).body(Map.of("time_zone", "America/New_York", "email_reminders", false)).patch("/api/users/me")
                .then().statusCode(200)
                .body("time_zone", equalTo("America/New_York"))
                .body("email_reminders", equalTo(false));
        api.as(user).get("/api/users/me").then().statusCode(200)
                .body("time_zone", equalTo("America/New_York"))
                .body("email_reminders", equalTo(false));
    }
}

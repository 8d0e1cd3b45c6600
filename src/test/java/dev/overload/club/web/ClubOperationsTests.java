package dev.overload.club.web;

import static dev.overload.Mailbox.awaitMails;
import static dev.overload.Mailbox.mailsTo;
import static dev.overload.Mailbox.subject;
import static dev.overload.club.web.ClubFixture.CLIENT;
import static dev.overload.club.web.ClubFixture.EXERCISES;
import static dev.overload.club.web.ClubFixture.invalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.github.kagkarlsson.scheduler.task.Task;
import dev.overload.Api;
import dev.overload.ApiTest;
import dev.overload.TestUser;
import dev.overload.club.domain.MembershipEnds;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The daily membership job and the club's reports (an administrator's whole club, a trainer's own clients). */
@ApiTest
class ClubOperationsTests {

    @Autowired
    Api api;

    @Autowired
    Clock clock;

    @Autowired
    MembershipEnds membershipEnds;

    @Autowired
    List<Task<?>> tasks;

    ClubFixture club;

    @BeforeEach
    void setUp() {
        club = new ClubFixture(api);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    @Test
    void theDailyJobEndsMembershipsAndNoticesThemOnceAWeekBefore() {
        assertThat(tasks).extracting(Task::getName).contains("club-membership-ends", "membership-ending-email");
        String membership = club.membership("PREMIUM", "45");
        TestUser ended = api.newUser();
        TestUser ending = api.newUser();
        TestUser later = api.newUser();
        String endedId = club.client(ended, membership, "membership_ends_on", today().minusDays(1).toString());
        String endingId = club.client(ending, membership, "membership_ends_on", today().plusDays(5).toString(),
                "first_name", "Ende");
        String laterId = club.client(later, membership, "membership_ends_on", today().plusDays(8).toString());

        MembershipEnds.Run run = membershipEnds.run();
        MembershipEnds.Run again = membershipEnds.run();

        assertThat(run.deactivated()).isPositive();
        assertThat(run.noticed()).contains(UUID.fromString(endingId)).doesNotContain(UUID.fromString(laterId),
                UUID.fromString(endedId));
        assertThat(again.noticed()).doesNotContain(UUID.fromString(endingId));
        api.as(club.admin).get(CLIENT, endedId).then().body("status", equalTo("INACTIVE"));
        api.as(club.admin).get(CLIENT, endingId).then().body("status", equalTo("ACTIVE"));
        api.as(club.admin).get(CLIENT, laterId).then().body("status", equalTo("ACTIVE"));
        api.as(ending).get("/api/notifications").then().statusCode(200).body("kind", contains("MEMBERSHIP_ENDING"))
                .body("title", contains("Your membership ends on " + today().plusDays(5)));
        api.as(later).get("/api/notifications").then().statusCode(200).header("X-Total-Count", "0");
        assertThat(subject(awaitMails(ending.email(), 1).getFirst()))
                .isEqualTo("Your membership ends on " + today().plusDays(5));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4))
                .until(() -> mailsTo(ending.email()).size() == 1 && mailsTo(ended.email()).isEmpty()
                        && mailsTo(later.email()).isEmpty());

        api.as(club.admin).body(Map.of("membership_ends_on", today().plusDays(6).toString())).put(CLIENT, endingId)
                .then().statusCode(200);
        membershipEnds.run();
        awaitMails(ending.email(), 2);
    }

    @Test
    void reportsCountLevelsRevenueTrainingsAttendanceAndIdleClients() {
        TestUser trainer = club.trainer();
        String standard = club.membership("STANDARD", "30.00");
        String vip = club.membership("VIP", "120.50");
        TestUser busy = api.newUser();
        TestUser idle = api.newUser();
        String busyId = club.client(busy, vip, "last_name", "Busy");
        String idleId = club.client(idle, standard, "last_name", "Idle");
        String gone = club.client(api.newUser(), vip, "status", "INACTIVE");
        for (String clientId : List.of(busyId, idleId, gone)) {
            club.assign(clientId, trainer);
        }
        LocalDate monday = today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        String done = club.training(trainer, busyId, Map.of("title", "Done", "date", today().toString()));
        club.training(trainer, busyId, Map.of("title", "Not yet", "date", today().plusDays(1).toString()));
        club.training(trainer, idleId, Map.of("title", "Skipped", "date", today().minusDays(1).toString()));
        api.as(trainer).body(Map.of("exercise_id", api.systemExerciseId("Push-Up"), "sets", 1)).post(EXERCISES, done)
                .then().statusCode(201);
        String planId = api.as(busy).get("/api/club/trainings/{id}", done).then().extract().path("plan_id");
        String dayId = api.as(busy).get("/api/club/trainings/{id}", done).then().extract().path("day_id");
        var session = api.as(busy).body(Map.of("training_plan_id", planId, "training_plan_day_id", dayId))
                .post("/api/training-sessions").then().statusCode(201).extract().jsonPath();
        api.as(busy).patch("/api/training-sessions/{s}/sets/{set}/complete", session.getString("id"),
                session.getString("sets[0].id")).then().statusCode(200);
        api.as(busy).post("/api/training-sessions/{s}/complete", session.getString("id")).then().statusCode(200);

        api.as(trainer).get("/api/club/reports/active-clients").then().statusCode(200)
                .body("access_level", contains("STANDARD", "VIP")).body("active_clients", contains(1, 1));
        api.as(trainer).get("/api/club/reports/monthly-revenue").then().statusCode(200)
                .body("monthly_revenue", contains(30.0f, 120.5f)).body("currency", hasItem("EUR"));
        api.as(trainer).queryParam("from", today().minusDays(14).toString())
                .queryParam("to", today().plusDays(14).toString()).get("/api/club/reports/trainings-per-trainer")
                .then().statusCode(200).body("trainer_id", hasItem(trainer.id().toString()))
                .body("trainings.sum()", equalTo(3));
        api.as(trainer).queryParam("from", today().minusDays(7).toString()).queryParam("to", today().toString())
                .get("/api/club/reports/attendance").then().statusCode(200)
                .body("client_id", contains(busyId, idleId)).body("planned", contains(1, 1))
                .body("done", contains(1, 0)).body("rate", contains(1.0f, 0.0f));
        api.as(trainer).queryParam("days", 7).get("/api/club/reports/idle-clients").then().statusCode(200)
                .body("client_id", contains(idleId)).body("last_session_at", contains((Object) null));
        api.as(club.admin).get("/api/club/reports/active-clients").then().statusCode(200);
        api.as(api.newUser()).get("/api/club/reports/active-clients").then().statusCode(403);
        invalid(api.as(trainer).queryParam("from", monday.toString()).queryParam("to", monday.minusDays(1).toString())
                .get("/api/club/reports/attendance").then(), "to");
        invalid(api.as(trainer).queryParam("days", 0).get("/api/club/reports/idle-clients").then(), "days");
    }
}

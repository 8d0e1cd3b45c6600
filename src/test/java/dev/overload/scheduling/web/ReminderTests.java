package dev.overload.scheduling.web;

import static dev.overload.Mailbox.awaitMails;
import static dev.overload.Mailbox.mailsTo;
import static dev.overload.Mailbox.subject;
import static dev.overload.Mailbox.text;
import static dev.overload.scheduling.web.ScheduleFixture.SCHEDULE;
import static dev.overload.scheduling.web.ScheduleFixture.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.Task;
import dev.overload.Api;
import dev.overload.ApiTest;
import dev.overload.TestClock;
import dev.overload.TestUser;
import dev.overload.scheduling.domain.Reminders;
import dev.overload.scheduling.web.ScheduleFixture.PlanDay;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Reminders: remind_before minutes ahead of each occurrence, an email (through the test SMTP server) and an
 * in-app notification, exactly once, whichever of several instances runs the job; none for a deleted
 * schedule or an occurrence already started. The jobs run every fraction of a second in tests.
 */
@ApiTest
class ReminderTests {

    private static final Duration QUIET = Duration.ofSeconds(2);

    @Autowired
    Api api;

    @Autowired
    TestClock clock;

    @Autowired
    DataSource dataSource;

    @Autowired
    List<Task<?>> tasks;

    @Autowired
    Reminders reminders;

    private ScheduleFixture schedules;

    @BeforeEach
    void setUp() {
        schedules = new ScheduleFixture(api);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** A schedule whose reminder is due {@code dueIn} from now. */
    private String remindIn(TestUser user, PlanDay plan, Duration dueIn) {
        Instant start = clock.instant().truncatedTo(ChronoUnit.SECONDS).plus(Duration.ofMinutes(30)).plus(dueIn);
        return schedules.create(user, body(plan, start, start.plus(Duration.ofHours(1)), "remind_before", 30));
    }

    private List<Map<String, Object>> notifications(TestUser user) {
        return api.as(user).get("/api/notifications").then().statusCode(200).extract().path("$");
    }

    @Test
    void aReminderArrivesOnceByEmailAndInTheApp() {
        TestUser user = api.newUser();
        PlanDay plan = schedules.planDay(user, "Strength", "Legs");
        String scheduleId = remindIn(user, plan, Duration.ZERO);

        MimeMessage mail = awaitMails(user.email(), 1).getFirst();

        assertThat(subject(mail)).isEqualTo("Workout reminder: Strength – Legs");
        assertThat(text(mail)).contains("Strength – Legs starts").contains("(UTC)");
        api.as(user).get("/api/notifications").then().statusCode(200)
                .header("X-Total-Count", "1")
                .body("kind", contains("WORKOUT_REMINDER"))
                .body("title", contains("Workout reminder: Strength – Legs"))
                .body("schedule_id", contains(scheduleId))
                .body("[0].occurrence_start", notNullValue())
                .body("[0].read_at", equalTo(null));
        await().during(QUIET).atMost(QUIET.plusSeconds(2)).until(() -> mailsTo(user.email()).size() == 1
                && notifications(user).size() == 1);
        api.as(user).get(SCHEDULE, scheduleId).then().statusCode(200).body("next_reminder_at", equalTo(null));
    }

    @Test
    void aNotificationCanBeMarkedReadByItsOwnerOnly() {
        TestUser user = api.newUser();
        TestUser stranger = api.newUser();
        remindIn(user, schedules.planDay(user, "Plan", "Day"), Duration.ZERO);
        String id = await().until(() -> notifications(user), found -> found.size() == 1).getFirst().get("id")
                .toString();

        api.as(stranger).post("/api/notifications/{id}/read", id).then().statusCode(404);
        String readAt = api.as(user).post("/api/notifications/{id}/read", id).then().statusCode(200)
                .body("id", equalTo(id)).extract().path("read_at");
        api.as(user).post("/api/notifications/{id}/read", id).then().statusCode(200).body("read_at", equalTo(readAt));
        api.as(user).queryParam("unread", true).get("/api/notifications").then().statusCode(200)
                .body("$", hasSize(0)).header("X-Total-Count", "0");
    }

    @Test
    void aWeeklyScheduleMovesItsReminderToTheNextOccurrence() {
        TestUser user = api.newUser();
        PlanDay plan = schedules.planDay(user, "Plan", "Day");
        Instant start = clock.instant().truncatedTo(ChronoUnit.SECONDS).plus(Duration.ofMinutes(30));
        String scheduleId = schedules.create(user, body(plan, start, start.plus(Duration.ofHours(1)),
                "remind_before", 30, "repeat", Map.of("frequency", "WEEKLY")));

        awaitMails(user.email(), 1);

        await().untilAsserted(() -> api.as(user).get(SCHEDULE, scheduleId).then().statusCode(200)
                .body("next_reminder_at", equalTo(start.plus(Duration.ofDays(7)).minus(Duration.ofMinutes(30))
                        .toString())));
    }

    @Test
    void twoInstancesRemindEachOccurrenceExactlyOnce() throws Exception {
        Scheduler second = Scheduler.create(dataSource, tasks)
                .schedulerName(new SchedulerName.Fixed("second-instance"))
                .pollingInterval(Duration.ofMillis(100))
                .threads(4)
                .build();
        second.start();
        try {
            List<TestUser> users = IntStream.range(0, 12).mapToObj(i -> api.newUser()).toList();
            for (TestUser user : users) {
                remindIn(user, schedules.planDay(user, "Plan", "Day"), Duration.ofSeconds(1));
            }
            // A third and fourth "instance" sweep at the same moment, straight through the service: once all
            // four wait, the clock moves on to when the reminders are due and they are let go together.
            CountDownLatch ready = new CountDownLatch(4);
            CountDownLatch go = new CountDownLatch(1);
            try (ExecutorService instances = Executors.newFixedThreadPool(4)) {
                List<CompletableFuture<Integer>> sweeps = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    sweeps.add(CompletableFuture.supplyAsync(() -> {
                        ready.countDown();
                        awaitQuietly(go);
                        return reminders.remindDue();
                    }, instances));
                }
                ready.await();
                clock.advance(Duration.ofSeconds(1));
                go.countDown();
                CompletableFuture.allOf(sweeps.toArray(CompletableFuture[]::new)).get();
            }

            for (TestUser user : users) {
                awaitMails(user.email(), 1);
            }
            await().during(QUIET).atMost(QUIET.plusSeconds(30)).until(() -> users.stream()
                    .allMatch(user -> mailsTo(user.email()).size() == 1 && notifications(user).size() == 1));
        } finally {
            second.stop();
        }
    }

    @Test
    void noReminderForADeletedScheduleOrAnOccurrenceAlreadyStarted() {
        TestUser deletes = api.newUser();
        TestUser starts = api.newUser();
        TestUser canary = api.newUser();
        // Due in five minutes (access tokens last 15), so however slow the machine the job cannot reach them
        // before the changes below; then the clock moves on.
        String deleted = remindIn(deletes, schedules.planDay(deletes, "Plan", "Day"), Duration.ofMinutes(5));
        String started = remindIn(starts, schedules.planDay(starts, "Plan", "Day"), Duration.ofMinutes(5));
        remindIn(canary, schedules.planDay(canary, "Plan", "Day"), Duration.ofMinutes(5).plusSeconds(1));

        api.as(deletes).delete(SCHEDULE, deleted).then().statusCode(204);
        api.as(starts).body(Map.of("schedule_id", started)).post("/api/training-sessions").then().statusCode(201);
        clock.advance(Duration.ofMinutes(5).plusSeconds(1));

        // Once the canary's later reminder is out, the job has passed the other two (its email is queued for the
        // moved clock, so the in-app notification is what shows it; no notification, no email).
        await().until(() -> notifications(canary).size() == 1);
        assertThat(mailsTo(deletes.email())).isEmpty();
        assertThat(mailsTo(starts.email())).isEmpty();
        assertThat(notifications(deletes)).isEmpty();
        assertThat(notifications(starts)).isEmpty();
    }

    @Test
    void withEmailRemindersOffTheReminderIsInTheAppOnly() {
        TestUser quiet = api.newUser();
        TestUser canary = api.newUser();
        api.as(quiet).body(Map.of("email_reminders", false)).patch("/api/users/me").then().statusCode(200);
        remindIn(quiet, schedules.planDay(quiet, "Plan", "Day"), Duration.ZERO);
        remindIn(canary, schedules.planDay(canary, "Plan", "Day"), Duration.ofSeconds(1));

        await().until(() -> notifications(quiet).size() == 1);
        awaitMails(canary.email(), 1);
        await().during(Duration.ofMillis(500)).until(() -> mailsTo(quiet.email()).isEmpty());
    }

    @Test
    void jobOutcomesAreMetrics() {
        TestUser user = api.newUser();
        remindIn(user, schedules.planDay(user, "Plan", "Day"), Duration.ZERO);
        awaitMails(user.email(), 1);

        await().untilAsserted(() -> api.anonymous().accept("text/plain").get("/actuator/prometheus")
                .then().statusCode(200)
                .body(containsString("dbscheduler_task_completions_total{result=\"ok\",task=\"reminder-email\"}"))
                .body(containsString("dbscheduler_task_completions_total{result=\"ok\",task=\"workout-reminders\"}")));
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

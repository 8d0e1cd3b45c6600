package dev.overload.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.kagkarlsson.scheduler.Scheduler;
import dev.overload.Api;
import dev.overload.DataDirectoryTemplate;
import dev.overload.JobGate;
import dev.overload.OverloadApplication;
import dev.overload.TestInfrastructure;
import dev.overload.TestUser;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A service stopped in the middle of a job: the job goes back to the queue and the next start runs it again to the
 * end; a service that died in the middle: another instance finds the job's execution dead and runs it again. Lives
 * of the service on one data directory (its embedded database kept in it; before the first life, as a first start
 * leaves it: {@link DataDirectoryTemplate}), one after the other.
 */
class JobRestartTests {

    @TempDir
    Path dataDir;

    @BeforeEach
    void startedBefore() {
        DataDirectoryTemplate.copyTo(dataDir);
    }

    @Test
    void aJobStoppedByAShutdownRunsAgainAtTheNextStart() throws Exception {
        TestUser user;
        String jobId;
        ConfigurableApplicationContext first = start();
        try {
            user = first.getBean(Api.class).newUser();
            jobId = reportStoppedMidJob(first, user, "PDF", first::close);
        } finally {
            first.close();
        }

        ConfigurableApplicationContext second = start();
        try {
            assertRunAgainToTheEnd(second, user, jobId, "application/pdf");
        } finally {
            second.close();
        }
    }

    @Test
    void aJobLeftRunningByAnInstanceThatDiedIsRevivedByAnother() throws Exception {
        TestUser user;
        String jobId;
        ConfigurableApplicationContext first = start();
        try {
            user = first.getBean(Api.class).newUser();
            Scheduler scheduler = first.getBean(Scheduler.class);
            jobId = reportStoppedMidJob(first, user, "CSV", scheduler::stop);
            leftAsACrashLeavesIt(first.getBean(JdbcClient.class), UUID.fromString(jobId));
        } finally {
            first.close();
        }

        // Dead after four missed heartbeats of a second instead of minutes.
        ConfigurableApplicationContext second = start("--db-scheduler.heartbeat-interval=1s",
                "--db-scheduler.missed-heartbeats-limit=4");
        try {
            assertRunAgainToTheEnd(second, user, jobId, "text/csv");
        } finally {
            second.close();
        }
    }

    /**
     * Asks for a report in this life of the service and stops it in the middle of its job with {@code stop} (the
     * service's close, or only its scheduler's): the job's work notices at its next step and puts it back.
     */
    private static String reportStoppedMidJob(ConfigurableApplicationContext life, TestUser user, String format,
            Runnable stop) throws Exception {
        Api api = life.getBean(Api.class);
        JobGate.Hold hold = life.getBean(JobGate.class).hold(user.id(), 5);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String jobId = api.as(user).body(Map.of("type", "PROGRESS", "format", format, "from",
                today.minusDays(27).toString(), "to", today.toString())).post("/api/reports").then()
                .statusCode(202).extract().path("id");
        hold.awaitHeld(UUID.fromString(jobId));
        Scheduler scheduler = life.getBean(Scheduler.class);
        CompletableFuture<Void> stopping = CompletableFuture.runAsync(stop);
        await().atMost(Duration.ofSeconds(30)).until(() -> scheduler.getSchedulerState().isShuttingDown());
        hold.release();
        stopping.get(2, TimeUnit.MINUTES);
        return jobId;
    }

    /** The next life ran the job again, a second attempt, to DONE, and its file is there. */
    private static void assertRunAgainToTheEnd(ConfigurableApplicationContext life, TestUser user, String jobId,
            String contentType) {
        Api api = life.getBean(Api.class);
        TestUser again = api.logIn(user);
        String finished = await().atMost(Duration.ofSeconds(60)).until(() -> api.as(again).get("/api/jobs/{jobId}",
                jobId).then().statusCode(200).extract().path("status"),
                status -> List.of("DONE", "FAILED", "CANCELLED").contains(status));

        assertThat(finished).isEqualTo("DONE");
        assertThat(life.getBean(JdbcClient.class).sql("select attempts from jobs where id = :id")
                .param("id", UUID.fromString(jobId)).query(Integer.class).single())
                .as("started in the earlier life, run again in this one").isEqualTo(2);
        String file = api.as(again).get("/api/jobs/{jobId}", jobId).then().extract().path("result.file");
        api.as(again).accept("*/*").get(file).then().statusCode(200).contentType(contentType);
    }

    /**
     * The rows as an instance killed mid-job leaves them: the job RUNNING, its execution still picked by that
     * instance, whose last heartbeat was long ago. (The scheduler's stop put the job back in the queue; this
     * undoes it while the database is still there.)
     */
    private static void leftAsACrashLeavesIt(JdbcClient jdbc, UUID jobId) {
        assertThat(jdbc.sql("update jobs set status = 'RUNNING', progress = 40 where id = :id and status = 'QUEUED'")
                .param("id", jobId).update()).isEqualTo(1);
        assertThat(jdbc.sql("""
                update scheduled_tasks set picked = true, picked_by = 'instance-that-died',
                    last_heartbeat = now() - interval '1 hour', version = version + 1
                where task_instance = :id and not picked""").param("id", jobId.toString()).update()).isEqualTo(1);
    }

    /** One life of the service on the data directory, with the test world's clock, client, mail and job gate. */
    private ConfigurableApplicationContext start(String... settings) {
        return new SpringApplicationBuilder(OverloadApplication.class, TestInfrastructure.class)
                .profiles("test")
                .run(arguments(List.of(settings)));
    }

    private String[] arguments(List<String> settings) {
        return Stream.concat(Stream.of("--server.port=0",
                "--overload.data-dir=" + dataDir,
                "--overload.embedded-database.persistent=true",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + TestInfrastructure.mailServer().getSmtp().getPort()), settings.stream())
                .toArray(String[]::new);
    }
}

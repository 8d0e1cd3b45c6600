package dev.overload.jobs.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import dev.overload.Api;
import dev.overload.ApiTest;
import dev.overload.JobGate;
import dev.overload.TestUser;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Jobs as their users follow them, with reports as the work: progress mid-way, cancelling running and queued jobs,
 * the bounded workers, failures, listing, and whose a job is. The gate holds jobs mid-way so nothing races.
 */
@ApiTest
class JobTests {

    static final String JOBS = "/api/jobs";
    static final String JOB = "/api/jobs/{jobId}";

    @Autowired
    Api api;

    @Autowired
    JobGate gate;

    @Autowired
    JdbcClient jdbc;

    private String requestReport(TestUser user, String format) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return api.as(user).body(Map.of("type", "PROGRESS", "format", format, "from", today.minusDays(6).toString(),
                "to", today.toString())).post("/api/reports").then().statusCode(202)
                .body("status", equalTo("QUEUED")).body("progress", equalTo(0))
                .extract().path("id");
    }

    private JsonPath job(TestUser user, String jobId) {
        return api.as(user).get(JOB, jobId).then().statusCode(200).extract().jsonPath();
    }

    private JsonPath finished(TestUser user, String jobId) {
        return await().atMost(Duration.ofSeconds(60)).until(() -> job(user, jobId),
                job -> List.of("DONE", "FAILED", "CANCELLED").contains(job.getString("status")));
    }

    /** Whether db-scheduler still has an execution for the job (it is queued, running or about to be retried). */
    private boolean executing(String jobId) {
        return jdbc.sql("select count(*) from scheduled_tasks where task_name = 'report-job' and task_instance = :id")
                .param("id", jobId).query(Long.class).single() > 0;
    }

    private OffsetDateTime executionTime(String jobId) {
        return jdbc.sql("select execution_time from scheduled_tasks where task_name = 'report-job'"
                + " and task_instance = :id").param("id", jobId).query(OffsetDateTime.class).single();
    }

    private String reportOf(TestUser user, String jobId) {
        return api.as(user).get("/api/reports").then().statusCode(200).extract()
                .path("find { it.job_id == '" + jobId + "' }.id");
    }

    @Test
    void aRunningJobShowsItsProgressAndItsFileWaitsForIt() {
        TestUser user = api.newUser();
        JobGate.Hold hold = gate.hold(user.id(), 5);
        try {
            String jobId = requestReport(user, "PDF");
            hold.awaitHeld(UUID.fromString(jobId));

            api.as(user).get(JOB, jobId).then().statusCode(200).body("status", equalTo("RUNNING"))
                    .body("progress", equalTo(5)).body("started_at", notNullValue())
                    .body("finished_at", nullValue()).body("result", nullValue()).body("error", nullValue());
            String reportId = reportOf(user, jobId);
            api.as(user).get("/api/reports/{reportId}", reportId).then().statusCode(200)
                    .body("status", equalTo("RUNNING")).body("file_url", nullValue());
            api.as(user).accept("*/*").get("/api/reports/{reportId}/file", reportId).then().statusCode(409)
                    .contentType("application/problem+json");
            hold.release();

            JsonPath done = finished(user, jobId);
            assertThat(done.getString("status")).isEqualTo("DONE");
            assertThat(done.getInt("progress")).isEqualTo(100);
            assertThat(done.getString("finished_at")).isNotNull();
            assertThat(done.getString("result.report")).isEqualTo("/api/reports/" + reportId);
            assertThat(done.getString("result.file")).isEqualTo("/api/reports/" + reportId + "/file");
            api.as(user).get("/api/notifications").then().statusCode(200)
                    .body("find { it.kind == 'JOB_FINISHED' }.body", startsWith("Your job has finished"));
        } finally {
            hold.release();
        }
    }

    @Test
    void cancellingARunningJobStopsItAtItsNextStep() {
        TestUser user = api.newUser();
        JobGate.Hold hold = gate.hold(user.id(), 5);
        try {
            String jobId = requestReport(user, "PDF");
            hold.awaitHeld(UUID.fromString(jobId));

            api.as(user).delete(JOB, jobId).then().statusCode(200).body("status", equalTo("CANCELLED"))
                    .body("finished_at", notNullValue());
            hold.release();

            await().atMost(Duration.ofSeconds(30)).until(() -> !executing(jobId));
            assertThat(job(user, jobId).getString("status")).isEqualTo("CANCELLED");
            String reportId = reportOf(user, jobId);
            api.as(user).get("/api/reports/{reportId}", reportId).then().body("status", equalTo("CANCELLED"))
                    .body("generated_at", nullValue());
            api.as(user).accept("*/*").get("/api/reports/{reportId}/file", reportId).then().statusCode(409);
            api.as(user).delete(JOB, jobId).then().statusCode(409).contentType("application/problem+json");
            api.as(user).get("/api/notifications").then().statusCode(200).body("kind", not(hasItem("JOB_FINISHED")));
        } finally {
            hold.release();
        }
    }

    @Test
    void jobsBeyondTheWorkersWaitQueuedAndAQueuedOneCanBeCancelled() {
        TestUser user = api.newUser();
        JobGate.Hold hold = gate.hold(user.id(), 5);
        try {
            String first = requestReport(user, "PDF");
            hold.awaitHeld(UUID.fromString(first));
            String second = requestReport(user, "CSV");
            hold.awaitHeld(UUID.fromString(second));
            String third = requestReport(user, "JSON");

            // Both workers are held: the third is picked, finds none free and is put back, again and again.
            OffsetDateTime due = executionTime(third);
            await().atMost(Duration.ofSeconds(30)).until(() -> executionTime(third).isAfter(due));
            api.as(user).get(JOB, third).then().body("status", equalTo("QUEUED")).body("progress", equalTo(0))
                    .body("started_at", nullValue());
            api.as(user).delete(JOB, third).then().statusCode(200).body("status", equalTo("CANCELLED"));
            hold.release();

            assertThat(finished(user, first).getString("status")).isEqualTo("DONE");
            assertThat(finished(user, second).getString("status")).isEqualTo("DONE");
            await().atMost(Duration.ofSeconds(30)).until(() -> !executing(third));
            api.as(user).get(JOB, third).then().body("status", equalTo("CANCELLED")).body("started_at", nullValue());
        } finally {
            hold.release();
        }
    }

    @Test
    void aJobThatCannotFinishFailsWithAProblemAndSaysSo() {
        TestUser user = api.newUser();
        String exerciseId = api.as(user).body(Map.of("name", "Temporary lift")).post("/api/exercises").then()
                .statusCode(201).extract().path("id");
        JobGate.Hold hold = gate.hold(user.id(), 5);
        try {
            String jobId = api.as(user).body(Map.of("type", "EXERCISE", "format", "PDF", "exercise_id", exerciseId))
                    .post("/api/reports").then().statusCode(202).extract().path("id");
            hold.awaitHeld(UUID.fromString(jobId));
            api.as(user).delete("/api/exercises/{id}", exerciseId).then().statusCode(204);
            hold.release();

            JsonPath failed = finished(user, jobId);
            assertThat(failed.getString("status")).isEqualTo("FAILED");
            assertThat(failed.getInt("error.status")).isEqualTo(404);
            assertThat(failed.getString("error.title")).isEqualTo("Not Found");
            assertThat(failed.getString("error.detail")).contains("Exercise");
            assertThat(failed.getString("result")).isNull();
            api.as(user).get("/api/notifications").then().statusCode(200)
                    .body("title", hasItem(startsWith("Failed: Exercise report: Temporary lift")));
            api.as(user).get("/api/reports/{reportId}", reportOf(user, jobId)).then().body("status", equalTo("FAILED"));
        } finally {
            hold.release();
        }
    }

    @Test
    void myJobsAreListedNewestFirstAndFilteredByStatusAndType() {
        TestUser user = api.newUser();
        String first = requestReport(user, "CSV");
        finished(user, first);
        String second = requestReport(user, "JSON");
        finished(user, second);

        api.as(user).get(JOBS).then().statusCode(200).header("X-Total-Count", "2")
                .body("id", equalTo(List.of(second, first))).body("type", everyItem(equalTo("REPORT")));
        api.as(user).queryParam("status", "DONE").queryParam("type", "REPORT").get(JOBS).then().statusCode(200)
                .body("$", hasSize(2));
        api.as(user).queryParam("status", "RUNNING").get(JOBS).then().statusCode(200).body("$", hasSize(0));
        api.as(user).queryParam("type", "INSIGHTS_RECOMPUTE").get(JOBS).then().statusCode(200).body("$", hasSize(0));
        api.as(user).queryParam("status", "LOST").get(JOBS).then().statusCode(400);
        api.as(user).delete(JOB, first).then().statusCode(409);
        api.as(api.newUser()).get(JOBS).then().statusCode(200).body("$", hasSize(0));
    }
}

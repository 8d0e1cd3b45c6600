package dev.overload.reporting.web;

import static dev.overload.reporting.web.ReportFixture.JOB;
import static dev.overload.reporting.web.ReportFixture.REPORT;
import static dev.overload.reporting.web.ReportFixture.REPORTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import dev.overload.Api;
import dev.overload.ApiTest;
import dev.overload.Mailbox;
import dev.overload.TestClock;
import dev.overload.TestUser;
import dev.overload.reporting.domain.ReportPurge;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reports as a resource: asking, listing, reading, downloading, deleting, expiring; what is refused; whose. */
@ApiTest
class ReportTests {

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @Autowired
    ReportPurge purge;

    @Value("${overload.data-dir}")
    Path dataDir;

    private ReportFixture fixture() {
        return new ReportFixture(api);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static Map<String, Object> progress(String format, LocalDate from, LocalDate to) {
        return Map.of("type", "PROGRESS", "format", format, "from", from.toString(), "to", to.toString());
    }

    @Test
    void aMadeReportIsListedReadAndDownloadedUnderAReadableName() {
        ReportFixture fixture = fixture();
        TestUser user = api.newUser();
        LocalDate to = LocalDate.now(ZoneOffset.UTC);
        String older = fixture.made(user, progress("CSV", to.minusDays(6), to));
        String newer = fixture.made(user, progress("JSON", to.minusDays(13), to));

        api.as(user).get(REPORTS).then().statusCode(200).header("X-Total-Count", "2")
                .body("id", equalTo(List.of(newer, older)))
                .body("[0].status", equalTo("DONE")).body("[0].progress", equalTo(100))
                .body("[0].file_url", equalTo("/api/reports/" + newer + "/file"))
                .body("[0].title", equalTo("Progress report " + to.minusDays(13) + " – " + to))
                .body("[1].format", equalTo("CSV"));
        var report = fixture.report(user, newer);
        assertThat(report.getString("file_name")).isEqualTo("progress-report-" + to.minusDays(13) + "-" + to + ".json");
        assertThat(report.getLong("size_bytes")).isPositive();
        assertThat(report.getString("weight_unit")).isEqualTo("KG");
        assertThat(report.getString("time_zone")).isEqualTo("UTC");
        assertThat(report.getString("job_id")).isNotNull();

        var download = fixture.download(user, newer, "application/json");
        assertThat(download.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"progress-report-"
                + to.minusDays(13) + "-" + to + ".json\"");
        assertThat(download.asByteArray()).hasSize(report.getInt("size_bytes"));
        assertThat(fixture.download(user, older, "text/csv").getContentType()).containsIgnoringCase("charset=utf-8");
    }

    @Test
    void withoutAPeriodAReportCoversTheLastTwelveWeeks() {
        ReportFixture fixture = fixture();
        TestUser user = api.newUser();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        String reportId = fixture.made(user, Map.of("type", "HISTORY", "format", "JSON"));

        var report = fixture.report(user, reportId);
        assertThat(report.getString("from")).isEqualTo(today.minusWeeks(12).plusDays(1).toString());
        assertThat(report.getString("to")).isEqualTo(today.toString());
    }

    @Test
    void aPeriodWithoutTrainingMakesAReportThatSaysSo() throws IOException {
        ReportFixture fixture = fixture();
        TestUser user = api.newUser();
        LocalDate to = LocalDate.now(ZoneOffset.UTC);

        try (PDDocument pdf = fixture.pdf(user, fixture.made(user, progress("PDF", to.minusDays(27), to)))) {
            assertThat(PdfPages.text(pdf)).contains("Progress report", "No completed sessions in this period.",
                    "Sessions 0 0 –");
            assertThat(PdfPages.render(pdf)).hasSize(pdf.getNumberOfPages());
        }
    }

    @Test
    void whatCannotBeMadeIsRefusedNamingTheField() {
        TestUser user = api.newUser();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String squat = api.systemExerciseId("Barbell Back Squat");

        refused(user, Map.of("format", "PDF"), "type");
        refused(user, Map.of("type", "PROGRESS", "format", "DOCX"), null);
        refused(user, Map.of("type", "EXERCISE", "format", "PDF"), "exercise_id");
        refused(user, Map.of("type", "PLAN", "format", "PDF"), "plan_id");
        refused(user, Map.of("type", "PROGRESS", "format", "PDF", "exercise_id", squat), "exercise_id");
        refused(user, Map.of("type", "PLAN", "format", "PDF", "plan_id", squat, "from", today.toString()), "from");
        refused(user, Map.of("type", "HISTORY", "format", "CSV", "from", today.toString(), "to",
                today.minusDays(1).toString()), "to");
        refused(user, Map.of("type", "HISTORY", "format", "CSV", "from", today.minusYears(6).toString(), "to",
                today.toString()), "to");
        refused(user, Map.of("type", "HISTORY", "format", "CSV", "colour", "blue"), null);
        api.as(user).get(REPORTS).then().statusCode(200).body("$", hasSize(0));
        api.as(user).get("/api/jobs").then().statusCode(200).body("$", hasSize(0));
    }

    private void refused(TestUser user, Map<String, Object> body, String field) {
        var response = api.as(user).body(body).post(REPORTS).then().statusCode(400)
                .contentType("application/problem+json");
        if (field != null) {
            response.body("errors.field", hasItem(field));
        }
    }

    @Test
    void anotherUsersReportsJobsPlansAndExercisesAreNotFound() {
        ReportFixture fixture = fixture();
        TestUser owner = api.newUser();
        TestUser other = api.newUser();
        LocalDate to = LocalDate.now(ZoneOffset.UTC);
        String jobId = fixture.request(owner, progress("JSON", to.minusDays(6), to)).getString("id");
        String reportId = fixture.finished(owner, jobId).getString("result.report").replace("/api/reports/", "");
        String planId = api.as(owner).body(Map.of("name", "Private")).post("/api/training-plans").then()
                .statusCode(201).extract().path("id");
        String custom = api.as(owner).body(Map.of("name", "Secret lift")).post("/api/exercises").then()
                .statusCode(201).extract().path("id");

        api.as(other).get(REPORT, reportId).then().statusCode(404).contentType("application/problem+json");
        api.as(other).accept("*/*").get(REPORT + "/file", reportId).then().statusCode(404);
        api.as(other).delete(REPORT, reportId).then().statusCode(404);
        api.as(other).get(JOB, jobId).then().statusCode(404);
        api.as(other).delete(JOB, jobId).then().statusCode(404);
        api.as(other).get(REPORTS).then().statusCode(200).body("$", hasSize(0));
        api.as(other).body(Map.of("type", "PLAN", "format", "PDF", "plan_id", planId)).post(REPORTS).then()
                .statusCode(404);
        api.as(other).body(Map.of("type", "EXERCISE", "format", "PDF", "exercise_id", custom)).post(REPORTS).then()
                .statusCode(404);
        api.as(owner).get(REPORT, reportId).then().statusCode(200);
    }

    @Test
    void deletingAReportRemovesItAndItsFile() {
        ReportFixture fixture = fixture();
        TestUser user = api.newUser();
        LocalDate to = LocalDate.now(ZoneOffset.UTC);
        String reportId = fixture.made(user, progress("PDF", to.minusDays(6), to));
        Path file = dataDir.resolve("reports").resolve(user.id().toString()).resolve(reportId + ".pdf");
        assertThat(file).exists();

        api.as(user).delete(REPORT, reportId).then().statusCode(204);

        api.as(user).get(REPORT, reportId).then().statusCode(404);
        api.as(user).get(REPORTS).then().statusCode(200).body("id", not(hasItem(reportId)));
        assertThat(file).doesNotExist();
    }

    @Test
    void anExpiredReportIsGoneAtOnceAndThePurgeRemovesItsFile() {
        ReportFixture fixture = fixture();
        TestUser user = api.newUser();
        LocalDate to = LocalDate.now(ZoneOffset.UTC);
        String reportId = fixture.made(user, progress("CSV", to.minusDays(6), to));
        Path file = dataDir.resolve("reports").resolve(user.id().toString()).resolve(reportId + ".csv");
        var report = fixture.report(user, reportId);
        assertThat(Duration.between(java.time.Instant.parse(report.getString("created_at")),
                java.time.Instant.parse(report.getString("expires_at")))).isEqualTo(Duration.ofDays(30));

        clock.advance(Duration.ofDays(30).plusMinutes(1));
        TestUser later = api.logIn(user);

        api.as(later).get(REPORT, reportId).then().statusCode(404);
        api.as(later).get(REPORTS).then().statusCode(200).body("$", hasSize(0));
        assertThat(purge.purge()).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.sql("select count(*) from reports where id = :id").param("id", java.util.UUID.fromString(
                reportId)).query(Long.class).single()).isZero();
        assertThat(file).doesNotExist();
    }

    @Test
    void whoAskedForAnEmailGetsOneWhenTheReportIsReady() throws Exception {
        ReportFixture fixture = fixture();
        TestUser user = api.newUser();
        LocalDate to = LocalDate.now(ZoneOffset.UTC);
        Map<String, Object> body = new HashMap<>(progress("PDF", to.minusDays(6), to));
        body.put("email_when_done", true);

        String jobId = fixture.request(user, body).getString("id");
        fixture.finished(user, jobId);

        MimeMessage mail = Mailbox.awaitMails(user.email(), 1).getFirst();
        assertThat(Mailbox.subject(mail)).isEqualTo("Ready: Progress report " + to.minusDays(6) + " – " + to
                + " (PDF)");
        assertThat(Mailbox.text(mail)).contains("/api/jobs/" + jobId);
        api.as(user).get("/api/notifications").then().statusCode(200)
                .body("title", hasItem(startsWith("Ready: Progress report")));
    }
}

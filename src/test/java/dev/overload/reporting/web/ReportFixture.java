package dev.overload.reporting.web;

import static org.awaitility.Awaitility.await;

import dev.overload.Api;
import dev.overload.TestUser;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * What the report tests share: training logged through the API (sessions on past days, each set done as given),
 * body weights written as the wellness module stores them, and reports asked for, followed to the end of their
 * job, downloaded and read back.
 */
public final class ReportFixture {

    static final String REPORTS = "/api/reports";
    static final String REPORT = "/api/reports/{reportId}";
    static final String JOB = "/api/jobs/{jobId}";
    private static final Duration JOB_TIMEOUT = Duration.ofSeconds(60);

    private final Api api;

    public ReportFixture(Api api) {
        this.api = api;
    }

    /** {@code sets} completed sets of an exercise at {@code reps} × {@code weight} (the user's unit). */
    record Lift(String exerciseId, int sets, int reps, String weight, Integer rir) {

        Lift(String exerciseId, int sets, int reps, String weight) {
            this(exerciseId, sets, reps, weight, 2);
        }
    }

    String exercise(String name) {
        return api.systemExerciseId(name);
    }

    /** A workout done on the day (10:00–11:00 UTC), every set as given; answers the session id. */
    String trained(TestUser user, LocalDate day, String title, Lift... lifts) {
        Map<String, Object> start = new LinkedHashMap<>();
        start.put("title", title);
        start.put("session_date", day.toString());
        start.put("started_at", day.atTime(10, 0).toInstant(ZoneOffset.UTC).toString());
        start.put("ended_at", day.atTime(11, 0).toInstant(ZoneOffset.UTC).toString());
        String sessionId = api.as(user).body(start).post("/api/training-sessions").then().statusCode(201).extract()
                .path("id");
        for (Lift lift : lifts) {
            for (int i = 0; i < lift.sets(); i++) {
                Map<String, Object> set = new LinkedHashMap<>();
                set.put("exercise_id", lift.exerciseId());
                set.put("expected_reps", lift.reps());
                set.put("expected_weight", new BigDecimal(lift.weight()));
                set.put("actual_reps", lift.reps());
                set.put("actual_weight", new BigDecimal(lift.weight()));
                set.put("rir", lift.rir());
                set.put("status", "COMPLETED");
                api.as(user).body(set).post("/api/training-sessions/{sessionId}/sets", sessionId).then()
                        .statusCode(201);
            }
        }
        api.as(user).post("/api/training-sessions/{sessionId}/complete", sessionId).then().statusCode(200);
        return sessionId;
    }

    /** A plan day's exercise: its target sets, reps at each weight (the user's unit), with rest and notes. */
    record Slot(String exerciseId, int reps, List<String> weights, Integer restTime, String notes) {
    }

    /** A plan of the given days (name → slots), built with one composite request; answers the plan as read. */
    JsonPath plan(TestUser user, String name, Map<String, List<Slot>> days) {
        String planId = api.as(user).body(Map.of("name", name)).post("/api/training-plans").then().statusCode(201)
                .extract().path("id");
        List<Map<String, Object>> dayBodies = new ArrayList<>();
        days.forEach((day, slots) -> dayBodies.add(Map.of("name", day, "exercises", slots.stream().map(slot -> {
            Map<String, Object> exercise = new LinkedHashMap<>();
            exercise.put("exercise_id", slot.exerciseId());
            exercise.put("rest_time", slot.restTime());
            exercise.put("notes", slot.notes());
            exercise.put("sets", slot.weights().stream().map(weight -> Map.of("expected_reps", slot.reps(),
                    "expected_weight", new BigDecimal(weight))).toList());
            return exercise;
        }).toList())));
        return api.as(user).body(Map.of("name", name, "days", dayBodies))
                .post("/api/training-plans/{planId}/composite", planId).then().statusCode(200).extract().jsonPath();
    }

    /**
     * A session of the plan's first day on the given day: each set done as planned, except the sets listed in
     * {@code failedReps} (set index → reps done), which are failed.
     */
    String trainedPlan(TestUser user, JsonPath plan, LocalDate day, Map<Integer, Integer> failedReps) {
        Map<String, Object> start = new LinkedHashMap<>();
        start.put("training_plan_id", plan.getString("id"));
        start.put("training_plan_day_id", plan.getString("days[0].id"));
        start.put("session_date", day.toString());
        start.put("started_at", day.atTime(10, 0).toInstant(ZoneOffset.UTC).toString());
        start.put("ended_at", day.atTime(11, 0).toInstant(ZoneOffset.UTC).toString());
        JsonPath session = api.as(user).body(start).post("/api/training-sessions").then().statusCode(201).extract()
                .jsonPath();
        String sessionId = session.getString("id");
        List<String> sets = session.getList("sets.id", String.class);
        for (int i = 0; i < sets.size(); i++) {
            Integer reps = failedReps.get(i + 1);
            if (reps == null) {
                api.as(user).patch("/api/training-sessions/{sessionId}/sets/{setId}/complete", sessionId, sets.get(i))
                        .then().statusCode(200);
            } else {
                api.as(user).queryParam("reps", reps)
                        .patch("/api/training-sessions/{sessionId}/sets/{setId}/fail", sessionId, sets.get(i)).then()
                        .statusCode(200);
            }
        }
        api.as(user).post("/api/training-sessions/{sessionId}/complete", sessionId).then().statusCode(200);
        return sessionId;
    }

    /** The body weight of a past day, recorded as the user does (a new user weighs in kilograms). */
    void bodyWeight(TestUser user, LocalDate day, String kilograms) {
        api.as(user).body(Map.of("body_weight", new BigDecimal(kilograms)))
                .put("/api/daily-metrics/{date}", day.toString())
                .then().statusCode(200);
    }

    /** Asks for a report (202, Location of the job) and answers the job. */
    JsonPath request(TestUser user, Map<String, Object> body) {
        return request(user, REPORTS, body);
    }

    /** Asks for a report where its data is ({@code /api/club/reports}, say) and answers the job. */
    JsonPath request(TestUser user, String path, Map<String, Object> body) {
        return api.as(user).body(body).post(path).then().statusCode(202)
                .header("Location", org.hamcrest.Matchers.startsWith("/api/jobs/"))
                .body("type", org.hamcrest.Matchers.equalTo("REPORT"))
                .extract().jsonPath();
    }

    /** Waits until the job has finished and answers it. */
    JsonPath finished(TestUser user, String jobId) {
        return await().atMost(JOB_TIMEOUT).until(() -> api.as(user).get(JOB, jobId).then().statusCode(200).extract()
                .jsonPath(), job -> List.of("DONE", "FAILED", "CANCELLED").contains(job.getString("status")));
    }

    /** Asks for the report, waits until it is made, and answers the report's id. */
    String made(TestUser user, Map<String, Object> body) {
        return made(user, REPORTS, body);
    }

    /** Asks for the report at {@code path}, waits until it is made, and answers the report's id. */
    public String made(TestUser user, String path, Map<String, Object> body) {
        String jobId = request(user, path, body).getString("id");
        JsonPath job = finished(user, jobId);
        if (!"DONE".equals(job.getString("status"))) {
            throw new AssertionError("The report's job ended " + job.prettify());
        }
        String link = job.getString("result.report");
        return link.substring(link.lastIndexOf('/') + 1);
    }

    public JsonPath report(TestUser user, String reportId) {
        return api.as(user).get(REPORT, reportId).then().statusCode(200).extract().jsonPath();
    }

    /** The report's file, with its Content-Type and Content-Disposition checked. */
    Response download(TestUser user, String reportId, String contentType) {
        return api.as(user).accept("*/*").get(REPORT + "/file", reportId).then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith(contentType))
                .header("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment; filename=\""))
                .extract().response();
    }

    public JsonPath json(TestUser user, String reportId) {
        return new JsonPath(download(user, reportId, "application/json").asString());
    }

    public List<CSVRecord> csv(TestUser user, String reportId) {
        String text = new String(download(user, reportId, "text/csv").asByteArray(), StandardCharsets.UTF_8);
        try {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(text)).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> csvHeader(TestUser user, String reportId) {
        String text = new String(download(user, reportId, "text/csv").asByteArray(), StandardCharsets.UTF_8);
        return new ArrayList<>(List.of(text.substring(0, text.indexOf("\r\n")).split(",")));
    }

    public PDDocument pdf(TestUser user, String reportId) {
        try {
            return Loader.loadPDF(download(user, reportId, "application/pdf").asByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A number of a JSON document, exactly as written. */
    static BigDecimal decimal(JsonPath json, String path) {
        return new BigDecimal(json.getString(path));
    }

    static BigDecimal sum(List<CSVRecord> rows, String column) {
        return rows.stream().map(row -> row.get(column)).filter(value -> !value.isEmpty()).map(BigDecimal::new)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}

package dev.overload.insights.web;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import dev.overload.Api;
import dev.overload.ApiTest;
import dev.overload.TestUser;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A month of sleep and training, and what insights make of it. */
@ApiTest
class InsightTests {

    static final String INSIGHTS = "/api/insights";

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aMonthOfLongerNightsBeforeBiggerSessionsIsFoundAndSaidPlainly() {
        TestUser user = api.newUser();
        String squat = api.systemExerciseId("Barbell Back Squat");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        for (int i = 0; i < 30; i++) {
            LocalDate day = today.minusDays(30 - i);
            double hours = 6 + (i % 5) * 0.5;
            Instant asleep = day.minusDays(1).atTime(23, 0).toInstant(ZoneOffset.UTC);
            api.as(user).body(Map.of("sleep_start", asleep.toString(), "sleep_end",
                    asleep.plus(Duration.ofMinutes((long) (hours * 60))).toString(), "energy_level", 3 + i % 5))
                    .put("/api/daily-metrics/{date}", day.toString()).then().statusCode(200);
            api.as(user).body(Map.of("session_date", day.toString(), "exercises", List.of(Map.of("exercise_id",
                    squat, "sets", List.of(Map.of("reps", 5, "weight", (int) (15 * hours) + i % 2))))))
                    .post("/api/training-sessions/logged").then().statusCode(201);
        }
        api.as(user).get(INSIGHTS).then().statusCode(200).body("$", hasSize(0));

        api.as(user).post(INSIGHTS + "/recompute").then().statusCode(202)
                .header("Location", startsWith("/api/jobs/"));

        JsonPath found = await().atMost(Duration.ofSeconds(30)).until(
                () -> api.as(user).queryParam("significant", true).get(INSIGHTS).then().statusCode(200).extract()
                        .jsonPath(),
                insights -> !insights.getList("$").isEmpty());
        api.as(user).queryParam("significant", true).get(INSIGHTS).then()
                .body("find { it.primary_metric == 'SLEEP_HOURS' && it.secondary_metric == 'VOLUME' }.insight_text",
                        startsWith("On days after you slept 7 h or more, your training volume was"))
                .body("find { it.primary_metric == 'SLEEP_HOURS' && it.secondary_metric == 'VOLUME' }.strength",
                        equalTo("STRONG"))
                .body("find { it.primary_metric == 'SLEEP_HOURS' && it.secondary_metric == 'VOLUME' }.sample_size",
                        equalTo(30))
                .body("[0].significant", equalTo(true));
        org.assertj.core.api.Assertions.assertThat(found.getList("q_value", Float.class)).allMatch(q -> q < 0.05);
    }

    @Test
    void recordingADayMarksTheUsersInsightsForTheNightlyRecompute() {
        TestUser user = api.newUser();

        api.as(user).body(Map.of("energy_level", 7)).put("/api/daily-metrics/{date}",
                LocalDate.now(ZoneOffset.UTC).toString()).then().statusCode(200);

        await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.sql(
                "select count(*) from insight_staleness where user_id = :user").param("user", user.id())
                .query(Long.class).single() == 1);
    }

    @Test
    void anotherUsersInsightsAreNotMine() {
        TestUser user = api.newUser();

        api.as(user).queryParam("significant", true).get(INSIGHTS).then().statusCode(200).body("$", hasSize(0));
        api.as(user).queryParam("limit", 0).get(INSIGHTS).then().statusCode(400)
                .contentType("application/problem+json");
    }
}

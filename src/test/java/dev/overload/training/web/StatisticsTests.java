package dev.overload.training.web;

import static dev.overload.training.web.TrainingFixture.BENCH_PRESS;
import static dev.overload.training.web.TrainingFixture.SQUAT;
import static dev.overload.training.web.TrainingFixture.number;
import static dev.overload.training.web.TrainingFixture.numbers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import dev.overload.Api;
import dev.overload.ApiTest;
import dev.overload.StatementCounter;
import dev.overload.TestUser;
import io.restassured.response.ValidatableResponse;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Training statistics over a range of my days: volume, hard sets per muscle group, estimated 1RM. */
@ApiTest
class StatisticsTests {

    static final String VOLUME = "/api/stats/volume";
    static final String E1RM = "/api/stats/e1rm";

    @Autowired
    Api api;

    @Autowired
    StatementCounter statements;

    private TrainingFixture training;

    @Autowired
    void fixture(Api api) {
        training = new TrainingFixture(api);
    }

    /** A Monday well in the past, so that its week is complete whatever today is. */
    private static final LocalDate MONDAY = LocalDate.now(ZoneOffset.UTC).minusWeeks(3)
            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));

    @Test
    void volumeAndSetsPerDayAndPerWeek() {
        TestUser user = api.newUser();
        String squat = training.exerciseId(SQUAT);
        log(user, MONDAY, squat, set(5, 100, 2), set(5, 100, 2));
        log(user, MONDAY.plusDays(2), squat, set(3, 120, 1));
        log(user, MONDAY.plusWeeks(1), squat, set(10, 60, null));

        volume(user, MONDAY, MONDAY.plusDays(13), "week").statusCode(200)
                .body("group_by", equalTo("WEEK"))
                .body("weight_unit", equalTo("KG"))
                .body("volumes.start", equalTo(List.of(MONDAY.toString(), MONDAY.plusWeeks(1).toString())))
                .body("volumes.volume", numbers("1360", "600"))
                .body("volumes.sets", equalTo(List.of(3, 1)));
        volume(user, MONDAY, MONDAY.plusDays(2), "day").statusCode(200)
                .body("volumes.start", equalTo(List.of(MONDAY.toString(), MONDAY.plusDays(1).toString(),
                        MONDAY.plusDays(2).toString())))
                .body("volumes.volume", numbers("1000", "0", "360"))
                .body("volumes.sets", equalTo(List.of(2, 0, 1)));
    }

    @Test
    void hardSetsCountOneForThePrimaryMuscleAndHalfForEachSecondary() {
        TestUser user = api.newUser();
        String squat = training.exerciseId(SQUAT);
        // Squat works the quadriceps, secondarily the glutes, adductors, hamstrings and lower back.
        log(user, MONDAY, squat, set(5, 100, 2), set(5, 100, null), set(5, 100, 5));

        volume(user, MONDAY, MONDAY.plusDays(6), "muscle_group").statusCode(200)
                .body("group_by", equalTo("MUSCLE_GROUP"))
                .body("volumes", hasSize(0))
                .body("muscle_groups.find { it.muscle_group == 'quadriceps' }.hard_sets", number("2"))
                .body("muscle_groups.find { it.muscle_group == 'glutes' }.hard_sets", number("1"))
                .body("muscle_groups.week", hasItem(MONDAY.toString()));
    }

    @Test
    void theBestEstimatedOneRepMaxOfEachSession() {
        TestUser user = api.newUser();
        String squat = training.exerciseId(SQUAT);
        log(user, MONDAY, squat, set(5, 100, null), set(1, 110, null));
        log(user, MONDAY.plusDays(3), squat, set(3, 115, null));

        api.as(user).queryParam("exercise_id", squat).queryParam("from", MONDAY.toString())
                .queryParam("to", MONDAY.plusDays(6).toString()).get(E1RM).then().statusCode(200)
                .body("exercise_name", equalTo(SQUAT))
                .body("points.date", equalTo(List.of(MONDAY.toString(), MONDAY.plusDays(3).toString())))
                // 100 × (1 + 5/30) = 116.667 beats the single at 110; 115 × 1.1 = 126.5
                .body("points.estimated_one_rep_max", numbers("116.67", "126.5"))
                .body("points.reps", equalTo(List.of(5, 3)));
    }

    @Test
    void numbersAreInTheUsersUnit() {
        TestUser user = api.newUser();
        api.as(user).body(Map.of("weight_unit", "LB")).patch("/api/users/me").then().statusCode(200);
        String bench = training.exerciseId(BENCH_PRESS);
        log(user, MONDAY, bench, set(10, 135, null));

        volume(user, MONDAY, MONDAY, "day").statusCode(200)
                .body("weight_unit", equalTo("LB"))
                .body("volumes.volume", numbers("1350"));
        api.as(user).queryParam("exercise_id", bench).queryParam("from", MONDAY.toString())
                .queryParam("to", MONDAY.toString()).get(E1RM).then().statusCode(200)
                .body("points.weight", numbers("135"))
                .body("points.estimated_one_rep_max", numbers("180"));
    }

    @Test
    void daysAreTheUsersDays() {
        TestUser user = api.newUser();
        api.as(user).body(Map.of("time_zone", "Pacific/Auckland")).patch("/api/users/me").then().statusCode(200);
        // 07:00 in Auckland on the Tuesday is still Monday in UTC.
        Instant tuesdayMorning = MONDAY.plusDays(1).atTime(7, 0).atZone(ZoneId.of("Pacific/Auckland")).toInstant();
        Map<String, Object> body = workout(MONDAY.plusDays(1), training.exerciseId(SQUAT), set(5, 100, null));
        body.put("started_at", tuesdayMorning.toString());
        api.as(user).body(body).post(LoggedSessionTests.LOGGED).then().statusCode(201);

        volume(user, MONDAY, MONDAY.plusDays(1), "day").statusCode(200)
                .body("volumes.volume", numbers("0", "500"));
    }

    @Test
    void anotherUsersTrainingIsNotCounted() {
        TestUser owner = api.newUser();
        TestUser other = api.newUser();
        String custom = training.customExercise(owner, "Belt squat");
        log(owner, MONDAY, custom, set(5, 100, null));

        volume(other, MONDAY, MONDAY, "day").statusCode(200).body("volumes.volume", numbers("0"));
        api.as(other).queryParam("exercise_id", custom).get(E1RM).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void theRangeDefaultsToTwelveWeeksAndIsBounded() {
        TestUser user = api.newUser();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        api.as(user).queryParam("group_by", "day").get(VOLUME).then().statusCode(200)
                .body("to", equalTo(today.toString()))
                .body("from", equalTo(today.minusWeeks(12).plusDays(1).toString()))
                .body("volumes", hasSize(84));
        invalid(volume(user, MONDAY, MONDAY.minusDays(1), "day"), "to");
        invalid(volume(user, MONDAY.minusYears(6), MONDAY, "week"), "to");
        invalid(volume(user, LocalDate.of(1800, 1, 1), MONDAY, "week"), "from");
        invalid(api.as(user).queryParam("group_by", "month").get(VOLUME).then(), "group_by");
        invalid(api.as(user).get(E1RM).then(), "exercise_id");
    }

    @Test
    void theStatementsDoNotGrowWithTheRange() {
        TestUser user = api.newUser();
        String squat = training.exerciseId(SQUAT);
        log(user, MONDAY, squat, set(5, 100, null));
        log(user, MONDAY.minusYears(2), squat, set(5, 90, null));

        long week = statements.count(() -> volume(user, MONDAY, MONDAY.plusDays(6), "muscle_group").statusCode(200));
        long years = statements.count(() -> volume(user, MONDAY.minusYears(4), MONDAY, "muscle_group")
                .statusCode(200));
        long dayByDay = statements.count(() -> volume(user, MONDAY.minusYears(4), MONDAY, "day").statusCode(200));
        long e1rm = statements.count(() -> api.as(user).queryParam("exercise_id", squat)
                .queryParam("from", MONDAY.minusYears(4).toString()).queryParam("to", MONDAY.toString()).get(E1RM)
                .then().statusCode(200));

        assertThat(years).isEqualTo(week);
        // Each request first reads the caller's account (the token check, see docs/decisions/token-revocation.md).
        // Then the sets per exercise and week, and the catalog's summaries of those exercises (three statements)
        assertThat(years).isLessThanOrEqualTo(1 + 4);
        assertThat(dayByDay).isEqualTo(1 + 1);
        // the exercise's visibility (three statements of the catalog), then the points
        assertThat(e1rm).isLessThanOrEqualTo(1 + 4);
    }

    private ValidatableResponse volume(TestUser user, LocalDate from, LocalDate to, String groupBy) {
        return api.as(user).queryParam("from", from.toString()).queryParam("to", to.toString())
                .queryParam("group_by", groupBy).get(VOLUME).then();
    }

    @SafeVarargs
    private void log(TestUser user, LocalDate day, String exerciseId, Map<String, Object>... sets) {
        api.as(user).body(workout(day, exerciseId, sets)).post(LoggedSessionTests.LOGGED).then().statusCode(201);
    }

    @SafeVarargs
    private static Map<String, Object> workout(LocalDate day, String exerciseId, Map<String, Object>... sets) {
        Map<String, Object> body = new HashMap<>();
        body.put("session_date", day.toString());
        body.put("exercises", List.of(Map.of("exercise_id", exerciseId, "sets", List.of(sets))));
        return body;
    }

    private static Map<String, Object> set(int reps, int weight, Integer rir) {
        Map<String, Object> set = new HashMap<>();
        set.put("reps", reps);
        set.put("weight", weight);
        set.put("rir", rir);
        return set;
    }

    private static void invalid(ValidatableResponse response, String field) {
        response.statusCode(400).contentType("application/problem+json").body("errors.field", hasItem(field));
    }
}

package dev.overload.wellness.web;

import static dev.overload.wellness.web.WellnessFixture.DAY;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.overload.Api;
import dev.overload.ApiTest;
import dev.overload.TestClock;
import dev.overload.TestUser;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every bound of a day, its date and its night: each bad value is a 400 naming the field as sent, never a 500;
 * the values at the bounds are accepted.
 */
@ApiTest
class DailyMetricValidationTests {

    @Autowired
    Api api;

    @Autowired
    TestClock clock;

    WellnessFixture wellness;
    LocalDate today;
    TestUser user;

    @BeforeEach
    void setUp() {
        wellness = new WellnessFixture(api, clock);
        today = wellness.noonToday();
        user = api.newUser();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
            "sleep_quality, 0", "sleep_quality, 6",
            "stress_level, 0", "stress_level, 11",
            "energy_level, 0", "energy_level, 11",
            "motivation_level, 0", "motivation_level, 11",
            "body_weight, 19.99", "body_weight, 400.01", "body_weight, -1", "body_weight, 80.125",
            "body_fat_percent, 0.99", "body_fat_percent, 75.01", "body_fat_percent, 20.125",
            "resting_heart_rate, 19", "resting_heart_rate, 201",
            "steps, -1", "steps, 200001",
            "water_ml, -1", "water_ml, 20001",
    })
    void aValueOutOfBoundsIsRefusedNamingTheField(String field, String value) {
        wellness.rejected(wellness.put(user, today, Map.of(field, Double.parseDouble(value))), field)
                .body("status", equalTo(400));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"neck, 9.99", "chest, 300.01", "waist, -5", "hips, 1000", "arm, 0", "thigh, 300.5", "calf, 12.345"})
    void aGirthOutOfBoundsIsRefusedNamingIt(String girth, String value) {
        wellness.rejected(wellness.put(user, today, Map.of("girths", Map.of(girth, Double.parseDouble(value)))),
                "girths." + girth);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
            "calories, -1", "calories, 10001",
            "protein_g, -0.01", "protein_g, 1000.01",
            "carbs_g, -1", "carbs_g, 1000.5",
            "fat_g, -1", "fat_g, 1001",
            "fiber_g, -1", "fiber_g, 1001",
    })
    void aMealValueOutOfBoundsIsRefusedNamingTheMealAndField(String field, String value) {
        List<Map<String, Object>> meals = List.of(Map.of("name", "ok"), Map.of(field, Double.parseDouble(value)));
        wellness.rejected(wellness.put(user, today, Map.of("meals", meals)), "meals[1]." + field);
    }

    @Test
    void textsAndListsHaveMaximumLengths() {
        wellness.rejected(wellness.put(user, today, Map.of("notes", "x".repeat(2001))), "notes");
        wellness.rejected(wellness.put(user, today, Map.of("meals", List.of(Map.of("name", "x".repeat(101))))),
                "meals[0].name");
        List<Map<String, Object>> meals = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            meals.add(Map.of("name", "Meal " + i));
        }
        wellness.rejected(wellness.put(user, today, Map.of("meals", meals)), "meals");
        wellness.put(user, today, Map.of("notes", "x".repeat(2000), "meals", meals.subList(0, 20))).statusCode(200);
    }

    @Test
    void valuesAtTheBoundsAreAccepted() {
        Map<String, Object> lowest = new HashMap<>(Map.of("sleep_quality", 1, "stress_level", 1, "energy_level", 1,
                "motivation_level", 1, "body_weight", 20, "body_fat_percent", 1, "resting_heart_rate", 20, "steps", 0,
                "water_ml", 0));
        lowest.put("girths", Map.of("neck", 10, "chest", 10, "waist", 10, "hips", 10, "arm", 10, "thigh", 10,
                "calf", 10));
        lowest.put("meals", List.of(Map.of("calories", 0, "protein_g", 0, "carbs_g", 0, "fat_g", 0, "fiber_g", 0)));
        wellness.put(user, today, lowest).statusCode(200).body("body_weight", WellnessFixture.number("20"));

        Map<String, Object> highest = new HashMap<>(Map.of("sleep_quality", 5, "stress_level", 10, "energy_level",
                10, "motivation_level", 10, "body_weight", 400, "body_fat_percent", 75, "resting_heart_rate", 200,
                "steps", 200000, "water_ml", 20000));
        highest.put("girths", Map.of("neck", 300, "chest", 300, "waist", 300, "hips", 300, "arm", 300, "thigh", 300,
                "calf", 300));
        highest.put("meals", List.of(Map.of("calories", 10000, "protein_g", 1000, "carbs_g", 1000, "fat_g", 1000,
                "fiber_g", 1000)));
        wellness.put(user, today.minusDays(1), highest).statusCode(200).body("totals.calories", equalTo(10000));
    }

    @Test
    void aBodyWeightBoundIsExplainedInBothUnits() {
        wellness.put(user, today, Map.of("body_weight", 401)).statusCode(400)
                .body("errors[0].field", equalTo("body_weight"))
                .body("errors[0].message", equalTo("must be between 20 and 400 kg (44.10 and 881.84 lb)"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"seven\"", "true", "[1]", "{\"a\": 1}"})
    void aValueOfTheWrongTypeIsRefusedNamingTheField(String json) {
        wellness.rejected(api.as(user).body("{\"sleep_quality\": " + json + "}").put(DAY, today.toString()).then(),
                "sleep_quality");
    }

    @Test
    void malformedTimesAndShapesAreRefusedNamingTheField() {
        wellness.rejected(wellness.put(user, today, Map.of("sleep_start", "last night")), "sleep_start")
                .body("errors[0].message", containsString("ISO-8601"));
        wellness.rejected(wellness.put(user, today, Map.of("meals", List.of(Map.of("time", "25:00")))),
                "meals[0].time").body("errors[0].message", containsString("HH:MM"));
        wellness.rejected(wellness.put(user, today, Map.of("meals", "lots")), "meals");
        wellness.rejected(wellness.put(user, today, Map.of("girths", 84)), "girths");
        api.as(user).body("[]").put(DAY, today.toString()).then().statusCode(400);
        api.as(user).body("{").put(DAY, today.toString()).then().statusCode(400);
        api.as(user).put(DAY, today.toString()).then().statusCode(400);
        api.as(user).body("{\"meals\": [null]}").put(DAY, today.toString()).then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItem(containsString("meals")));
    }

    // --- the date

    @Test
    void aDayInTheFutureIsRefusedWhateverTheMethod() {
        LocalDate tomorrow = today.plusDays(1);

        wellness.rejected(wellness.put(user, tomorrow, Map.of("steps", 1)), "date")
                .body("errors[0].message", containsString("must not be in the future"));
        wellness.rejected(wellness.get(user, tomorrow), "date");
        wellness.rejected(api.as(user).delete(DAY, tomorrow.toString()).then(), "date");
        wellness.put(user, today, Map.of("steps", 1)).statusCode(200);
    }

    @Test
    void datesBefore1900AreRefused() {
        wellness.rejected(wellness.put(user, LocalDate.of(1899, 12, 31), Map.of("steps", 1)), "date")
                .body("errors[0].message", containsString("1900-01-01"));
        wellness.put(user, LocalDate.of(1900, 1, 1), Map.of("steps", 1)).statusCode(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-13-01", "2026-02-30", "yesterday", "20260101"})
    void aDateThatIsNoDateIsRefusedNamingIt(String date) {
        wellness.rejected(api.as(user).body(Map.of()).put(DAY, date).then(), "date")
                .body("errors[0].message", containsString("YYYY-MM-DD"));
        wellness.rejected(api.as(user).get(DAY, date).then(), "date");
    }

    // --- the night before

    @Test
    void theNightEndsOnTheDateOrTheEveningBeforeInTheUsersZone() {
        LocalDate date = today.minusDays(2);

        night(date, at(date, "16:00"), at(date, "23:59:59")).statusCode(200)
                .body("sleep_hours", WellnessFixture.number("8"));
        night(date, at(date.minusDays(1), "10:00"), at(date.minusDays(1), "18:00")).statusCode(200)
                .body("sleep_hours", WellnessFixture.number("8"));
        wellness.rejected(night(date, at(date.minusDays(1), "09:59"), at(date.minusDays(1), "17:59")), "sleep_end")
                .body("errors[0].message", containsString("the evening before"));
        wellness.rejected(night(date, at(date, "23:00"), at(date.plusDays(1), "07:00")), "sleep_end");
    }

    @Test
    void aNightHasBothEndsLastsUpTo24HoursAndHasEnded() {
        LocalDate date = today.minusDays(1);

        wellness.rejected(wellness.put(user, date, Map.of("sleep_start", at(date, "00:00"))), "sleep_end");
        wellness.rejected(wellness.put(user, date, Map.of("sleep_end", at(date, "07:00"))), "sleep_start");
        wellness.rejected(night(date, at(date, "07:00"), at(date, "07:00")), "sleep_end");
        wellness.rejected(night(date, at(date, "07:00"), at(date, "06:00")), "sleep_end");
        wellness.rejected(night(date, at(date.minusDays(1), "06:59"), at(date, "07:00")), "sleep_end")
                .body("errors[0].message", containsString("24 hours"));
        night(date, at(date.minusDays(1), "07:00"), at(date, "07:00")).statusCode(200)
                .body("sleep_hours", WellnessFixture.number("24"));
        // It is noon: a sleep that ends at one o'clock today has not ended yet.
        wellness.rejected(night(today, at(today, "01:00"), at(today, "13:00")), "sleep_end")
                .body("errors[0].message", containsString("future"));
        night(today, at(today, "01:00"), at(today, "08:15")).statusCode(200)
                .body("sleep_hours", WellnessFixture.number("7.25"));
    }

    private io.restassured.response.ValidatableResponse night(LocalDate date, String start, String end) {
        return wellness.put(user, date, Map.of("sleep_start", start, "sleep_end", end));
    }

    private static String at(LocalDate date, String time) {
        return Instant.from(date.atTime(java.time.LocalTime.parse(time)).atOffset(ZoneOffset.UTC)).toString();
    }
}

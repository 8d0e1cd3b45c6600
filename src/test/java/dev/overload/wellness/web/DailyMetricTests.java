package dev.overload.wellness.web;

import static dev.overload.wellness.web.WellnessFixture.DAY;
import static dev.overload.wellness.web.WellnessFixture.fullDay;
import static dev.overload.wellness.web.WellnessFixture.number;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.overload.Api;
import dev.overload.ApiTest;
import dev.overload.TestClock;
import dev.overload.TestUser;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Recording, reading, replacing and deleting one's days, and nobody else's. */
@ApiTest
class DailyMetricTests {

    @Autowired
    Api api;

    @Autowired
    TestClock clock;

    WellnessFixture wellness;
    LocalDate today;

    @BeforeEach
    void setUp() {
        wellness = new WellnessFixture(api, clock);
        today = wellness.noonToday();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aDayIsRecordedWholeWithSleepHoursAndMealTotals() {
        TestUser user = api.newUser();
        LocalDate date = today.minusDays(1);

        wellness.put(user, date, fullDay(date)).statusCode(200)
                .body("date", equalTo(date.toString()))
                .body("sleep_start", equalTo(date.minusDays(1) + "T22:30:00Z"))
                .body("sleep_end", equalTo(date + "T06:30:00Z"))
                .body("sleep_hours", number("8"))
                .body("sleep_quality", equalTo(4))
                .body("stress_level", equalTo(3))
                .body("energy_level", equalTo(7))
                .body("motivation_level", equalTo(8))
                .body("body_weight", number("81.4"))
                .body("weight_unit", equalTo("KG"))
                .body("body_fat_percent", number("15.5"))
                .body("resting_heart_rate", equalTo(52))
                .body("steps", equalTo(9500))
                .body("water_ml", equalTo(2500))
                .body("notes", equalTo("Felt good"))
                .body("girths.waist", number("84.5"))
                .body("girths.calf", number("39"))
                .body("height_unit", equalTo("CM"))
                .body("meals.name", contains("Breakfast", "Dinner"))
                .body("meals[0].time", equalTo("07:30:00"))
                .body("meals[1].protein_g", number("55.5"))
                .body("totals.calories", equalTo(1550))
                .body("totals.protein_g", number("90.5"))
                .body("totals.carbs_g", number("175"))
                .body("totals.fat_g", number("48"))
                .body("totals.fiber_g", number("20"))
                .body("created_at", notNullValue());

        wellness.get(user, date).statusCode(200)
                .body("date", equalTo(date.toString()))
                .body("sleep_hours", number("8"))
                .body("body_weight", number("81.4"))
                .body("body_fat_percent", number("15.5"))
                .body("girths.neck", number("38"))
                .body("meals.name", contains("Breakfast", "Dinner"))
                .body("meals[1].time", equalTo("19:00:00"))
                .body("meals[1].protein_g", number("55.5"))
                .body("totals.calories", equalTo(1550))
                .body("totals.protein_g", number("90.5"));
    }

    @Test
    void everyFieldIsOptional() {
        TestUser user = api.newUser();

        wellness.put(user, today, Map.of()).statusCode(200)
                .body("date", equalTo(today.toString()))
                .body("$", hasKey("sleep_hours"))
                .body("sleep_hours", nullValue())
                .body("body_weight", nullValue())
                .body("girths.waist", nullValue())
                .body("meals", equalTo(List.of()))
                .body("totals.calories", nullValue());
        wellness.put(user, today, Map.of("body_weight", 80, "meals", List.of(Map.of("name", "Snack"),
                Map.of("calories", 200)))).statusCode(200)
                .body("meals.name", contains("Snack", null))
                .body("totals.calories", equalTo(200))
                .body("totals.protein_g", nullValue());
    }

    @Test
    void recordingAgainReplacesTheWholeDayAndWhatIsLeftOutIsCleared() {
        TestUser user = api.newUser();
        LocalDate date = today.minusDays(3);
        wellness.put(user, date, fullDay(date)).statusCode(200);

        Map<String, Object> lighter = new HashMap<>();
        lighter.put("body_weight", 80.9);
        lighter.put("meals", List.of(Map.of("name", "Lunch", "calories", 700)));
        wellness.put(user, date, lighter).statusCode(200)
                .body("body_weight", number("80.9"))
                .body("sleep_start", nullValue())
                .body("sleep_hours", nullValue())
                .body("stress_level", nullValue())
                .body("notes", nullValue())
                .body("girths.waist", nullValue())
                .body("meals.name", contains("Lunch"))
                .body("meals[0].protein_g", nullValue())
                .body("totals.calories", equalTo(700));
        wellness.get(user, date).statusCode(200)
                .body("body_weight", number("80.9"))
                .body("sleep_end", nullValue())
                .body("meals.name", contains("Lunch"))
                .body("totals.calories", equalTo(700));

        Map<String, Object> more = fullDay(date);
        more.put("meals", List.of(Map.of("name", "A"), Map.of("name", "B"), Map.of("name", "C")));
        wellness.put(user, date, more).statusCode(200).body("meals.name", contains("A", "B", "C"));
        wellness.get(user, date).statusCode(200).body("meals.name", contains("A", "B", "C"))
                .body("sleep_hours", number("8"));
        wellness.put(user, date, Map.of("notes", "rest day")).statusCode(200);
        wellness.get(user, date).statusCode(200).body("meals", equalTo(List.of())).body("notes", equalTo("rest day"));
    }

    @Test
    void aDeletedDayIsGone() {
        TestUser user = api.newUser();
        LocalDate date = today.minusDays(2);
        wellness.put(user, date, fullDay(date)).statusCode(200);

        api.as(user).delete(DAY, date.toString()).then().statusCode(204);

        wellness.get(user, date).statusCode(404).contentType("application/problem+json");
        api.as(user).delete(DAY, date.toString()).then().statusCode(404);
        wellness.put(user, date, Map.of("steps", 100)).statusCode(200).body("steps", equalTo(100))
                .body("meals", equalTo(List.of()));
    }

    @Test
    void aDayNeverRecordedIsNotFound() {
        TestUser user = api.newUser();

        wellness.get(user, today).statusCode(404).body("status", equalTo(404));
        api.as(user).delete(DAY, today.toString()).then().statusCode(404);
    }

    @Test
    void anotherUsersDayIsInvisibleAndTheirOwnDayIsTheirs() {
        TestUser owner = api.newUser();
        TestUser other = api.newUser();
        LocalDate date = today.minusDays(1);
        wellness.put(owner, date, fullDay(date)).statusCode(200);

        wellness.get(other, date).statusCode(404);
        api.as(other).delete(DAY, date.toString()).then().statusCode(404);
        api.as(other).get(WellnessFixture.DAYS).then().statusCode(200).header("X-Total-Count", "0");
        wellness.put(other, date, Map.of("steps", 1234)).statusCode(200);

        wellness.get(owner, date).statusCode(200).body("steps", equalTo(9500)).body("meals.size()", equalTo(2));
        wellness.get(other, date).statusCode(200).body("steps", equalTo(1234)).body("meals", equalTo(List.of()));
    }

    @Test
    void withoutATokenNothingIsShown() {
        api.anonymous().get(DAY, today.toString()).then().statusCode(401);
        api.anonymous().body(Map.of()).put(DAY, today.toString()).then().statusCode(401);
        api.anonymous().get(WellnessFixture.DAYS).then().statusCode(401);
    }
}

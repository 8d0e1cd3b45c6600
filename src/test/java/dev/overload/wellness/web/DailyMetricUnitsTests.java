package dev.overload.wellness.web;

import static dev.overload.wellness.web.WellnessFixture.number;
import static org.hamcrest.Matchers.equalTo;

import dev.overload.Api;
import dev.overload.ApiTest;
import dev.overload.TestClock;
import dev.overload.TestUser;
import dev.overload.wellness.DayMetrics;
import dev.overload.wellness.WellnessSeries;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A pound user enters and sees body weight in pounds, an inch user girths in inches; both are stored in kg and
 * cm (five decimals), so values read back exactly as entered and other modules get canonical units.
 */
@ApiTest
class DailyMetricUnitsTests {

    @Autowired
    Api api;

    @Autowired
    TestClock clock;

    @Autowired
    WellnessSeries series;

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
    void aPoundUserRecordsBodyWeightInPounds() {
        TestUser user = wellness.user(Map.of("weight_unit", "LB"));

        wellness.put(user, today, Map.of("body_weight", 180.5)).statusCode(200)
                .body("body_weight", number("180.5"))
                .body("weight_unit", equalTo("LB"));
        wellness.get(user, today).statusCode(200).body("body_weight", number("180.5"));
        api.as(user).get(WellnessFixture.DAYS).then().statusCode(200).body("[0].body_weight", number("180.5"));

        assertKilograms(user, "81.87342");
    }

    @Test
    void poundBoundsAreTheKilogramBoundsConverted() {
        TestUser user = wellness.user(Map.of("weight_unit", "LB"));

        wellness.rejected(wellness.put(user, today, Map.of("body_weight", 44.09)), "body_weight");
        wellness.put(user, today, Map.of("body_weight", 44.1)).statusCode(200);
        wellness.put(user, today, Map.of("body_weight", 881.84)).statusCode(200);
        wellness.rejected(wellness.put(user, today, Map.of("body_weight", 881.85)), "body_weight");
    }

    @Test
    void switchingTheUnitShowsTheSameWeightInTheOtherUnit() {
        TestUser user = api.newUser();
        wellness.put(user, today, Map.of("body_weight", 100)).statusCode(200).body("weight_unit", equalTo("KG"));

        api.as(user).body(Map.of("weight_unit", "LB")).patch("/api/users/me").then().statusCode(200);

        wellness.get(user, today).statusCode(200).body("body_weight", number("220.46"))
                .body("weight_unit", equalTo("LB"));
    }

    @Test
    void anInchUserRecordsGirthsInInches() {
        TestUser user = wellness.user(Map.of("height_unit", "IN"));

        wellness.put(user, today, Map.of("girths", Map.of("waist", 32.5, "neck", 15, "arm", 14.25))).statusCode(200)
                .body("girths.waist", number("32.5"))
                .body("girths.neck", number("15"))
                .body("girths.arm", number("14.25"))
                .body("height_unit", equalTo("IN"));
        wellness.get(user, today).statusCode(200).body("girths.waist", number("32.5"))
                .body("girths.arm", number("14.25"));
        wellness.rejected(wellness.put(user, today, Map.of("girths", Map.of("waist", 3.93))), "girths.waist")
                .body("errors[0].message", equalTo("must be between 10 and 300 cm (3.94 and 118.11 in)"));
        wellness.put(user, today, Map.of("girths", Map.of("waist", 118.11))).statusCode(200);

        wellness.put(user, today, Map.of("girths", Map.of("waist", 32.5))).statusCode(200);
        DayMetrics day = series.days(user.id(), today, today).getFirst();
        org.assertj.core.api.Assertions.assertThat(day.girthsCm().waist()).isEqualByComparingTo("82.55");

        api.as(user).body(Map.of("height_unit", "CM")).patch("/api/users/me").then().statusCode(200);
        wellness.get(user, today).statusCode(200).body("girths.waist", number("82.55"))
                .body("height_unit", equalTo("CM"));
    }

    private void assertKilograms(TestUser user, String kg) {
        List<DayMetrics> days = series.days(user.id(), today, today);
        org.assertj.core.api.Assertions.assertThat(days).singleElement()
                .extracting(day -> day.readings().bodyWeightKg()).satisfies(weight -> org.assertj.core.api.Assertions
                        .assertThat(weight).isEqualByComparingTo(new BigDecimal(kg)));
    }
}

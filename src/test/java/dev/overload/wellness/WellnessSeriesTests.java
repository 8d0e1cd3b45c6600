package dev.overload.wellness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.overload.Api;
import dev.overload.ApiTest;
import dev.overload.StatementCounter;
import dev.overload.TestUser;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The series other modules compute with: every metric per day in canonical units, in one statement. */
@ApiTest
class WellnessSeriesTests {

    @Autowired
    Api api;

    @Autowired
    WellnessSeries series;

    @Autowired
    StatementCounter counter;

    @Autowired
    Clock clock;

    @Test
    void eachDayCarriesEveryMetricInCanonicalUnitsWithMealsSummed() {
        TestUser user = api.newUser();
        api.as(user).body(Map.of("weight_unit", "LB", "height_unit", "IN")).patch("/api/users/me").then()
                .statusCode(200);
        LocalDate date = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).minusDays(2);
        Map<String, Object> day = new HashMap<>();
        day.put("sleep_start", date.minusDays(1).atTime(23, 15).toInstant(ZoneOffset.UTC).toString());
        day.put("sleep_end", date.atTime(6, 45).toInstant(ZoneOffset.UTC).toString());
        day.put("sleep_quality", 3);
        day.put("stress_level", 6);
        day.put("energy_level", 5);
        day.put("motivation_level", 9);
        day.put("body_weight", 200);
        day.put("body_fat_percent", 18.25);
        day.put("resting_heart_rate", 58);
        day.put("steps", 12000);
        day.put("water_ml", 3000);
        day.put("girths", Map.of("neck", 16, "chest", 42, "waist", 34, "hips", 40, "arm", 15, "thigh", 24,
                "calf", 15.5));
        day.put("meals", List.of(
                Map.of("name", "Oats", "calories", 500, "protein_g", 20.5, "carbs_g", 80, "fiber_g", 10),
                Map.of("name", "Steak", "calories", 800, "protein_g", 70, "fat_g", 45),
                Map.of("name", "Water")));
        api.as(user).body(day).put("/api/daily-metrics/{date}", date.toString()).then().statusCode(200);
        api.as(user).body(Map.of("steps", 10)).put("/api/daily-metrics/{date}", date.minusDays(1).toString()).then()
                .statusCode(200);

        List<DayMetrics> days = series.days(user.id(), date.minusDays(10), date);

        assertThat(days).extracting(DayMetrics::date).containsExactly(date.minusDays(1), date);
        DayMetrics bare = days.getFirst();
        assertThat(bare.readings().steps()).isEqualTo(10);
        assertThat(bare.sleepHours()).isNull();
        assertThat(bare.mealCount()).isZero();
        assertThat(bare.calories()).isNull();
        assertThat(bare.girthsCm()).isEqualTo(DayMetrics.Girths.NONE);
        DayMetrics full = days.getLast();
        assertThat(full.sleepHours()).isEqualByComparingTo("7.5");
        assertThat(full.readings().sleepQuality()).isEqualTo(3);
        assertThat(full.readings().stressLevel()).isEqualTo(6);
        assertThat(full.readings().energyLevel()).isEqualTo(5);
        assertThat(full.readings().motivationLevel()).isEqualTo(9);
        assertThat(full.readings().bodyWeightKg()).isEqualByComparingTo("90.71847");
        assertThat(full.readings().bodyFatPercent()).isEqualByComparingTo("18.25");
        assertThat(full.readings().restingHeartRate()).isEqualTo(58);
        assertThat(full.readings().steps()).isEqualTo(12000);
        assertThat(full.readings().waterMl()).isEqualTo(3000);
        assertThat(full.mealCount()).isEqualTo(3);
        assertThat(full.calories()).isEqualTo(1300);
        assertThat(full.proteinG()).isEqualByComparingTo("90.5");
        assertThat(full.carbsG()).isEqualByComparingTo("80");
        assertThat(full.fatG()).isEqualByComparingTo("45");
        assertThat(full.fiberG()).isEqualByComparingTo("10");
        assertThat(full.girthsCm().waist()).isEqualByComparingTo("86.36");
        assertThat(full.girthsCm().calf()).isEqualByComparingTo("39.37");
        assertThat(full.girthsCm().neck()).isEqualByComparingTo("40.64");
    }

    @Test
    void aRangeIsInclusiveAndOnlyTheUsersOwn() {
        TestUser user = api.newUser();
        TestUser other = api.newUser();
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).minusDays(1);
        for (int daysAgo = 0; daysAgo < 5; daysAgo++) {
            record(user, today.minusDays(daysAgo), daysAgo);
        }
        record(other, today, 99);

        assertThat(series.days(user.id(), today.minusDays(3), today.minusDays(1)))
                .extracting(day -> day.readings().steps())
                .containsExactly(3, 2, 1);
        assertThat(series.days(user.id(), today, today)).extracting(day -> day.readings().steps()).containsExactly(0);
        assertThat(series.days(other.id(), today.minusDays(10), today)).extracting(day -> day.readings().steps())
                .containsExactly(99);
        assertThat(series.days(user.id(), today.plusDays(1), today.plusDays(30))).isEmpty();
        assertThatThrownBy(() -> series.days(user.id(), today, today.minusDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void oneStatementWhateverTheRange() {
        TestUser user = api.newUser();
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).minusDays(1);
        List<Map<String, Object>> meals = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            meals.add(Map.of("name", "Meal " + i, "calories", 400, "protein_g", 30));
        }
        for (int daysAgo = 0; daysAgo < 40; daysAgo++) {
            api.as(user).body(Map.of("steps", daysAgo, "body_weight", 80, "meals", meals))
                    .put("/api/daily-metrics/{date}", today.minusDays(daysAgo).toString()).then().statusCode(200);
        }

        List<List<DayMetrics>> read = new ArrayList<>();
        long oneDay = counter.count(() -> read.add(series.days(user.id(), today, today)));
        long fiveYears = counter.count(() -> read.add(series.days(user.id(), today.minusYears(5), today)));

        System.out.printf("WellnessSeries.days: %d statement for 1 day, %d for 5 years (40 days, 200 meals)%n",
                oneDay, fiveYears);
        assertThat(oneDay).isEqualTo(1);
        assertThat(fiveYears).isEqualTo(1);
        assertThat(read.getLast()).hasSize(40).allSatisfy(day -> {
            assertThat(day.mealCount()).isEqualTo(5);
            assertThat(day.calories()).isEqualTo(2000);
            assertThat(day.proteinG()).isEqualByComparingTo(new BigDecimal("150"));
        });
    }

    private void record(TestUser user, LocalDate date, int steps) {
        api.as(user).body(Map.of("steps", steps)).put("/api/daily-metrics/{date}", date.toString()).then()
                .statusCode(200);
    }
}

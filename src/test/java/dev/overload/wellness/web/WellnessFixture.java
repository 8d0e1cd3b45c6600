package dev.overload.wellness.web;

import static org.hamcrest.Matchers.equalTo;

import dev.overload.Api;
import dev.overload.TestClock;
import dev.overload.TestUser;
import io.restassured.response.ValidatableResponse;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** Recording and reading days over HTTP, and a clock set to a known time of day. */
class WellnessFixture {

    static final String DAYS = "/api/daily-metrics";
    static final String DAY = "/api/daily-metrics/{date}";

    private final Api api;
    private final TestClock clock;

    WellnessFixture(Api api, TestClock clock) {
        this.api = api;
        this.clock = clock;
    }

    /**
     * Moves the clock forward to the next time the UTC clock shows {@code time} (within a day), so a test knows
     * which day it is everywhere, with hours to spare before any date changes. Users and their tokens must be
     * made after this.
     */
    Instant at(LocalTime time) {
        Instant now = clock.instant();
        Instant target = now.truncatedTo(ChronoUnit.DAYS).plus(Duration.ofNanos(time.toNanoOfDay()));
        if (target.isBefore(now)) {
            target = target.plus(Duration.ofDays(1));
        }
        clock.advance(Duration.between(now, target));
        return target;
    }

    /** Today in UTC, the clock set to noon (UTC users have twelve hours either side). */
    LocalDate noonToday() {
        return LocalDate.ofInstant(at(LocalTime.NOON), ZoneOffset.UTC);
    }

    TestUser user(Map<String, Object> preferences) {
        TestUser user = api.newUser();
        if (!preferences.isEmpty()) {
            api.as(user).body(preferences).patch("/api/users/me").then().statusCode(200);
        }
        return user;
    }

    ValidatableResponse put(TestUser user, LocalDate date, Map<String, ?> body) {
        return api.as(user).body(body).put(DAY, date.toString()).then();
    }

    ValidatableResponse get(TestUser user, LocalDate date) {
        return api.as(user).get(DAY, date.toString()).then();
    }

    /** A 400 naming the field. */
    ValidatableResponse rejected(ValidatableResponse response, String field) {
        return response.statusCode(400).contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.hasItem(field));
    }

    /** A full day with every field: a night of 8 h ending at 06:30 UTC on the date, and two meals. */
    static Map<String, Object> fullDay(LocalDate date) {
        Map<String, Object> day = new HashMap<>();
        day.put("sleep_start", date.minusDays(1).atTime(22, 30).toInstant(ZoneOffset.UTC).toString());
        day.put("sleep_end", date.atTime(6, 30).toInstant(ZoneOffset.UTC).toString());
        day.put("sleep_quality", 4);
        day.put("stress_level", 3);
        day.put("energy_level", 7);
        day.put("motivation_level", 8);
        day.put("body_weight", 81.4);
        day.put("body_fat_percent", 15.5);
        day.put("resting_heart_rate", 52);
        day.put("steps", 9500);
        day.put("water_ml", 2500);
        day.put("notes", "Felt good");
        day.put("girths", Map.of("neck", 38, "chest", 104, "waist", 84.5, "hips", 98, "arm", 37, "thigh", 60,
                "calf", 39));
        day.put("meals", List.of(
                Map.of("name", "Breakfast", "time", "07:30", "calories", 650, "protein_g", 35, "carbs_g", 80,
                        "fat_g", 18, "fiber_g", 9),
                Map.of("name", "Dinner", "time", "19:00", "calories", 900, "protein_g", 55.5, "carbs_g", 95,
                        "fat_g", 30, "fiber_g", 11)));
        return day;
    }

    static Matcher<Object> number(String expected) {
        BigDecimal wanted = new BigDecimal(expected);
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Object item) {
                return item instanceof Number n && new BigDecimal(n.toString()).compareTo(wanted) == 0;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("the number " + expected);
            }
        };
    }

    static Matcher<Object> text(Object value) {
        return equalTo(String.valueOf(value));
    }
}

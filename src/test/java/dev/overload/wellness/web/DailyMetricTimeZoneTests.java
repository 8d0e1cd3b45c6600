package dev.overload.wellness.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.overload.Api;
import dev.overload.ApiTest;
import dev.overload.TestClock;
import dev.overload.TestUser;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Days are the user's: at 12:30 UTC it is already tomorrow in Auckland (00:30 or 01:30, with daylight saving),
 * so an Auckland user may record a day a UTC user may not yet, and last night ended in Auckland's evening.
 */
@ApiTest
class DailyMetricTimeZoneTests {

    private static final ZoneId AUCKLAND = ZoneId.of("Pacific/Auckland");

    @Autowired
    Api api;

    @Autowired
    TestClock clock;

    WellnessFixture wellness;
    Instant now;
    LocalDate utcToday;
    LocalDate aucklandToday;

    @BeforeEach
    void setUp() {
        wellness = new WellnessFixture(api, clock);
        now = wellness.at(LocalTime.of(12, 30));
        utcToday = LocalDate.ofInstant(now, ZoneOffset.UTC);
        aucklandToday = LocalDate.ofInstant(now, AUCKLAND);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void justAfterMidnightInAucklandItsNewDayCanBeRecordedButNotInUtc() {
        TestUser auckland = wellness.user(Map.of("time_zone", AUCKLAND.getId()));
        TestUser utc = wellness.user(Map.of());
        org.assertj.core.api.Assertions.assertThat(aucklandToday).isEqualTo(utcToday.plusDays(1));

        wellness.put(auckland, aucklandToday, Map.of("steps", 120)).statusCode(200);
        wellness.rejected(wellness.put(utc, aucklandToday, Map.of("steps", 120)), "date")
                .body("errors[0].message", containsString("today is " + utcToday + " in your time zone, UTC"));
        wellness.put(utc, utcToday, Map.of("steps", 8000)).statusCode(200);
        wellness.rejected(wellness.put(auckland, aucklandToday.plusDays(1), Map.of()), "date");
    }

    @Test
    void theListEndsOnTheUsersToday() {
        TestUser auckland = wellness.user(Map.of("time_zone", AUCKLAND.getId()));
        TestUser utc = wellness.user(Map.of());
        wellness.put(auckland, aucklandToday, Map.of("steps", 120)).statusCode(200);
        wellness.put(auckland, aucklandToday.minusDays(30), Map.of("steps", 30)).statusCode(200);

        api.as(auckland).get(WellnessFixture.DAYS).then().statusCode(200).header("X-Total-Count", "1")
                .body("[0].date", equalTo(aucklandToday.toString()));
        wellness.rejected(api.as(utc).queryParam("to", aucklandToday.toString()).get(WellnessFixture.DAYS).then(),
                "to");
    }

    @Test
    void lastNightIsTheNightInTheUsersZone() {
        TestUser auckland = wellness.user(Map.of("time_zone", AUCKLAND.getId()));
        // Slept from 22:00 to 06:00 Auckland time, ending on the Auckland date before today.
        LocalDate date = aucklandToday.minusDays(1);
        Instant start = date.minusDays(1).atTime(22, 0).atZone(AUCKLAND).toInstant();
        Instant end = date.atTime(6, 0).atZone(AUCKLAND).toInstant();

        wellness.put(auckland, date, Map.of("sleep_start", start.toString(), "sleep_end", end.toString()))
                .statusCode(200).body("sleep_hours", WellnessFixture.number(hours(start, end)));
        // Ending at 17:00 Auckland time the evening before is too early for the date; from 18:00 on it counts.
        Instant eveningInAuckland = date.minusDays(1).atTime(17, 0).atZone(AUCKLAND).toInstant();
        wellness.rejected(wellness.put(auckland, date, Map.of("sleep_start",
                eveningInAuckland.minusSeconds(8 * 3600).toString(), "sleep_end", eveningInAuckland.toString())),
                "sleep_end").body("errors[0].message", containsString("Pacific/Auckland"));
        Instant afterSix = date.minusDays(1).atTime(18, 0).atZone(AUCKLAND).toInstant();
        wellness.put(auckland, date, Map.of("sleep_start", afterSix.minusSeconds(8 * 3600).toString(), "sleep_end",
                afterSix.toString())).statusCode(200).body("sleep_hours", WellnessFixture.number("8"));
    }

    /** Hours between, to two decimals (a night across a daylight-saving change is an hour shorter or longer). */
    private static String hours(Instant start, Instant end) {
        return java.math.BigDecimal.valueOf(java.time.Duration.between(start, end).toSeconds())
                .divide(java.math.BigDecimal.valueOf(3600), 2, java.math.RoundingMode.HALF_UP).toPlainString();
    }
}

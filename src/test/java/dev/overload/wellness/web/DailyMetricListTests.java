package dev.overload.wellness.web;

import static dev.overload.wellness.web.WellnessFixture.DAYS;
import static dev.overload.wellness.web.WellnessFixture.fullDay;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.overload.Api;
import dev.overload.ApiTest;
import dev.overload.StatementCounter;
import dev.overload.TestClock;
import dev.overload.TestUser;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Listing days: [from, to] (default the last 30 days up to today, at most 5 years, never past today), newest
 * first or by date, paged with the total in X-Total-Count; two statements however many days and meals.
 */
@ApiTest
class DailyMetricListTests {

    /**
     * Every authenticated request first reads the caller's account (the token check, see
     * docs/decisions/token-revocation.md).
     */
    private static final long ACCOUNT = 1;
    /** The account, the days, then all their meals. */
    private static final long STATEMENTS_FOR_A_LIST = ACCOUNT + 2;
    /**
     * The account; make sure the day exists, lock it, read its meals, write the day, write the meals (batched), and
     * record the DailyMetricsRecorded event for its listeners.
     */
    private static final long MOST_STATEMENTS_FOR_A_WRITE = ACCOUNT + 6;

    @Autowired
    Api api;

    @Autowired
    TestClock clock;

    @Autowired
    StatementCounter counter;

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
    void byDefaultTheLast30DaysNewestFirst() {
        TestUser user = api.newUser();
        for (int daysAgo : new int[]{0, 1, 5, 29, 30, 400}) {
            wellness.put(user, today.minusDays(daysAgo), Map.of("steps", daysAgo)).statusCode(200);
        }

        api.as(user).get(DAYS).then().statusCode(200).header("X-Total-Count", "4")
                .body("steps", contains(0, 1, 5, 29))
                .body("date", contains(dates(0, 1, 5, 29)));
        api.as(user).queryParam("sort", "date").get(DAYS).then().statusCode(200).body("steps", contains(29, 5, 1, 0));
        api.as(user).queryParam("sort", "-date").get(DAYS).then().statusCode(200).body("steps", contains(0, 1, 5, 29));
    }

    @Test
    void fromAndToBoundTheDaysInclusively() {
        TestUser user = api.newUser();
        for (int daysAgo : new int[]{1, 2, 3, 30, 400}) {
            wellness.put(user, today.minusDays(daysAgo), Map.of("steps", daysAgo)).statusCode(200);
        }

        list(user).queryParam("from", today.minusDays(3).toString()).queryParam("to", today.minusDays(2).toString())
                .get(DAYS).then().statusCode(200).header("X-Total-Count", "2").body("steps", contains(2, 3));
        list(user).queryParam("from", today.minusDays(500).toString()).get(DAYS).then().statusCode(200)
                .header("X-Total-Count", "5").body("steps", contains(1, 2, 3, 30, 400));
        // With only "to", the 30 days up to it.
        list(user).queryParam("to", today.minusDays(2).toString()).get(DAYS).then().statusCode(200)
                .body("steps", contains(2, 3, 30));
        list(user).queryParam("from", today.toString()).get(DAYS).then().statusCode(200)
                .header("X-Total-Count", "0").body("size()", equalTo(0));
    }

    @Test
    void pagesComeWithTheTotal() {
        TestUser user = api.newUser();
        for (int daysAgo = 0; daysAgo < 7; daysAgo++) {
            wellness.put(user, today.minusDays(daysAgo), Map.of("steps", daysAgo)).statusCode(200);
        }

        list(user).queryParam("limit", 3).get(DAYS).then().statusCode(200).header("X-Total-Count", "7")
                .body("steps", contains(0, 1, 2));
        list(user).queryParam("limit", 3).queryParam("offset", 3).get(DAYS).then().statusCode(200)
                .header("X-Total-Count", "7").body("steps", contains(3, 4, 5));
        list(user).queryParam("limit", 3).queryParam("offset", 6).queryParam("sort", "date").get(DAYS).then()
                .statusCode(200).body("steps", contains(0));
        list(user).queryParam("limit", 3).queryParam("offset", 30).get(DAYS).then().statusCode(200)
                .header("X-Total-Count", "7").body("size()", equalTo(0));
    }

    @Test
    void badParametersAreRefusedNamingThem() {
        TestUser user = api.newUser();

        wellness.rejected(list(user).queryParam("to", today.plusDays(1).toString()).get(DAYS).then(), "to");
        wellness.rejected(list(user).queryParam("from", today.plusDays(1).toString()).get(DAYS).then(), "from");
        wellness.rejected(list(user).queryParam("from", "1899-12-31").get(DAYS).then(), "from");
        wellness.rejected(list(user).queryParam("from", today.minusDays(1).toString())
                .queryParam("to", today.minusDays(2).toString()).get(DAYS).then(), "to")
                .body("errors[0].message", containsString("before from"));
        wellness.rejected(list(user).queryParam("from", today.minusYears(5).minusDays(1).toString())
                .queryParam("to", today.toString()).get(DAYS).then(), "from")
                .body("errors[0].message", containsString("5 years"));
        list(user).queryParam("from", today.minusYears(5).toString()).get(DAYS).then().statusCode(200);
        wellness.rejected(list(user).queryParam("from", "last week").get(DAYS).then(), "from");
        wellness.rejected(list(user).queryParam("sort", "steps").get(DAYS).then(), "sort")
                .body("errors[0].message", containsString("date"));
        wellness.rejected(list(user).queryParam("limit", 0).get(DAYS).then(), "limit");
        wellness.rejected(list(user).queryParam("limit", 101).get(DAYS).then(), "limit");
        wellness.rejected(list(user).queryParam("offset", -1).get(DAYS).then(), "offset");
    }

    @Test
    void listingCostsTwoStatementsHoweverManyDaysAndMeals() {
        TestUser few = api.newUser();
        TestUser many = api.newUser();
        wellness.put(few, today, Map.of("steps", 1)).statusCode(200);
        for (int daysAgo = 0; daysAgo < 30; daysAgo++) {
            wellness.put(many, today.minusDays(daysAgo), fullDay(today.minusDays(daysAgo))).statusCode(200);
        }
        list(few).get(DAYS).then().statusCode(200);
        list(many).get(DAYS).then().statusCode(200);

        long forOne = counter.count(() -> list(few).get(DAYS).then().statusCode(200).body("size()", equalTo(1)));
        long forThirty = counter.count(() -> list(many).queryParam("limit", 100).get(DAYS).then().statusCode(200)
                .body("size()", equalTo(30)).body("[29].meals.size()", equalTo(2))
                .body("[29].totals.calories", equalTo(1550)));
        long forOneDay = counter.count(() -> wellness.get(many, today).statusCode(200));

        System.out.printf("GET /api/daily-metrics: %d statements for 1 day, %d for 30 days with 60 meals; "
                + "GET /api/daily-metrics/{date}: %d%n", forOne, forThirty, forOneDay);
        assertThat(forThirty).isEqualTo(forOne).isEqualTo(STATEMENTS_FOR_A_LIST);
        assertThat(forOneDay).isEqualTo(STATEMENTS_FOR_A_LIST);
    }

    @Test
    void recordingADayCostsTheSameFewStatementsHoweverManyMeals() {
        TestUser user = api.newUser();
        wellness.put(user, today.minusDays(9), Map.of()).statusCode(200);

        long newDay = counter.count(() -> wellness.put(user, today, fullDay(today)).statusCode(200));
        java.util.List<Map<String, Object>> meals = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            meals.add(Map.of("name", "Meal " + i, "calories", 100));
        }
        Map<String, Object> twentyMeals = fullDay(today);
        twentyMeals.put("meals", meals);
        long moreMeals = counter.count(() -> wellness.put(user, today, twentyMeals).statusCode(200));
        long fewerMeals = counter.count(() -> wellness.put(user, today, fullDay(today)).statusCode(200));
        long deleted = counter.count(() -> api.as(user).delete(WellnessFixture.DAY, today.toString()).then()
                .statusCode(204));

        System.out.printf("PUT /api/daily-metrics/{date}: %d statements for a new day with 2 meals, %d for 20 meals,"
                + " %d back to 2; DELETE: %d%n", newDay, moreMeals, fewerMeals, deleted);
        assertThat(newDay).isLessThanOrEqualTo(MOST_STATEMENTS_FOR_A_WRITE);
        assertThat(moreMeals).isLessThanOrEqualTo(MOST_STATEMENTS_FOR_A_WRITE);
        assertThat(fewerMeals).isLessThanOrEqualTo(MOST_STATEMENTS_FOR_A_WRITE);
        assertThat(deleted).as("the account, delete the day, record its event").isEqualTo(ACCOUNT + 2);
    }

    private RequestSpecification list(TestUser user) {
        return api.as(user);
    }

    private String[] dates(int... daysAgo) {
        return java.util.Arrays.stream(daysAgo).mapToObj(n -> today.minusDays(n).toString()).toArray(String[]::new);
    }
}

package dev.overload.scheduling.web;

import static dev.overload.scheduling.web.ScheduleFixture.body;
import static dev.overload.scheduling.web.ScheduleFixture.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import dev.overload.Api;
import dev.overload.ApiTest;
import dev.overload.TestUser;
import dev.overload.scheduling.web.ScheduleFixture.PlanDay;
import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code /api/calendar.ics}: a feed calendar apps subscribe to, opened by a secret that can be rotated. */
@ApiTest
class CalendarFeedTests {

    private static final String TOKEN = "/api/users/me/calendar-token";
    private static final String FEED = "/api/calendar.ics";

    @Autowired
    Api api;

    @Autowired
    Clock clock;

    private ScheduleFixture schedules;
    private Instant tomorrow;

    @BeforeEach
    void setUp() {
        schedules = new ScheduleFixture(api);
        tomorrow = clock.instant().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.HOURS);
    }

    private String token(TestUser user) {
        return api.as(user).post(TOKEN).then().statusCode(200).extract().path("token");
    }

    private Calendar feed(String token) throws Exception {
        String ics = api.anonymous().accept("text/calendar").queryParam("token", token).get(FEED)
                .then().statusCode(200)
                .contentType(startsWith("text/calendar"))
                .header("Cache-Control", "no-store")
                .extract().asString();
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static List<VEvent> events(Calendar calendar) {
        return calendar.getComponents(net.fortuna.ical4j.model.Component.VEVENT);
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).orElseThrow().getValue();
    }

    @Test
    void theTokenComesWithTheFeedsUrl() {
        TestUser user = api.newUser();

        api.as(user).post(TOKEN).then().statusCode(200)
                .body("url", startsWith("http://localhost:"))
                .body("url", org.hamcrest.Matchers.containsString("/api/calendar.ics?token="))
                .body("token.length()", equalTo(43));
    }

    @Test
    void theFeedHoldsEachOccurrenceAsAnEventInUtcWithoutABearerToken() throws Exception {
        TestUser user = api.newUser();
        api.as(user).body(Map.of("time_zone", "Europe/Berlin")).patch("/api/users/me").then().statusCode(200);
        PlanDay legs = schedules.planDay(user, "Strength", "Legs");
        schedules.create(user, body(legs, tomorrow, tomorrow.plus(Duration.ofMinutes(90)),
                "repeat", Map.of("frequency", "WEEKLY", "count", 3)));
        PlanDay run = schedules.planDay(user, "Cardio", "Run");
        Instant evening = tomorrow.plus(Duration.ofHours(10));
        schedules.create(user, body(run, evening, evening.plus(Duration.ofMinutes(30))));

        List<VEvent> events = events(feed(token(user)));

        assertThat(events).hasSize(4);
        assertThat(events).extracting(event -> value(event, "SUMMARY"))
                .containsExactly("Strength – Legs", "Cardio – Run", "Strength – Legs", "Strength – Legs");
        VEvent first = events.getFirst();
        assertThat(Instant.from(first.getDateTimeStart().getDate())).isEqualTo(tomorrow);
        assertThat(Instant.from(first.getDateTimeEnd().getDate())).isEqualTo(tomorrow.plus(Duration.ofMinutes(90)));
        assertThat(value(first, "DTSTART")).endsWith("Z");
        assertThat(events).extracting(event -> value(event, "UID")).doesNotHaveDuplicates();
        assertThat(value(first, "DESCRIPTION")).isEqualTo("Status: pending");
    }

    @Test
    void rotatingTheTokenEndsTheOldUrl() throws Exception {
        TestUser user = api.newUser();
        String old = token(user);
        String current = token(user);

        problem(api.anonymous().accept("*/*").queryParam("token", old).get(FEED).then(), 404);
        assertThat(events(feed(current))).isEmpty();
    }

    @Test
    void anUnknownOrMissingTokenOpensNothing() {
        problem(api.anonymous().accept("*/*").queryParam("token", "not-a-token").get(FEED).then(), 404);
        problem(api.anonymous().accept("*/*").get(FEED).then(), 400);
    }

    @Test
    void aFeedShowsOnlyItsOwnersSchedules() throws Exception {
        TestUser owner = api.newUser();
        TestUser other = api.newUser();
        schedules.create(owner, body(schedules.planDay(owner, "Plan", "Day"), tomorrow,
                tomorrow.plus(Duration.ofHours(1))));

        assertThat(events(feed(token(other)))).isEmpty();
        assertThat(events(feed(token(owner)))).hasSize(1);
    }
}

package dev.overload.scheduling.domain;

import dev.overload.identity.Users;
import dev.overload.shared.security.SecretTokens;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user's schedule as an iCalendar feed that calendar apps subscribe to. The feed is opened by a per-user
 * secret in its URL (calendar apps send no bearer token); only the secret's hash is stored, and rotating it
 * ends the old URL. Occurrences are written out one event each, in UTC, from 60 days back to 306 days ahead:
 * the same occurrences the API lists, so both agree across daylight-saving changes.
 */
@Component
public class CalendarFeeds {

    private static final Duration PAST = Duration.ofDays(60);
    private static final Duration AHEAD = ScheduleQueries.MAX_WINDOW.minus(PAST);

    private final JdbcClient jdbc;
    private final ScheduleQueries schedules;
    private final Users users;
    private final Clock clock;

    CalendarFeeds(JdbcClient jdbc, ScheduleQueries schedules, Users users, Clock clock) {
        this.jdbc = jdbc;
        this.schedules = schedules;
        this.users = users;
        this.clock = clock;
    }

    /** A new secret for the user's feed; the previous one stops working. */
    @Transactional
    public String rotateToken(UUID userId) {
        String token = SecretTokens.generate();
        jdbc.sql("""
                insert into calendar_feeds (user_id, token_hash, created_at) values (:user, :hash, now())
                on conflict (user_id) do update set token_hash = excluded.token_hash, created_at = now()""")
                .param("user", userId).param("hash", SecretTokens.hash(token)).update();
        return token;
    }

    /** The feed the token opens, or empty for an unknown (or rotated) token. */
    public Optional<String> feed(String token) {
        return jdbc.sql("select user_id from calendar_feeds where token_hash = :hash")
                .param("hash", SecretTokens.hash(token)).query(UUID.class).optional()
                // A closed account's feed is refused at once, before its closing is reacted to.
                .filter(userId -> users.contact(userId).isPresent())
                .map(this::calendar);
    }

    private String calendar(UUID userId) {
        Instant now = clock.instant();
        List<ScheduledOccurrence> occurrences = schedules.occurrences(userId, now.minus(PAST), now.plus(AHEAD), null);
        Calendar calendar = new Calendar()
                .withProdId("-//Overload//Workout schedule//EN")
                .withDefaults()
                .getFluentTarget();
        for (ScheduledOccurrence occurrence : occurrences) {
            calendar.add(event(occurrence, now));
        }
        return ContentLines.fold(calendar.toString());
    }

    private static VEvent event(ScheduledOccurrence occurrence, Instant now) {
        String summary = occurrence.planName() + (occurrence.dayName() != null ? " – " + occurrence.dayName() : "");
        VEvent event = new VEvent(occurrence.startTime(), occurrence.endTime(), summary);
        event.add(new Uid(occurrence.scheduleId() + "-" + occurrence.startTime().getEpochSecond() + "@overload"));
        event.add(new Description("Status: " + occurrence.status().name().toLowerCase()));
        if (occurrence.status() == OccurrenceStatus.DONE) {
            event.add(new Status(Status.VALUE_CONFIRMED));
        }
        return event;
    }
}

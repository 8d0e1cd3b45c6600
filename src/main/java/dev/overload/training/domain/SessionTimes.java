package dev.overload.training.domain;

import dev.overload.shared.errors.InvalidFieldException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * When a session took place, as a client may give it for a workout logged after the fact (seed 001): the
 * day (in the user's time zone) and the start and end. All in the past; the end after the start; the day
 * that of the start. A day without a start is placed at its noon, so that it is that day in the user's zone
 * and, for zones within twelve hours of UTC, in UTC too (the session list filters by UTC days).
 */
record SessionTimes(Instant sessionDate, Instant startedAt, Instant endedAt) {

    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    static SessionTimes given(LocalDate day, Instant started, Instant ended, ZoneId zone, Instant now) {
        if (day != null && (day.isBefore(EARLIEST) || day.isAfter(LocalDate.ofInstant(now, zone)))) {
            throw new InvalidFieldException("session_date", "must be a day between 1900 and today");
        }
        requirePast(started, now, "started_at");
        requirePast(ended, now, "ended_at");
        if (started != null && ended != null && !ended.isAfter(started)) {
            throw new InvalidFieldException("ended_at", "must be after started_at");
        }
        if (day != null && started != null && !LocalDate.ofInstant(started, zone).equals(day)) {
            throw new InvalidFieldException("session_date", "must be the day of started_at (in your time zone)");
        }
        Instant date = started != null ? started
                : day != null ? day.atTime(LocalTime.NOON).atZone(zone).toInstant()
                        : ended != null ? ended : now;
        return new SessionTimes(date, started, ended);
    }

    private static void requirePast(Instant instant, Instant now, String field) {
        if (instant != null && (instant.isAfter(now) || instant.isBefore(EARLIEST.atStartOfDay(ZoneId.of("UTC"))
                .toInstant()))) {
            throw new InvalidFieldException(field, "must be in the past (since 1900)");
        }
    }
}

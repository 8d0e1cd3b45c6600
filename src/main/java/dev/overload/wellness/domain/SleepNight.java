package dev.overload.wellness.domain;

import dev.overload.shared.errors.InvalidFieldException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The sleep a day records is the night before it: the sleep must end on the date itself, or from 18:00 on the
 * evening before (a day sleeper's or a night-shift worker's sleep before the day's waking hours), in the user's
 * time zone; it lasts more than nothing and at most 24 hours, and has ended by now. Start and end come together.
 */
final class SleepNight {

    static final LocalTime EVENING = LocalTime.of(18, 0);
    static final Duration LONGEST = Duration.ofHours(24);

    private SleepNight() {
    }

    static void check(LocalDate date, Instant start, Instant end, ZoneId zone, Instant now) {
        if (start == null && end == null) {
            return;
        }
        if (start == null) {
            throw new InvalidFieldException("sleep_start", "is required with sleep_end");
        }
        if (end == null) {
            throw new InvalidFieldException("sleep_end", "is required with sleep_start");
        }
        if (!end.isAfter(start)) {
            throw new InvalidFieldException("sleep_end", "must be after sleep_start");
        }
        if (Duration.between(start, end).compareTo(LONGEST) > 0) {
            throw new InvalidFieldException("sleep_end", "must be at most 24 hours after sleep_start");
        }
        if (end.isAfter(now)) {
            throw new InvalidFieldException("sleep_end", "must not be in the future");
        }
        Instant earliest = date.minusDays(1).atTime(EVENING).atZone(zone).toInstant();
        Instant latest = date.plusDays(1).atStartOfDay(zone).toInstant();
        if (end.isBefore(earliest) || !end.isBefore(latest)) {
            throw new InvalidFieldException("sleep_end", "must fall on " + date + ", or after " + EVENING
                    + " the evening before, in your time zone (" + zone.getId() + ")");
        }
    }
}

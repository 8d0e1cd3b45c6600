package dev.overload.scheduling.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The occurrences of a schedule. A weekly repeat keeps the first occurrence's local time of day in the
 * schedule's zone, so 07:00 stays 07:00 across a daylight-saving change (the UTC instant moves); a local
 * time that a change skips moves forward by the gap. Each occurrence lasts as long as the first. The first
 * occurrence is on the first repeat weekday on or after the start date.
 */
public record Recurrence(Instant start, Instant end, ZoneId zone, WeeklyRepeat repeat) {

    /** A recurrence as stored: weekdays "MON,WED" (null when it does not repeat), until and count. */
    static Recurrence stored(Instant start, Instant end, String zone, String weekdays, LocalDate until,
            Integer count) {
        return new Recurrence(start, end, ZoneId.of(zone),
                weekdays == null ? null : new WeeklyRepeat(Weekdays.parse(weekdays), until, count));
    }

    /** The occurrences that overlap [from, to), in order. */
    public List<Occurrence> between(Instant from, Instant to) {
        List<Occurrence> found = new ArrayList<>();
        walk(occurrence -> {
            if (!occurrence.start().isBefore(to)) {
                return false;
            }
            if (occurrence.end().isAfter(from)) {
                found.add(occurrence);
            }
            return true;
        });
        return found;
    }

    /** The first occurrence that starts after the given instant. */
    public Optional<Occurrence> firstStartingAfter(Instant instant) {
        List<Occurrence> found = new ArrayList<>(1);
        walk(occurrence -> {
            if (occurrence.start().isAfter(instant)) {
                found.add(occurrence);
                return false;
            }
            return true;
        });
        return found.stream().findFirst();
    }

    /** The occurrence whose start is nearest to the instant, among those within the given distance. */
    public Optional<Occurrence> nearest(Instant instant, Duration within) {
        Occurrence best = null;
        for (Occurrence occurrence : between(instant.minus(within), instant.plus(within))) {
            if (best == null || distance(occurrence, instant).compareTo(distance(best, instant)) < 0) {
                best = occurrence;
            }
        }
        return Optional.ofNullable(best).filter(occurrence -> distance(occurrence, instant).compareTo(within) <= 0);
    }

    private static Duration distance(Occurrence occurrence, Instant instant) {
        return Duration.between(occurrence.start(), instant).abs();
    }

    /** Hands each occurrence in order to {@code visitor} until it answers false or the repeat ends. */
    private void walk(Predicate<Occurrence> visitor) {
        Duration length = Duration.between(start, end);
        if (repeat == null) {
            visitor.test(new Occurrence(start, end));
            return;
        }
        ZonedDateTime first = start.atZone(zone);
        LocalTime timeOfDay = first.toLocalTime();
        int emitted = 0;
        for (LocalDate date = first.toLocalDate();; date = date.plusDays(1)) {
            if (repeat.until() != null && date.isAfter(repeat.until())) {
                return;
            }
            if (repeat.count() != null && emitted >= repeat.count()) {
                return;
            }
            if (repeat.weekdays().contains(date.getDayOfWeek())) {
                Instant occurrenceStart = ZonedDateTime.of(date, timeOfDay, zone).toInstant();
                emitted++;
                if (!visitor.test(new Occurrence(occurrenceStart, occurrenceStart.plus(length)))) {
                    return;
                }
            }
        }
    }
}

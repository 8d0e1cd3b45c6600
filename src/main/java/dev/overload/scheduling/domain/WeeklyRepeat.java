package dev.overload.scheduling.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * A schedule repeated on some weekdays at the same local time, until a date (inclusive, local) or for a
 * number of occurrences, or forever when neither is given.
 */
public record WeeklyRepeat(Set<DayOfWeek> weekdays, LocalDate until, Integer count) {

    public WeeklyRepeat {
        weekdays = Set.copyOf(weekdays);
    }
}

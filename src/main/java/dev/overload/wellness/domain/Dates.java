package dev.overload.wellness.domain;

import dev.overload.shared.errors.InvalidFieldException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.stereotype.Component;

/**
 * Which days a user may name: from 1900 to today in their time zone (a day that has not begun yet has nothing
 * to record); a listed range defaults to the last 30 days up to today and spans at most 5 years.
 */
@Component
class Dates {

    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    static final int DEFAULT_DAYS = 30;
    static final int MOST_YEARS = 5;

    private final Clock clock;

    Dates(Clock clock) {
        this.clock = clock;
    }

    LocalDate today(ZoneId zone) {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    /** The date, if it is one the user may name; otherwise 400 naming the field. */
    LocalDate require(LocalDate date, ZoneId zone, String field) {
        if (date.isBefore(EARLIEST)) {
            throw new InvalidFieldException(field, "must be on or after " + EARLIEST);
        }
        LocalDate today = today(zone);
        if (date.isAfter(today)) {
            throw new InvalidFieldException(field, "must not be in the future (today is " + today + " in your time "
                    + "zone, " + zone.getId() + ")");
        }
        return date;
    }

    /** [from, to], each checked; {@code to} defaults to today, {@code from} to 29 days before {@code to}. */
    Range range(LocalDate from, LocalDate to, ZoneId zone) {
        LocalDate last = to == null ? today(zone) : require(to, zone, "to");
        LocalDate first = from != null ? require(from, zone, "from")
                : java.util.Collections.max(java.util.List.of(EARLIEST, last.minusDays(DEFAULT_DAYS - 1)));
        if (last.isBefore(first)) {
            throw new InvalidFieldException("to", "must not be before from");
        }
        if (last.isAfter(first.plusYears(MOST_YEARS))) {
            throw new InvalidFieldException("from", "must be at most " + MOST_YEARS + " years before to");
        }
        return new Range(first, last);
    }

    record Range(LocalDate from, LocalDate to) {
    }
}

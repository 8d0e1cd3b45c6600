package dev.overload.shared;

import dev.overload.shared.errors.InvalidFieldException;
import java.time.LocalDate;
import java.time.Period;

/**
 * An inclusive range of a user's days, as list and statistics endpoints take it ({@code from}, {@code to}).
 */
public record DateRange(LocalDate from, LocalDate to) {

    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    /**
     * The range a client asked for: {@code to} defaults to today, {@code from} to {@code defaultLength} before
     * {@code to}; refused (400 naming the parameter) when {@code to} is before {@code from}, the range is longer
     * than {@code longest}, or a day is before 1900 or after the year 9999.
     */
    public static DateRange requested(LocalDate from, LocalDate to, LocalDate today, Period defaultLength,
            Period longest) {
        LocalDate end = to != null ? to : today;
        LocalDate start = from != null ? from : end.minus(defaultLength).plusDays(1);
        requireSane(start, "from");
        requireSane(end, "to");
        if (end.isBefore(start)) {
            throw new InvalidFieldException("to", "must not be before from");
        }
        if (start.plus(longest).isBefore(end)) {
            throw new InvalidFieldException("to", "must be at most " + longest.getYears() + " years after from");
        }
        return new DateRange(start, end);
    }

    private static void requireSane(LocalDate day, String field) {
        if (day.isBefore(EARLIEST) || day.getYear() > 9999) {
            throw new InvalidFieldException(field, "must be between 1900-01-01 and 9999-12-31");
        }
    }
}

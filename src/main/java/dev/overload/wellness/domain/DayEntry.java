package dev.overload.wellness.domain;

import dev.overload.wellness.DayMetrics.Girths;
import dev.overload.wellness.DayMetrics.Readings;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything recorded for one day, in canonical units (kilograms, centimetres); every field is optional. As
 * entered it is the whole day: what it leaves out, the day does not have.
 *
 * @param sleepStart with {@code sleepEnd}, the night before the day (see {@link SleepNight})
 * @param readings never null, its components null when not recorded
 * @param girthsCm never null
 * @param meals in the order given, never null
 */
public record DayEntry(
        @Nullable Instant sleepStart,
        @Nullable Instant sleepEnd,
        Readings readings,
        @Nullable String notes,
        Girths girthsCm,
        List<Meal> meals) {

    public DayEntry {
        readings = readings == null ? Readings.NONE : Decimals.plain(readings);
        girthsCm = girthsCm == null ? Girths.NONE : Decimals.plain(girthsCm);
        meals = meals == null ? List.of() : List.copyOf(meals);
    }

    /** Hours slept, to two decimals, or null without a night. */
    public @Nullable BigDecimal sleepHours() {
        if (sleepStart == null || sleepEnd == null) {
            return null;
        }
        return BigDecimal.valueOf(Duration.between(sleepStart, sleepEnd).toSeconds())
                .divide(BigDecimal.valueOf(3600), 2, RoundingMode.HALF_UP);
    }

    public Nutrition totals() {
        return Nutrition.of(meals);
    }

    DayEntry withMeals(List<Meal> dayMeals) {
        return new DayEntry(sleepStart, sleepEnd, readings, notes, girthsCm, dayMeals);
    }
}

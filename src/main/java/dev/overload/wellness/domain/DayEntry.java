package dev.overload.wellness.domain;

import dev.overload.wellness.DayMetrics.Girths;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Everything recorded for one day, in canonical units (kilograms, centimetres); every field is optional. As
 * entered it is the whole day: what it leaves out, the day does not have.
 *
 * @param sleepStart with {@code sleepEnd}, the night before the day (see {@link SleepNight})
 * @param girthsCm never null
 * @param meals in the order given, never null
 */
public record DayEntry(
        Instant sleepStart,
        Instant sleepEnd,
        Integer sleepQuality,
        Integer stressLevel,
        Integer energyLevel,
        Integer motivationLevel,
        BigDecimal bodyWeightKg,
        BigDecimal bodyFatPercent,
        Integer restingHeartRate,
        Integer steps,
        Integer waterMl,
        String notes,
        Girths girthsCm,
        List<Meal> meals) {

    public DayEntry {
        bodyWeightKg = Decimals.plain(bodyWeightKg);
        bodyFatPercent = Decimals.plain(bodyFatPercent);
        girthsCm = girthsCm == null ? Girths.NONE : Decimals.plain(girthsCm);
        meals = meals == null ? List.of() : List.copyOf(meals);
    }

    /** Hours slept, to two decimals, or null without a night. */
    public BigDecimal sleepHours() {
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
        return new DayEntry(sleepStart, sleepEnd, sleepQuality, stressLevel, energyLevel, motivationLevel,
                bodyWeightKg, bodyFatPercent, restingHeartRate, steps, waterMl, notes, girthsCm, dayMeals);
    }
}

package dev.overload.wellness.web;

import dev.overload.shared.CurrentUser;
import dev.overload.shared.units.HeightUnit;
import dev.overload.shared.units.WeightUnit;
import dev.overload.wellness.DayMetrics;
import dev.overload.wellness.domain.DayEntry;
import dev.overload.wellness.domain.DayView;
import dev.overload.wellness.domain.Meal;
import dev.overload.wellness.domain.Nutrition;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One day as the user sees it: body weight in their weight unit, girths in their height unit, sleep hours
 * derived from the night, and the meals' totals.
 */
record DailyMetricResponse(
        LocalDate date,
        @Nullable Instant sleepStart,
        @Nullable Instant sleepEnd,
        @Nullable BigDecimal sleepHours,
        @Nullable Integer sleepQuality,
        @Nullable Integer stressLevel,
        @Nullable Integer energyLevel,
        @Nullable Integer motivationLevel,
        @Nullable BigDecimal bodyWeight,
        WeightUnit weightUnit,
        @Nullable BigDecimal bodyFatPercent,
        @Nullable Integer restingHeartRate,
        @Nullable Integer steps,
        @Nullable Integer waterMl,
        @Nullable String notes,
        Girths girths,
        HeightUnit heightUnit,
        List<Meal> meals,
        Nutrition totals,
        Instant createdAt,
        Instant updatedAt) {

    record Girths(@Nullable BigDecimal neck, @Nullable BigDecimal chest, @Nullable BigDecimal waist,
            @Nullable BigDecimal hips, @Nullable BigDecimal arm, @Nullable BigDecimal thigh,
            @Nullable BigDecimal calf) {

        static Girths from(DayMetrics.Girths cm, HeightUnit unit) {
            return new Girths(unit.fromCentimetres(cm.neck()), unit.fromCentimetres(cm.chest()),
                    unit.fromCentimetres(cm.waist()), unit.fromCentimetres(cm.hips()), unit.fromCentimetres(cm.arm()),
                    unit.fromCentimetres(cm.thigh()), unit.fromCentimetres(cm.calf()));
        }
    }

    static DailyMetricResponse from(DayView day, CurrentUser caller) {
        DayEntry entry = day.entry();
        DayMetrics.Readings readings = entry.readings();
        return new DailyMetricResponse(day.date(), entry.sleepStart(), entry.sleepEnd(), entry.sleepHours(),
                readings.sleepQuality(), readings.stressLevel(), readings.energyLevel(), readings.motivationLevel(),
                caller.weightUnit().fromKilograms(readings.bodyWeightKg()), caller.weightUnit(),
                readings.bodyFatPercent(), readings.restingHeartRate(), readings.steps(), readings.waterMl(),
                entry.notes(),
                Girths.from(entry.girthsCm(), caller.heightUnit()), caller.heightUnit(), entry.meals(),
                entry.totals(), day.createdAt(), day.updatedAt());
    }
}

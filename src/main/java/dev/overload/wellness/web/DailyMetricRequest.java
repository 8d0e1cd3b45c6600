package dev.overload.wellness.web;

import dev.overload.shared.units.HeightUnit;
import dev.overload.shared.units.WeightUnit;
import dev.overload.wellness.DayMetrics;
import dev.overload.wellness.domain.DayEntry;
import dev.overload.wellness.domain.Meal;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;

/**
 * The whole of one day; every field is optional and a field left out is cleared. Body weight is in the user's
 * weight unit, girths in their height unit; those ranges are checked after conversion (20–400 kg, 10–300 cm).
 */
record DailyMetricRequest(
        Instant sleepStart,
        Instant sleepEnd,
        @Min(1) @Max(5) Integer sleepQuality,
        @Min(1) @Max(10) Integer stressLevel,
        @Min(1) @Max(10) Integer energyLevel,
        @Min(1) @Max(10) Integer motivationLevel,
        @DecimalMin("0") @Digits(integer = 4, fraction = 2) BigDecimal bodyWeight,
        @DecimalMin("1") @DecimalMax("75") @Digits(integer = 2, fraction = 2) BigDecimal bodyFatPercent,
        @Min(20) @Max(200) Integer restingHeartRate,
        @Min(0) @Max(200000) Integer steps,
        @Min(0) @Max(20000) Integer waterMl,
        @Size(max = 2000) String notes,
        @Valid GirthsRequest girths,
        @Size(max = 20) List<@NotNull @Valid MealRequest> meals) {

    /** Circumferences in the user's height unit. */
    record GirthsRequest(
            @DecimalMin("0") @Digits(integer = 3, fraction = 2) BigDecimal neck,
            @DecimalMin("0") @Digits(integer = 3, fraction = 2) BigDecimal chest,
            @DecimalMin("0") @Digits(integer = 3, fraction = 2) BigDecimal waist,
            @DecimalMin("0") @Digits(integer = 3, fraction = 2) BigDecimal hips,
            @DecimalMin("0") @Digits(integer = 3, fraction = 2) BigDecimal arm,
            @DecimalMin("0") @Digits(integer = 3, fraction = 2) BigDecimal thigh,
            @DecimalMin("0") @Digits(integer = 3, fraction = 2) BigDecimal calf) {

        DayMetrics.Girths toCentimetres(HeightUnit unit) {
            return new DayMetrics.Girths(unit.toCentimetres(neck), unit.toCentimetres(chest),
                    unit.toCentimetres(waist), unit.toCentimetres(hips), unit.toCentimetres(arm),
                    unit.toCentimetres(thigh), unit.toCentimetres(calf));
        }
    }

    /** A meal: kcal per meal 0–10,000; grams 0–1,000 each. */
    record MealRequest(
            @Size(max = 100) String name,
            LocalTime time,
            @Min(0) @Max(10000) Integer calories,
            @DecimalMin("0") @DecimalMax("1000") @Digits(integer = 4, fraction = 2) BigDecimal proteinG,
            @DecimalMin("0") @DecimalMax("1000") @Digits(integer = 4, fraction = 2) BigDecimal carbsG,
            @DecimalMin("0") @DecimalMax("1000") @Digits(integer = 4, fraction = 2) BigDecimal fatG,
            @DecimalMin("0") @DecimalMax("1000") @Digits(integer = 4, fraction = 2) BigDecimal fiberG) {

        Meal toMeal() {
            return new Meal(name, time, calories, proteinG, carbsG, fatG, fiberG);
        }
    }

    DayEntry toEntry(WeightUnit weightUnit, HeightUnit heightUnit) {
        return new DayEntry(sleepStart, sleepEnd, new DayMetrics.Readings(sleepQuality, stressLevel, energyLevel,
                motivationLevel, weightUnit.toKilograms(bodyWeight), bodyFatPercent, restingHeartRate, steps, waterMl),
                notes,
                girths == null ? null : girths.toCentimetres(heightUnit),
                meals == null ? null : meals.stream().map(MealRequest::toMeal).toList());
    }
}

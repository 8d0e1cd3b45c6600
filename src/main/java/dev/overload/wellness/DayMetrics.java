package dev.overload.wellness;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One recorded day of a user in canonical units; a metric the user did not record is null.
 *
 * @param sleepHours the night before the date (sleep end − sleep start), to two decimals
 * @param mealCount how many meals the day lists (0 when none: then the nutrition totals are null)
 * @param calories the day's meals summed, kcal; null when no meal gives it (likewise the grams)
 * @param girthsCm centimetres; never null, its components null when not measured
 */
public record DayMetrics(
        LocalDate date,
        @Nullable BigDecimal sleepHours,
        Readings readings,
        int mealCount,
        @Nullable Integer calories,
        @Nullable BigDecimal proteinG,
        @Nullable BigDecimal carbsG,
        @Nullable BigDecimal fatG,
        @Nullable BigDecimal fiberG,
        Girths girthsCm) {

    /**
     * How the user felt, their body and their day's activity, as recorded for one day, each null when not
     * recorded.
     *
     * @param sleepQuality 1–5
     * @param stressLevel 1–10
     * @param energyLevel 1–10
     * @param motivationLevel 1–10
     * @param bodyWeightKg kilograms, five decimals
     * @param restingHeartRate beats per minute
     */
    public record Readings(@Nullable Integer sleepQuality, @Nullable Integer stressLevel,
            @Nullable Integer energyLevel, @Nullable Integer motivationLevel, @Nullable BigDecimal bodyWeightKg,
            @Nullable BigDecimal bodyFatPercent, @Nullable Integer restingHeartRate, @Nullable Integer steps,
            @Nullable Integer waterMl) {

        public static final Readings NONE = new Readings(null, null, null, null, null, null, null, null, null);
    }

    /** Body girths (circumferences), each in centimetres or null. */
    public record Girths(@Nullable BigDecimal neck, @Nullable BigDecimal chest, @Nullable BigDecimal waist,
            @Nullable BigDecimal hips, @Nullable BigDecimal arm,
            @Nullable BigDecimal thigh, @Nullable BigDecimal calf) {

        public static final Girths NONE = new Girths(null, null, null, null, null, null, null);
    }
}

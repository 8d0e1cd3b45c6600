package dev.overload.reporting.render;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The period at a glance, beside the period of equal length before it.
 *
 * @param weeks every ISO week of the period with a completed session, cut at the period's ends
 * @param muscleGroups hard sets and volume per muscle group over the period, most hard sets first
 * @param mainLifts the period's lifts with the most volume, with their estimated 1RM per session
 * @param bodyWeight null when no body weight was recorded in the period
 * @param insights the significant findings about wellness and training, strongest first
 */
public record ProgressReport(ReportHeading report, Period current, Period previous, Changes changePercent,
        List<Week> weeks, List<MuscleGroup> muscleGroups, List<Lift> mainLifts, List<RecordEntry> records,
        @Nullable BodyWeight bodyWeight, List<String> insights) implements ReportDocument {

    /**
     * @param hardSets completed sets with RIR ≤ 3 or none recorded
     * @param scheduledDue scheduled workouts of the period that were due (done or missed)
     * @param adherencePercent done of due, null when none was due
     */
    public record Period(LocalDate from, LocalDate to, int sessions, int sets, int hardSets, BigDecimal volume,
            int minutes, @Nullable BigDecimal averageRir, int recordsSet, int scheduledDue, int scheduledDone,
            @Nullable BigDecimal adherencePercent) {
    }

    /** Each figure of the period against the previous one, in percent; null where the previous one was 0. */
    public record Changes(@Nullable BigDecimal sessions, @Nullable BigDecimal sets, @Nullable BigDecimal hardSets,
            @Nullable BigDecimal volume, @Nullable BigDecimal minutes) {
    }

    /** @param week the Monday of the ISO week */
    public record Week(LocalDate week, int sessions, int sets, int hardSets, BigDecimal volume) {
    }

    /**
     * @param hardSets primary muscle 1 a set, secondary ½
     * @param weeklyAverage hard sets a week
     * @param volume primary muscle all of an exercise's volume, secondary half
     */
    public record MuscleGroup(String muscleGroup, BigDecimal hardSets, BigDecimal weeklyAverage, BigDecimal volume) {
    }

    /** @param changePercent last against first estimated 1RM of the period; null with fewer than two sessions */
    public record Lift(UUID exerciseId, String exerciseName, BigDecimal volume, @Nullable BigDecimal first,
            @Nullable BigDecimal last, @Nullable BigDecimal best, @Nullable BigDecimal changePercent,
            List<E1rm> points) {
    }

    public record E1rm(LocalDate date, BigDecimal estimatedOneRepMax) {
    }

    public record BodyWeight(BigDecimal first, BigDecimal last, BigDecimal change, List<Weight> points) {
    }

    public record Weight(LocalDate date, BigDecimal weight) {
    }
}

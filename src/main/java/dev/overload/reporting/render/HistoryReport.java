package dev.overload.reporting.render;

import dev.overload.training.SetStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Every completed session of the period, oldest first, with its exercises and sets, planned beside actual. */
public record HistoryReport(ReportHeading report, Totals totals, List<Session> sessions) implements ReportDocument {

    public record Session(UUID id, LocalDate date, String title, @Nullable String planName,
            @Nullable Integer durationMinutes, @Nullable String comments, Totals totals, List<Exercise> exercises) {
    }

    public record Exercise(UUID exerciseId, String exerciseName, Totals totals, List<Set> sets) {
    }

    /**
     * @param plannedWeight null when nothing was planned
     * @param volume reps × weight of a completed set, else 0
     */
    public record Set(int setIndex, SetStatus status, @Nullable Integer plannedReps,
            @Nullable BigDecimal plannedWeight, @Nullable Integer reps, @Nullable BigDecimal weight,
            @Nullable Integer rir, BigDecimal volume) {
    }

    /**
     * What was achieved (seed 000's WorkoutSessionResult) against what was planned; completed sets only.
     *
     * @param totalWeightLifted Σ reps × weight of the completed sets
     */
    public record Totals(int setsPlanned, int setsAchieved, int repsAchieved, BigDecimal totalWeightLifted) {
    }
}

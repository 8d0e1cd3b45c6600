package dev.overload.reporting.render;

import dev.overload.planning.PlanDifficulty;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A plan to print and take to the gym: its days, their exercises and target sets. */
public record PlanReport(ReportHeading report, Plan plan, List<Day> days) implements ReportDocument {

    /** @param estimatedDuration minutes */
    public record Plan(UUID id, String name, @Nullable String description, @Nullable PlanDifficulty difficultyLevel,
            List<String> muscleTypes, @Nullable Integer estimatedDuration) {
    }

    public record Day(int orderIndex, String name, @Nullable String description, List<Exercise> exercises) {
    }

    public record Exercise(int orderIndex, UUID exerciseId, String exerciseName, @Nullable Integer restTimeSeconds,
            @Nullable String notes, List<TargetSet> sets) {
    }

    /** @param weight in the report's unit; 0 is bodyweight */
    public record TargetSet(int setIndex, int reps, BigDecimal weight, @Nullable Integer rir,
            @Nullable Integer durationSeconds) {
    }
}

package dev.overload.planning;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A plan as read: its own fields and, in order, its days, their exercises and their target sets (kilograms);
 * {@code version} goes up with every change to the plan or anything in it.
 */
public record PlanTree(Summary plan, List<Day> days, long version) {

    public UUID id() {
        return plan.id();
    }

    public UUID userId() {
        return plan.userId();
    }

    public String name() {
        return plan.name();
    }

    /** The plan's own fields. */
    public record Summary(
            UUID id,
            UUID userId,
            String name,
            @Nullable String description,
            PlanStatus status,
            boolean isPublic,
            @Nullable PlanDifficulty difficultyLevel,
            List<String> muscleTypes,
            @Nullable Integer estimatedDuration,
            @Nullable UUID copiedFromId,
            Instant createdAt,
            Instant updatedAt) {
    }

    public record Day(UUID id, UUID trainingPlanId, String name, String description, int orderIndex,
            List<Exercise> exercises) {
    }

    public record Exercise(UUID id, UUID trainingPlanDayId, UUID exerciseId, String exerciseName, int orderIndex,
            Integer restTimeSeconds, String notes, List<Set> sets) {
    }

    public record Set(UUID id, UUID trainingPlanExerciseId, int setIndex, int expectedReps,
            BigDecimal expectedWeightKg, Integer expectedDurationSeconds, Integer expectedRir) {
    }
}

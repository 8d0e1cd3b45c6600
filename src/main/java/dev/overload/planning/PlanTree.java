package dev.overload.planning;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A plan as read: its fields and, in order, its days, their exercises and their target sets (kilograms);
 * {@code version} goes up with every change to the plan or anything in it.
 */
public record PlanTree(
        UUID id,
        UUID userId,
        String name,
        String description,
        PlanStatus status,
        boolean isPublic,
        PlanDifficulty difficultyLevel,
        List<String> muscleTypes,
        Integer estimatedDuration,
        UUID copiedFromId,
        Instant createdAt,
        Instant updatedAt,
        List<Day> days,
        long version) {

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

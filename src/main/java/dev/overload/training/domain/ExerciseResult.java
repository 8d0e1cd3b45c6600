package dev.overload.training.domain;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * Seed 000's session result for one exercise: completed sets, their reps, the weight lifted
 * (Σ reps × weight, kilograms) and the best set by estimated 1RM.
 */
public record ExerciseResult(UUID exerciseId, String exerciseName, int setsPlanned, int setsAchieved,
        int repsAchieved, BigDecimal totalWeightLiftedKg, BestSet bestSet) {

    public record BestSet(UUID setId, int reps, BigDecimal weightKg, BigDecimal estimatedOneRepMaxKg) {
    }
}

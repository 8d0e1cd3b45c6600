package dev.overload.training.domain;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * Seed 000's session analysis for one exercise, against the previous completed session with it:
 * strength (change of the top weight, kg), reps at weight (change of the most reps at the heaviest weight
 * both sessions reached) and sets at weight and reps (change of the number of sets that reached both).
 * Without an earlier session the changes are null and the verdict is {@code first_time}.
 */
public record ExerciseAnalysis(UUID exerciseId, String exerciseName, UUID previousSessionId,
        BigDecimal strengthChangeKg, Integer repsAtWeightChange, Integer setsAtWeightAndRepsChange,
        BigDecimal comparedWeightKg, String strength, String repsAtWeight, String setsAtWeightAndReps,
        String verdict) {
}

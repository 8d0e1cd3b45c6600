package dev.overload.planning;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * Seed 003's view of a plan exercise: {@code sets} identical sets of {@code reps} at {@code weightKg}.
 * On update, null fields keep their value.
 */
public record WorkoutExercise(UUID exerciseId, Integer sets, Integer reps, BigDecimal weightKg, Integer restTime,
        String notes, Integer orderIndex) {
}

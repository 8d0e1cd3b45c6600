package dev.overload.training.domain;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A set added to a session: to one of its plan slots ({@code plannedExerciseId}) or to a catalog exercise
 * ({@code exerciseId}), at {@code setIndex} or at the end.
 */
public record NewSessionSet(UUID plannedExerciseId, UUID exerciseId, Integer setIndex, Integer expectedReps,
        BigDecimal expectedWeightKg) {
}

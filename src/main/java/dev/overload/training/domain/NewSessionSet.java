package dev.overload.training.domain;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A set added to a session: to one of its plan slots ({@code plannedExerciseId}) or to a catalog exercise
 * ({@code exerciseId}), at {@code setIndex} or at the end; {@code done}, when it says anything, logs what was
 * performed in the same change.
 */
public record NewSessionSet(UUID plannedExerciseId, UUID exerciseId, Integer setIndex, Integer expectedReps,
        BigDecimal expectedWeightKg, SetRecord done) {

    /** Whether the set was already done (or failed) when added: it is then logged in the same change. */
    boolean logsPerformance() {
        return done != null && (done.actualReps() != null || done.actualWeightKg() != null || done.rir() != null
                || done.status() != null);
    }
}

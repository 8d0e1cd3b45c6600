package dev.overload.training.web;

import org.jspecify.annotations.Nullable;
import dev.overload.shared.units.WeightUnit;
import dev.overload.training.SetStatus;
import dev.overload.training.domain.SessionView;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A set of a session: expected beside actual values, weights in the user's unit. */
record SessionSetResponse(UUID id, UUID exerciseId, @Nullable UUID trainingPlanExerciseId, int setIndex,
        @Nullable Integer expectedReps,
        @Nullable BigDecimal expectedWeight, @Nullable Integer actualReps, @Nullable BigDecimal actualWeight,
        @Nullable Integer rir, SetStatus status,
        @Nullable Instant completedAt) {

    static SessionSetResponse from(SessionView.Set set, WeightUnit unit) {
        return new SessionSetResponse(set.id(), set.exerciseId(), set.trainingPlanExerciseId(), set.setIndex(),
                set.expectedReps(), unit.fromKilograms(set.expectedWeightKg()), set.actualReps(),
                unit.fromKilograms(set.actualWeightKg()), set.rir(), set.status(), set.completedAt());
    }
}

package dev.overload.planning.web;

import org.jspecify.annotations.Nullable;
import dev.overload.shared.units.WeightUnit;
import dev.overload.planning.PlanTree;
import java.math.BigDecimal;
import java.util.UUID;

record PlanSetResponse(UUID id, int setIndex, int expectedReps, BigDecimal expectedWeight,
        @Nullable Integer expectedDurationSeconds, @Nullable Integer expectedRir, UUID trainingPlanExerciseId) {

    static PlanSetResponse from(PlanTree.Set set, WeightUnit unit) {
        return new PlanSetResponse(set.id(), set.setIndex(), set.expectedReps(),
                unit.fromKilograms(set.expectedWeightKg()), set.expectedDurationSeconds(), set.expectedRir(),
                set.trainingPlanExerciseId());
    }
}

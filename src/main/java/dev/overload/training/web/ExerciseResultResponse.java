package dev.overload.training.web;

import org.jspecify.annotations.Nullable;
import dev.overload.shared.units.WeightUnit;
import dev.overload.training.domain.ExerciseResult;
import java.math.BigDecimal;
import java.util.UUID;

record ExerciseResultResponse(UUID exerciseId, String exerciseName, int setsPlanned, int setsAchieved,
        int repsAchieved, BigDecimal totalWeightLifted, @Nullable BestSet bestSet, WeightUnit weightUnit) {

    record BestSet(UUID setId, int reps, BigDecimal weight, BigDecimal estimatedOneRepMax) {
    }

    static ExerciseResultResponse from(ExerciseResult result, WeightUnit unit) {
        ExerciseResult.BestSet best = result.bestSet();
        return new ExerciseResultResponse(result.exerciseId(), result.exerciseName(), result.setsPlanned(),
                result.setsAchieved(), result.repsAchieved(), unit.fromKilograms(result.totalWeightLiftedKg()),
                best == null ? null : new BestSet(best.setId(), best.reps(), unit.fromKilograms(best.weightKg()),
                        unit.fromKilograms(best.estimatedOneRepMaxKg())),
                unit);
    }
}

package dev.overload.training.web;

import org.jspecify.annotations.Nullable;
import dev.overload.shared.units.WeightUnit;
import dev.overload.training.domain.ExerciseAnalysis;
import java.math.BigDecimal;
import java.util.UUID;

/** Changes against the previous completed session with the exercise, each with a verdict. */
record ExerciseAnalysisResponse(UUID exerciseId, String exerciseName, @Nullable UUID previousSessionId,
        @Nullable BigDecimal strengthChange, @Nullable Integer repsAtWeightChange,
        @Nullable Integer setsAtWeightAndRepsChange,
        @Nullable BigDecimal comparedWeight, @Nullable String strength, @Nullable String repsAtWeight,
        @Nullable String setsAtWeightAndReps, String verdict,
        WeightUnit weightUnit) {

    static ExerciseAnalysisResponse from(ExerciseAnalysis analysis, WeightUnit unit) {
        return new ExerciseAnalysisResponse(analysis.exerciseId(), analysis.exerciseName(),
                analysis.previousSessionId(), unit.fromKilograms(analysis.strengthChangeKg()),
                analysis.repsAtWeightChange(), analysis.setsAtWeightAndRepsChange(),
                unit.fromKilograms(analysis.comparedWeightKg()), analysis.strength(), analysis.repsAtWeight(),
                analysis.setsAtWeightAndReps(), analysis.verdict(), unit);
    }
}

package dev.overload.training.web;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import dev.overload.shared.units.WeightUnit;
import dev.overload.training.SetStatus;
import dev.overload.training.domain.NewSessionSet;
import dev.overload.training.domain.SetRecord;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * A set for one of the session's plan exercises ({@code training_plan_exercise_id}) or for any catalog
 * exercise ({@code exercise_id}), at {@code set_index} or at the end; weights in the user's unit. A set already
 * done is logged in the same request: {@code actual_reps}, {@code actual_weight}, {@code rir}, {@code status}.
 */
record AddSessionSetRequest(UUID trainingPlanExerciseId, UUID exerciseId, @Min(1) Integer setIndex,
        @Min(1) @Max(1000) Integer expectedReps,
        @DecimalMin("0") @DecimalMax("10000") @Digits(integer = 5, fraction = 2) BigDecimal expectedWeight,
        @Min(1) @Max(1000) Integer actualReps,
        @DecimalMin("0") @DecimalMax("10000") @Digits(integer = 5, fraction = 2) BigDecimal actualWeight,
        @Min(0) @Max(10) Integer rir, SetStatus status) {

    NewSessionSet toNewSet(WeightUnit unit) {
        return new NewSessionSet(trainingPlanExerciseId, exerciseId, setIndex, expectedReps,
                unit.toKilograms(expectedWeight),
                new SetRecord(actualReps, unit.toKilograms(actualWeight), rir, status));
    }
}

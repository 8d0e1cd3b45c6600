package dev.overload.training.web;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * A set for one of the session's plan exercises ({@code training_plan_exercise_id}) or for any catalog
 * exercise ({@code exercise_id}), at {@code set_index} or at the end; weight in the user's unit.
 */
record AddSessionSetRequest(UUID trainingPlanExerciseId, UUID exerciseId, @Min(1) Integer setIndex,
        @Min(1) @Max(1000) Integer expectedReps,
        @DecimalMin("0") @DecimalMax("10000") @Digits(integer = 5, fraction = 2) BigDecimal expectedWeight) {
}

package dev.overload.planning.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.math.BigDecimal;

/** Left-out fields are kept; a new {@code set_index} moves the set and re-indexes the others. */
@JsonIgnoreProperties({"id", "training_plan_exercise_id"})
record UpdateSetRequest(
        @Min(1) @Max(1000) Integer expectedReps,
        @DecimalMin("0") @DecimalMax("10000") @Digits(integer = 5, fraction = 2) BigDecimal expectedWeight,
        @Min(1) Integer setIndex,
        @Min(1) @Max(36000) Integer expectedDurationSeconds,
        @Min(0) @Max(10) Integer expectedRir) {
}

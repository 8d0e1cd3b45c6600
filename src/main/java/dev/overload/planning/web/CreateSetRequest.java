package dev.overload.planning.web;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/**
 * A target set, inserted at {@code set_index} or appended. Weight in the caller's unit; 0 means no external
 * load (bodyweight), so it is the one target that may be zero.
 */
record CreateSetRequest(
        @NotNull @Min(1) @Max(1000) Integer expectedReps,
        @NotNull @DecimalMin("0") @DecimalMax("10000") @Digits(integer = 5, fraction = 2) BigDecimal expectedWeight,
        @Min(1) Integer setIndex,
        @Min(1) @Max(36000) Integer expectedDurationSeconds,
        @Min(0) @Max(10) Integer expectedRir) {
}

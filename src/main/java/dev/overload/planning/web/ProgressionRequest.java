package dev.overload.planning.web;

import dev.overload.identity.WeightUnit;
import dev.overload.planning.DeloadStrategy;
import dev.overload.planning.domain.ProgressionSettings;
import dev.overload.shared.InvalidFieldException;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.math.BigDecimal;

/**
 * Left-out fields keep their value, or get the default on a new rule: increment 2.5 kg, deload after 3
 * failures by 10 %, PROPORTIONAL. The increment is in the caller's weight unit.
 */
record ProgressionRequest(
        @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") @Digits(integer = 3, fraction = 3)
        BigDecimal weightIncrement,
        @Min(1) @Max(20) Integer failureCountForDeload,
        @DecimalMin(value = "0", inclusive = false) @DecimalMax(value = "100", inclusive = false)
        @Digits(integer = 2, fraction = 2) BigDecimal deloadPercentage,
        DeloadStrategy deloadStrategy,
        @Min(1) @Max(50) Integer referenceSetIndex,
        @Min(0) @Max(1000) Integer consecutiveFailures) {

    ProgressionSettings toSettings(WeightUnit unit) {
        BigDecimal kilograms = unit.toKilograms(weightIncrement);
        if (kilograms != null && kilograms.signum() <= 0) {
            // Kilograms are kept to the gram: a positive increment in pounds may round to nothing.
            throw new InvalidFieldException("weight_increment", "must be at least 0.001 kg");
        }
        return new ProgressionSettings(kilograms, failureCountForDeload, deloadPercentage,
                deloadStrategy, referenceSetIndex, consecutiveFailures);
    }
}

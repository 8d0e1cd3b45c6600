package dev.overload.planning.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.overload.shared.units.WeightUnit;
import dev.overload.planning.DeloadStrategy;
import dev.overload.planning.domain.ProgressionSettings;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.math.BigDecimal;

/**
 * Left-out fields keep their value, or get the default on a new rule: increment 2.5 kg, deload after 3
 * failures by 10 %, PROPORTIONAL. The increment is in the caller's weight unit, to two decimals as shown.
 * {@code consecutive_failures} is the server's count of completed sessions: shown, and like the other fields the
 * API answers accepted back and ignored, never taken from a client.
 */
@JsonIgnoreProperties({"id", "training_plan_id", "exercise_id", "consecutive_failures", "last_updated",
        "weight_unit"})
record ProgressionRequest(
        @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") @Digits(integer = 3,
                fraction = 2) BigDecimal weightIncrement,
        @Min(1) @Max(20) Integer failureCountForDeload,
        @DecimalMin(value = "0", inclusive = false) @DecimalMax(value = "100", inclusive = false) @Digits(integer = 2,
                fraction = 2) BigDecimal deloadPercentage,
        DeloadStrategy deloadStrategy,
        @Min(1) @Max(50) Integer referenceSetIndex) {

    ProgressionSettings toSettings(WeightUnit unit) {
        return new ProgressionSettings(unit.toKilograms(weightIncrement), failureCountForDeload, deloadPercentage,
                deloadStrategy, referenceSetIndex);
    }
}

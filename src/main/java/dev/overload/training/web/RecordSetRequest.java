package dev.overload.training.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.overload.shared.units.WeightUnit;
import dev.overload.training.SetStatus;
import dev.overload.training.domain.SetRecord;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.math.BigDecimal;

/**
 * What was done. Reps are at least 1 (a set with none is a failed set: PATCH …/fail); weight may be 0,
 * meaning bodyweight, like a plan's targets. Left-out fields are kept.
 */
@JsonIgnoreProperties({"id", "exercise_id", "training_plan_exercise_id", "set_index", "expected_reps",
        "expected_weight", "completed_at"})
record RecordSetRequest(@Min(1) @Max(1000) Integer actualReps,
        @DecimalMin("0") @DecimalMax("10000") @Digits(integer = 5, fraction = 2) BigDecimal actualWeight,
        @Min(0) @Max(10) Integer rir, SetStatus status) {

    SetRecord toRecord(WeightUnit unit) {
        return new SetRecord(actualReps, unit.toKilograms(actualWeight), rir, status);
    }
}

package dev.overload.planning.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.overload.shared.units.WeightUnit;
import dev.overload.planning.WorkoutExercise;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** Seed 003's exercise update: every field optional, left-out ones kept. */
@JsonIgnoreProperties({"id", "exercise_id", "exercise_name", "exercise_description", "body_part", "exercise_type",
        "difficulty", "equipment"})
record UpdateWorkoutExerciseRequest(
        @Min(value = 1, message = "must be 1-50") @Max(value = 50, message = "must be 1-50") Integer sets,
        @Min(value = 1, message = "must be 1-1000") @Max(value = 1000, message = "must be 1-1000") Integer reps,
        @DecimalMin(value = "0", message = "must be 0-10000") @DecimalMax(value = "10000",
                message = "must be 0-10000") @Digits(integer = 5, fraction = 2) BigDecimal weight,
        @Min(value = 0, message = "must be 0-3600 seconds") @Max(value = 3600,
                message = "must be 0-3600 seconds") Integer restTime,
        @Size(max = 500, message = "must be at most 500 characters") String notes,
        @Min(value = 1, message = "must be at least 1") Integer orderIndex) {

    WorkoutExercise toChange(WeightUnit unit) {
        return new WorkoutExercise(null, sets, reps, unit.toKilograms(weight), restTime, notes, orderIndex);
    }
}

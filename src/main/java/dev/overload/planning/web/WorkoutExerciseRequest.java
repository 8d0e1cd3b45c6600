package dev.overload.planning.web;

import dev.overload.shared.units.WeightUnit;
import dev.overload.planning.WorkoutExercise;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;

/** Seed 003's exercise of a workout plan, with its validation ranges; weight in the caller's unit. */
record WorkoutExerciseRequest(
        @NotBlank(message = "is required") @Size(max = 64) String exerciseId,
        @NotNull(message = "is required") @Min(value = 1, message = "must be 1-50") @Max(value = 50,
                message = "must be 1-50") Integer sets,
        @NotNull(message = "is required") @Min(value = 1, message = "must be 1-1000") @Max(value = 1000,
                message = "must be 1-1000") Integer reps,
        @DecimalMin(value = "0", message = "must be 0-10000") @DecimalMax(value = "10000",
                message = "must be 0-10000") @Digits(integer = 5, fraction = 2) BigDecimal weight,
        @Min(value = 0, message = "must be 0-3600 seconds") @Max(value = 3600,
                message = "must be 0-3600 seconds") Integer restTime,
        @Size(max = 500, message = "must be at most 500 characters") String notes,
        @Min(value = 1, message = "must be at least 1") Integer orderIndex) {

    /** A plan's exercises in order; an unknown exercise id is named by its place ({@code exercises[i]}). */
    static List<WorkoutExercise> toWorkoutExercises(List<WorkoutExerciseRequest> exercises, WeightUnit unit) {
        return IntStream.range(0, exercises.size())
                .mapToObj(i -> exercises.get(i).toWorkoutExercise("exercises[" + i + "].exercise_id", unit))
                .toList();
    }

    WorkoutExercise toWorkoutExercise(String field, WeightUnit unit) {
        return new WorkoutExercise(WorkoutPlanIds.exerciseId(exerciseId, field), sets, reps,
                unit.toKilograms(weight), restTime, notes, orderIndex);
    }
}

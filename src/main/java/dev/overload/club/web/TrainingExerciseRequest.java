package dev.overload.club.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.overload.planning.WorkoutExercise;
import dev.overload.shared.errors.InvalidFieldException;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * An exercise of a training (seed 002's trainings_exercises): the catalog exercise, its place
 * ({@code order_in_training}, appended when left out), {@code sets} (default 3) of {@code reps} (default 10),
 * {@code rest_time_sec} (default 60) and {@code extra_weight} in kilograms. On update left-out fields are kept.
 */
@JsonIgnoreProperties({"id", "title", "description", "muscle_group", "equipment_required", "complexity_lvl"})
record TrainingExerciseRequest(
        UUID exerciseId,
        @Min(1) Integer orderInTraining,
        @Min(1) @Max(100) Integer sets,
        @Min(1) @Max(1000) Integer reps,
        @Min(0) @Max(3600) Integer restTimeSec,
        @DecimalMin("0") @DecimalMax("1000") BigDecimal extraWeight) {

    static final int DEFAULT_SETS = 3;
    static final int DEFAULT_REPS = 10;
    static final int DEFAULT_REST_SEC = 60;

    /** A new exercise, seed 002's defaults filled in. */
    WorkoutExercise toNew() {
        if (exerciseId == null) {
            throw new InvalidFieldException("exercise_id", "is required");
        }
        return new WorkoutExercise(exerciseId, sets != null ? sets : DEFAULT_SETS, reps != null ? reps : DEFAULT_REPS,
                extraWeight, restTimeSec != null ? restTimeSec : DEFAULT_REST_SEC, null, orderInTraining);
    }

    WorkoutExercise toChange() {
        return new WorkoutExercise(exerciseId, sets, reps, extraWeight, restTimeSec, null, orderInTraining);
    }
}

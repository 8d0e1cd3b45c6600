package dev.overload.planning.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.overload.shared.units.WeightUnit;
import dev.overload.planning.PlanDifficulty;
import dev.overload.planning.PlanDetails;
import dev.overload.planning.WorkoutExercise;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Seed 003's update: every field optional; {@code exercises}, when given, replaces all exercises. */
@JsonIgnoreProperties({"id", "created_by", "created_at", "updated_at", "users"})
record UpdateWorkoutPlanRequest(
        @Size(min = 2, max = 255, message = "must be 2-255 characters") @Pattern(regexp = "\\s*\\S[\\s\\S]*\\S\\s*",
                message = "must have 2 characters besides leading and trailing spaces") String name,
        @Size(max = 2000, message = "must be at most 2000 characters") String description,
        @Size(min = 1, max = 20,
                message = "must list 1-20 muscle types") List<@NotBlank @Size(max = 40) String> muscleTypes,
        PlanDifficulty difficultyLevel,
        @Min(value = 5, message = "must be 5-300 minutes") @Max(value = 300,
                message = "must be 5-300 minutes") Integer estimatedDuration,
        Boolean isPublic,
        @Size(min = 1, max = 30,
                message = "must list 1-30 exercises") List<@Valid @NotNull WorkoutExerciseRequest> exercises) {

    PlanDetails toDetails() {
        return new PlanDetails(name == null ? null : name.strip(), description, null, isPublic, difficultyLevel,
                muscleTypes, estimatedDuration);
    }

    List<WorkoutExercise> toExercises(WeightUnit unit) {
        return exercises == null ? null : WorkoutExerciseRequest.toWorkoutExercises(exercises, unit);
    }
}

package dev.overload.planning.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.overload.shared.units.WeightUnit;
import dev.overload.planning.PlanDifficulty;
import dev.overload.planning.PlanStatus;
import dev.overload.planning.CompositePlan;
import dev.overload.planning.DayDetails;
import dev.overload.planning.ExerciseDetails;
import dev.overload.planning.PlanDetails;
import jakarta.validation.Valid;
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
import java.util.UUID;

/**
 * The whole plan as it should be. Positions come from the order of the arrays; {@code order_index} and
 * {@code set_index} in the payload are ignored. Weights are in the caller's unit.
 */
@JsonIgnoreProperties({"id", "user_id", "copied_from_id", "weight_unit", "created_at", "updated_at"})
record CompositePlanRequest(
        @NotBlank @Size(max = 255) String name,
        @Size(max = 2000) String description,
        PlanStatus status,
        Boolean isPublic,
        PlanDifficulty difficultyLevel,
        @Size(max = 20) List<@NotBlank @Size(max = 40) String> muscleTypes,
        @Min(5) @Max(300) Integer estimatedDuration,
        @NotNull @Size(max = 14) List<@Valid @NotNull Day> days) {

    @JsonIgnoreProperties({"training_plan_id", "order_index"})
    record Day(UUID id, @NotBlank @Size(max = 100) String name, @Size(max = 2000) String description,
            @Size(max = 30) List<@Valid @NotNull Exercise> exercises) {
    }

    @JsonIgnoreProperties({"training_plan_day_id", "exercise_name", "order_index"})
    record Exercise(UUID id, @NotNull UUID exerciseId, @Min(0) @Max(3600) Integer restTime,
            @Size(max = 500) String notes, @Size(max = 50) List<@Valid @NotNull Set> sets) {
    }

    @JsonIgnoreProperties({"training_plan_exercise_id", "set_index"})
    record Set(UUID id,
            @NotNull @Min(1) @Max(1000) Integer expectedReps,
            @NotNull @DecimalMin("0") @DecimalMax("10000") @Digits(integer = 5, fraction = 2) BigDecimal expectedWeight,
            @Min(1) @Max(36000) Integer expectedDurationSeconds,
            @Min(0) @Max(10) Integer expectedRir) {
    }

    CompositePlan toComposite(WeightUnit unit) {
        PlanDetails details = new PlanDetails(name.strip(), description, status, isPublic, difficultyLevel,
                muscleTypes, estimatedDuration);
        return new CompositePlan(details, days.stream().map(day -> new CompositePlan.Day(day.id(),
                new DayDetails(day.name().strip(), day.description()),
                orEmpty(day.exercises()).stream().map(exercise -> new CompositePlan.Exercise(exercise.id(),
                        new ExerciseDetails(exercise.exerciseId(), exercise.restTime(), exercise.notes()),
                        orEmpty(exercise.sets()).stream().map(set -> new CompositePlan.Set(set.id(),
                                SetRequests.target(set.expectedReps(), set.expectedWeight(),
                                        set.expectedDurationSeconds(), set.expectedRir(), unit)))
                                .toList()))
                        .toList()))
                .toList());
    }

    private static <T> List<T> orEmpty(List<T> items) {
        return items == null ? List.of() : items;
    }
}

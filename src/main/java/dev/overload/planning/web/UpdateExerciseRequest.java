package dev.overload.planning.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** Left-out fields are kept; {@code exercise_id} swaps the catalog exercise, {@code order_index} moves it. */
@JsonIgnoreProperties({"id", "training_plan_day_id", "exercise_name", "sets"})
record UpdateExerciseRequest(UUID exerciseId, @Min(1) Integer orderIndex, @Min(0) @Max(3600) Integer restTime,
        @Size(max = 500) String notes) {
}

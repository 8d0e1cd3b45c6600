package dev.overload.planning.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** A catalog exercise for a day, at {@code order_index} or at the end; rest between sets in seconds. */
record AddExerciseRequest(@NotNull UUID exerciseId, @Min(1) Integer orderIndex, @Min(0) @Max(3600) Integer restTime,
        @Size(max = 500) String notes) {
}

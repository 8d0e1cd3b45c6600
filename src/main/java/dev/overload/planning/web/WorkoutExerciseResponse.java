package dev.overload.planning.web;

import org.jspecify.annotations.Nullable;
import dev.overload.catalog.ExerciseSummary;
import dev.overload.shared.units.WeightUnit;
import dev.overload.planning.PlanTree;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Seed 003's exercise of a plan, with its catalog details. {@code sets} counts the target sets;
 * {@code reps} and {@code weight} are those of the first (they are uniform when set through this API).
 */
record WorkoutExerciseResponse(
        UUID id,
        UUID exerciseId,
        String exerciseName,
        @Nullable String exerciseDescription,
        @Nullable String bodyPart,
        @Nullable String exerciseType,
        @Nullable String difficulty,
        List<String> equipment,
        int sets,
        @Nullable Integer reps,
        @Nullable BigDecimal weight,
        @Nullable Integer restTime,
        @Nullable String notes,
        int orderIndex) {

    static WorkoutExerciseResponse from(PlanTree.Exercise exercise, int orderIndex, ExerciseSummary catalog,
            WeightUnit unit) {
        PlanTree.Set first = exercise.sets().isEmpty() ? null : exercise.sets().getFirst();
        return new WorkoutExerciseResponse(exercise.id(), exercise.exerciseId(),
                catalog == null ? exercise.exerciseName() : catalog.name(),
                catalog == null ? null : catalog.description(),
                catalog == null ? null : catalog.primaryMuscleGroup(),
                catalog == null ? null : catalog.type().name().toLowerCase(Locale.ROOT),
                catalog == null ? null : catalog.difficulty().name().toLowerCase(Locale.ROOT),
                catalog == null ? List.of() : catalog.equipment(),
                exercise.sets().size(),
                first == null ? null : first.expectedReps(),
                first == null ? null : unit.fromKilograms(first.expectedWeightKg()),
                exercise.restTimeSeconds(), exercise.notes(), orderIndex);
    }
}

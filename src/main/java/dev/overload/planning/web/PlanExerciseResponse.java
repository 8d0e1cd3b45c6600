package dev.overload.planning.web;

import org.jspecify.annotations.Nullable;
import dev.overload.shared.units.WeightUnit;
import dev.overload.planning.PlanTree;
import java.util.List;
import java.util.UUID;

/** A catalog exercise in a day: {@code exercise_id} is the catalog's, {@code id} this slot's; rest in seconds. */
record PlanExerciseResponse(UUID id, UUID exerciseId, String exerciseName, int orderIndex, UUID trainingPlanDayId,
        @Nullable Integer restTime, @Nullable String notes, List<PlanSetResponse> sets) {

    static PlanExerciseResponse from(PlanTree.Exercise exercise, WeightUnit unit) {
        return new PlanExerciseResponse(exercise.id(), exercise.exerciseId(), exercise.exerciseName(),
                exercise.orderIndex(), exercise.trainingPlanDayId(), exercise.restTimeSeconds(), exercise.notes(),
                exercise.sets().stream().map(set -> PlanSetResponse.from(set, unit)).toList());
    }
}

package dev.overload.planning.web;

import org.jspecify.annotations.Nullable;
import dev.overload.shared.units.WeightUnit;
import dev.overload.planning.PlanTree;
import java.util.List;
import java.util.UUID;

record DayResponse(UUID id, String name, @Nullable String description, int orderIndex, UUID trainingPlanId,
        List<PlanExerciseResponse> exercises) {

    static DayResponse from(PlanTree.Day day, WeightUnit unit) {
        return new DayResponse(day.id(), day.name(), day.description(), day.orderIndex(), day.trainingPlanId(),
                day.exercises().stream().map(exercise -> PlanExerciseResponse.from(exercise, unit)).toList());
    }
}

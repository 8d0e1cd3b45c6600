package dev.overload.planning.web;

import dev.overload.planning.PlanTree;
import dev.overload.shared.errors.NotFoundException;
import java.util.UUID;

/** Finding a day, exercise or set inside a read plan; what is not there is a 404. */
final class PlanParts {

    private PlanParts() {
    }

    static PlanTree.Day day(PlanTree plan, UUID dayId) {
        return plan.days().stream().filter(day -> day.id().equals(dayId)).findFirst()
                .orElseThrow(() -> new NotFoundException("Training plan day"));
    }

    static PlanTree.Exercise exercise(PlanTree plan, UUID dayId, UUID plannedExerciseId) {
        return day(plan, dayId).exercises().stream().filter(exercise -> exercise.id().equals(plannedExerciseId))
                .findFirst().orElseThrow(() -> new NotFoundException("Training plan exercise"));
    }

    static PlanTree.Set set(PlanTree plan, UUID dayId, UUID plannedExerciseId, UUID setId) {
        return exercise(plan, dayId, plannedExerciseId).sets().stream().filter(set -> set.id().equals(setId))
                .findFirst().orElseThrow(() -> new NotFoundException("Training plan exercise set"));
    }
}

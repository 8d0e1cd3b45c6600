package dev.overload.planning.domain;

import dev.overload.planning.DayDetails;
import dev.overload.planning.ExerciseDetails;
import dev.overload.planning.SetTarget;
import dev.overload.shared.errors.NotFoundException;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Editing a plan's days, exercises and sets one at a time, keeping each list densely ordered: an item
 * inserted at a position shifts the following ones, no position appends, moving re-indexes, deleting
 * closes the gap. The plan row is locked first, so concurrent edits take turns.
 */
@Service
public class PlanStructure {

    private final PlanAccess access;
    private final Plans plans;

    PlanStructure(PlanAccess access, Plans plans) {
        this.access = access;
        this.plans = plans;
    }

    @Transactional
    public UUID addDay(UUID callerId, UUID planId, DayDetails details, Integer position) {
        return access.forChange(callerId, planId).addDay(details, position).getId();
    }

    @Transactional
    public void updateDay(UUID callerId, UUID planId, UUID dayId, DayDetails details, Integer position) {
        TrainingPlan plan = access.forChange(callerId, planId);
        TrainingDay day = day(plan, dayId);
        day.apply(details);
        plan.moveDay(day, position);
    }

    @Transactional
    public void removeDay(UUID callerId, UUID planId, UUID dayId) {
        TrainingPlan plan = access.forChange(callerId, planId);
        plan.removeDay(day(plan, dayId));
    }

    @Transactional
    public UUID addExercise(UUID callerId, UUID planId, UUID dayId, ExerciseDetails details, Integer position) {
        TrainingPlan plan = access.forChange(callerId, planId);
        plans.requireUsable(callerId, List.of(details.exerciseId()));
        return day(plan, dayId).addExercise(details, position).getId();
    }

    @Transactional
    public void updateExercise(UUID callerId, UUID planId, UUID dayId, UUID plannedExerciseId,
            ExerciseDetails details, Integer position) {
        TrainingPlan plan = access.forChange(callerId, planId);
        TrainingDay day = day(plan, dayId);
        PlannedExercise exercise = exercise(day, plannedExerciseId);
        if (details.exerciseId() != null) {
            plans.requireUsable(callerId, List.of(details.exerciseId()));
        }
        exercise.apply(details);
        day.moveExercise(exercise, position);
    }

    @Transactional
    public void removeExercise(UUID callerId, UUID planId, UUID dayId, UUID plannedExerciseId) {
        TrainingDay day = day(access.forChange(callerId, planId), dayId);
        day.removeExercise(exercise(day, plannedExerciseId));
    }

    @Transactional
    public UUID addSet(UUID callerId, UUID planId, UUID dayId, UUID plannedExerciseId, SetTarget target,
            Integer position) {
        PlannedExercise exercise = exercise(day(access.forChange(callerId, planId), dayId), plannedExerciseId);
        return exercise.addSet(target, position).getId();
    }

    /** {@code change} gets the current target and returns the new one. */
    @Transactional
    public void updateSet(UUID callerId, UUID planId, UUID dayId, UUID plannedExerciseId, UUID setId,
            java.util.function.UnaryOperator<SetTarget> change, Integer position) {
        PlannedExercise exercise = exercise(day(access.forChange(callerId, planId), dayId), plannedExerciseId);
        PlannedSet set = set(exercise, setId);
        set.aim(change.apply(set.target()));
        exercise.moveSet(set, position);
    }

    @Transactional
    public void removeSet(UUID callerId, UUID planId, UUID dayId, UUID plannedExerciseId, UUID setId) {
        PlannedExercise exercise = exercise(day(access.forChange(callerId, planId), dayId), plannedExerciseId);
        exercise.removeSet(set(exercise, setId));
    }

    private static TrainingDay day(TrainingPlan plan, UUID dayId) {
        return plan.day(dayId).orElseThrow(() -> new NotFoundException("Training plan day"));
    }

    private static PlannedExercise exercise(TrainingDay day, UUID plannedExerciseId) {
        return day.exercise(plannedExerciseId).orElseThrow(() -> new NotFoundException("Training plan exercise"));
    }

    private static PlannedSet set(PlannedExercise exercise, UUID setId) {
        return exercise.set(setId).orElseThrow(() -> new NotFoundException("Training plan exercise set"));
    }
}

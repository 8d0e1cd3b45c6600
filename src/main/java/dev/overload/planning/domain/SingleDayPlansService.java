package dev.overload.planning.domain;

import dev.overload.planning.PlanDetails;
import dev.overload.planning.SingleDayPlans;
import dev.overload.planning.WorkoutExercise;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Seed 003's workout plans, offered to the modules above (see {@link WorkoutPlans}). */
@Service
class SingleDayPlansService implements SingleDayPlans {

    private final WorkoutPlans workoutPlans;
    private final Plans plans;

    SingleDayPlansService(WorkoutPlans workoutPlans, Plans plans) {
        this.workoutPlans = workoutPlans;
        this.plans = plans;
    }

    @Override
    @Transactional
    public PlanDay create(UUID userId, String name, String description) {
        TrainingPlan plan = workoutPlans.createPlan(userId, PlanDetails.named(name, description), List.of());
        return new PlanDay(plan.getId(), plan.days().getFirst().getId());
    }

    @Override
    public void describe(UUID userId, UUID planId, String name, String description) {
        workoutPlans.describe(userId, planId, name, description);
    }

    @Override
    public void delete(UUID userId, UUID planId) {
        plans.delete(userId, planId);
    }

    @Override
    public UUID addExercise(UUID userId, UUID planId, WorkoutExercise exercise) {
        return workoutPlans.addExercise(userId, planId, exercise);
    }

    @Override
    public void updateExercise(UUID userId, UUID planId, UUID slotId, WorkoutExercise change) {
        workoutPlans.updateExercise(userId, planId, slotId, change);
    }

    @Override
    public void removeExercise(UUID userId, UUID planId, UUID slotId) {
        workoutPlans.removeExercise(userId, planId, slotId);
    }
}

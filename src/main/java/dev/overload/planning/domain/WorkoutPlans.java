package dev.overload.planning.domain;

import dev.overload.planning.DayDetails;
import dev.overload.planning.ExerciseDetails;
import dev.overload.planning.PlanDetails;
import dev.overload.planning.SetTarget;
import dev.overload.planning.WorkoutExercise;
import dev.overload.catalog.ExerciseCatalog;
import dev.overload.shared.errors.ConflictException;
import dev.overload.shared.errors.InvalidFieldException;
import dev.overload.shared.errors.NotFoundException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seed 003's workout plans on the same plans as seed 004: a workout plan is a plan with one day, and each
 * of its exercises has uniform sets. A plan with several days is shown by both APIs, but its exercises can
 * only be changed through {@code /api/training-plans}, where it is clear which day is meant.
 */
@Service
public class WorkoutPlans {

    private static final int DAY_NAME_LENGTH = 100;

    private final TrainingPlanRepository plans;
    private final PlanAccess access;
    private final Plans planService;
    private final ExerciseCatalog catalog;

    WorkoutPlans(TrainingPlanRepository plans, PlanAccess access, Plans planService, ExerciseCatalog catalog) {
        this.plans = plans;
        this.access = access;
        this.planService = planService;
        this.catalog = catalog;
    }

    @Transactional
    public UUID create(UUID callerId, PlanDetails details, List<WorkoutExercise> exercises) {
        return createPlan(callerId, details, exercises).getId();
    }

    /** The new plan, with its one day. */
    TrainingPlan createPlan(UUID callerId, PlanDetails details, List<WorkoutExercise> exercises) {
        TrainingPlan plan = new TrainingPlan(callerId, planService.withValidMuscleTypes(details));
        requireExisting(callerId, exercises, "exercises");
        TrainingDay day = plan.addDay(dayNamedAfter(details.name()), null);
        inListedOrder(exercises).forEach(exercise -> add(day, exercise, null));
        // Written at once: a module that goes on in the same transaction (scheduling it) reads it in SQL.
        return plans.saveAndFlush(plan);
    }

    /** Changes the given fields; {@code exercises}, when given, replaces all of the plan's exercises. */
    @Transactional
    public void update(UUID callerId, UUID planId, PlanDetails details, List<WorkoutExercise> exercises) {
        TrainingPlan plan = access.forChange(callerId, planId);
        plan.apply(planService.withValidMuscleTypes(details));
        if (exercises != null) {
            requireExisting(callerId, exercises, "exercises");
            TrainingDay day = onlyDay(plan);
            day.replaceExercises(new ArrayList<>());
            inListedOrder(exercises).forEach(exercise -> add(day, exercise, null));
        }
    }

    /** Renames the plan and its one day together, and describes the plan; null fields keep their value. */
    @Transactional
    public void describe(UUID callerId, UUID planId, String name, String description) {
        TrainingPlan plan = access.forChange(callerId, planId);
        plan.apply(PlanDetails.named(name, description));
        if (name != null) {
            onlyDay(plan).apply(dayNamedAfter(name));
        }
    }

    @Transactional
    public UUID addExercise(UUID callerId, UUID planId, WorkoutExercise exercise) {
        TrainingPlan plan = access.forChange(callerId, planId);
        requireExisting(callerId, List.of(exercise), null);
        return add(onlyDay(plan), exercise, exercise.orderIndex()).getId();
    }

    @Transactional
    public void updateExercise(UUID callerId, UUID planId, UUID plannedExerciseId, WorkoutExercise change) {
        TrainingPlan plan = access.forChange(callerId, planId);
        TrainingDay day = dayHolding(plan, plannedExerciseId);
        PlannedExercise exercise = day.exercise(plannedExerciseId).orElseThrow();
        if (change.exerciseId() != null) {
            requireExisting(callerId, List.of(change), null);
        }
        exercise.apply(new ExerciseDetails(change.exerciseId(), change.restTime(), change.notes()));
        if (change.sets() != null || change.reps() != null || change.weightKg() != null) {
            SetTarget current = exercise.sets().isEmpty()
                    ? new SetTarget(1, BigDecimal.ZERO, null, null) : exercise.sets().getFirst().target();
            int count = change.sets() != null ? change.sets() : Math.max(1, exercise.sets().size());
            exercise.replaceSetsWithUniform(count, new SetTarget(
                    change.reps() != null ? change.reps() : current.reps(),
                    change.weightKg() != null ? change.weightKg() : current.weightKg(),
                    current.durationSeconds(), current.rir()));
        }
        day.moveExercise(exercise, change.orderIndex());
    }

    @Transactional
    public void removeExercise(UUID callerId, UUID planId, UUID plannedExerciseId) {
        TrainingPlan plan = access.forChange(callerId, planId);
        TrainingDay day = dayHolding(plan, plannedExerciseId);
        day.removeExercise(day.exercise(plannedExerciseId).orElseThrow());
    }

    private static PlannedExercise add(TrainingDay day, WorkoutExercise exercise, Integer position) {
        PlannedExercise planned = day.addExercise(
                new ExerciseDetails(exercise.exerciseId(), exercise.restTime(), exercise.notes()), position);
        planned.replaceSetsWithUniform(exercise.sets(), new SetTarget(exercise.reps(),
                exercise.weightKg() == null ? BigDecimal.ZERO : exercise.weightKg(), null, null));
        return planned;
    }

    /**
     * A whole list of exercises in seed 003's order: by {@code order_index} where given, else by place in the
     * list (1-based); ties keep list order. Stored positions are then 1..n, whatever the numbers sent.
     */
    private static List<WorkoutExercise> inListedOrder(List<WorkoutExercise> exercises) {
        return IntStream.range(0, exercises.size()).boxed()
                .sorted(Comparator.comparingInt(i -> exercises.get(i).orderIndex() != null
                        ? exercises.get(i).orderIndex() : i + 1))
                .map(exercises::get)
                .toList();
    }

    /** The one day is named as its plan, cut to the 100 characters a day's name may have (plans have 255). */
    private static DayDetails dayNamedAfter(String planName) {
        if (planName.codePointCount(0, planName.length()) <= DAY_NAME_LENGTH) {
            return new DayDetails(planName, null);
        }
        return new DayDetails(planName.substring(0, planName.offsetByCodePoints(0, DAY_NAME_LENGTH)).strip(), null);
    }

    /** The plan's one day, made if the plan has none yet. */
    private static TrainingDay onlyDay(TrainingPlan plan) {
        if (plan.days().size() > 1) {
            throw new ConflictException("This plan has " + plan.days().size()
                    + " days; change its exercises through /api/training-plans/" + plan.getId() + "/days");
        }
        return plan.days().isEmpty() ? plan.addDay(dayNamedAfter(plan.name()), null) : plan.days().getFirst();
    }

    private static TrainingDay dayHolding(TrainingPlan plan, UUID plannedExerciseId) {
        return plan.days().stream().filter(day -> day.exercise(plannedExerciseId).isPresent()).findFirst()
                .orElseThrow(() -> new NotFoundException("Workout plan exercise"));
    }

    /** Seed 003 treats an unknown exercise as invalid input (400), naming it. */
    private void requireExisting(UUID callerId, List<WorkoutExercise> exercises, String listField) {
        Set<UUID> known = catalog.visibleTo(callerId,
                exercises.stream().map(WorkoutExercise::exerciseId).distinct().toList()).keySet();
        for (int i = 0; i < exercises.size(); i++) {
            if (!known.contains(exercises.get(i).exerciseId())) {
                String field = listField == null ? "exercise_id" : listField + "[" + i + "].exercise_id";
                throw new InvalidFieldException(field, "must be the id of an existing exercise");
            }
        }
    }
}

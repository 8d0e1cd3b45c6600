package dev.overload.coach.web;

import dev.overload.catalog.ExerciseCategory;
import dev.overload.catalog.ExerciseType;
import dev.overload.coach.domain.NewExercise;
import dev.overload.coach.domain.SuggestedPlan;
import dev.overload.shared.units.WeightUnit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/**
 * A plan in the shape of a training plan (seed 004's TrainingPlanDto) with {@code is_ai_modified} on the plan and
 * each day, exercise and set: what the coach changed or added. Parts the coach adds have no ids yet. Weights in
 * {@code weight_unit}.
 */
record SuggestedPlanResponse(UUID id, UUID userId, String name, @Nullable String description, WeightUnit weightUnit,
        boolean isAiModified, List<Day> days, List<NewExerciseResponse> newExercises) {

    /**
     * An exercise the coach proposes that the catalog lacks: exercises of the plan name it by this provisional
     * {@code id}; applying the suggestion makes it your custom exercise (yours of the same name if you have one).
     */
    record NewExerciseResponse(UUID id, String name, @Nullable String description, ExerciseCategory category,
            ExerciseType type, String primaryMuscleGroup, List<String> equipment) {

        static NewExerciseResponse from(NewExercise exercise) {
            return new NewExerciseResponse(exercise.provisionalId(), exercise.name(), exercise.description(),
                    exercise.category(), exercise.type(), exercise.primaryMuscleGroup(), exercise.equipment());
        }
    }

    record Day(@Nullable UUID id, UUID trainingPlanId, String name, @Nullable String description, int orderIndex,
            boolean isAiModified, List<Exercise> exercises) {
    }

    record Exercise(@Nullable UUID id, @Nullable UUID trainingPlanDayId, UUID exerciseId, String exerciseName,
            int orderIndex, @Nullable Integer restTime, @Nullable String notes, boolean isAiModified,
            List<Set> sets) {
    }

    record Set(@Nullable UUID id, @Nullable UUID trainingPlanExerciseId, int setIndex, int expectedReps,
            BigDecimal expectedWeight, @Nullable Integer expectedDurationSeconds, @Nullable Integer expectedRir,
            boolean isAiModified) {
    }

    /** A suggestion as proposed. */
    static SuggestedPlanResponse from(UUID planId, UUID userId, SuggestedPlan plan, WeightUnit unit) {
        return new SuggestedPlanResponse(planId, userId, plan.name(), plan.description(), unit, plan.modified(),
                indexed(plan.days().size(), d -> {
                    SuggestedPlan.Day day = plan.days().get(d);
                    return new Day(day.id(), planId, day.name(), day.description(), d + 1, day.modified(),
                            indexed(day.exercises().size(), e -> {
                                SuggestedPlan.Exercise exercise = day.exercises().get(e);
                                return new Exercise(exercise.id(), day.id(), exercise.exerciseId(),
                                        exercise.exerciseName(), e + 1, exercise.restTimeSeconds(), exercise.notes(),
                                        exercise.modified(), indexed(exercise.sets().size(), s -> {
                                            SuggestedPlan.Set set = exercise.sets().get(s);
                                            return new Set(set.id(), exercise.id(), s + 1, set.reps(),
                                                    unit.fromKilograms(set.weightKg()), set.durationSeconds(),
                                                    set.rir(), set.modified());
                                        }));
                            }));
                }), plan.newExercises().stream().map(NewExerciseResponse::from).toList());
    }

    private static <T> List<T> indexed(int size, IntFunction<T> item) {
        List<T> items = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            items.add(item.apply(i));
        }
        return items;
    }
}

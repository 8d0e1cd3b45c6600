package dev.overload.coach.domain;

import dev.overload.planning.CompositePlan;
import dev.overload.planning.DayDetails;
import dev.overload.planning.ExerciseDetails;
import dev.overload.planning.PlanDetails;
import dev.overload.planning.SetTarget;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A plan as a coach proposes it, with what it changed marked ({@code modified}): kept parts carry their ids, new
 * parts have none. The plan and a day are modified when anything in them is; an exercise when it is new or its own
 * fields (catalog exercise, rest, notes, position, number of sets) changed; a set when it is new or its targets
 * changed. Weights in kilograms.
 */
public record SuggestedPlan(String name, @Nullable String description, boolean modified, List<Day> days,
        List<NewExercise> newExercises) {

    public SuggestedPlan {
        newExercises = newExercises == null ? List.of() : List.copyOf(newExercises);
    }

    public SuggestedPlan(String name, @Nullable String description, boolean modified, List<Day> days) {
        this(name, description, modified, days, List.of());
    }

    public SuggestedPlan withNewExercises(List<NewExercise> exercises) {
        return new SuggestedPlan(name, description, modified, days, exercises);
    }

    public record Day(@Nullable UUID id, String name, @Nullable String description, boolean modified,
            List<Exercise> exercises) {
    }

    public record Exercise(@Nullable UUID id, UUID exerciseId, String exerciseName, @Nullable Integer restTimeSeconds,
            @Nullable String notes, boolean modified, List<Set> sets) {
    }

    public record Set(@Nullable UUID id, int reps, BigDecimal weightKg, @Nullable Integer durationSeconds,
            @Nullable Integer rir, boolean modified) {
    }

    /**
     * The composite update that makes the plan exactly this (its other fields kept), provisional exercise ids
     * replaced by {@code exerciseIds}.
     */
    public CompositePlan toComposite(java.util.Map<UUID, UUID> exerciseIds) {
        return new CompositePlan(PlanDetails.named(name, description), days.stream()
                .map(day -> new CompositePlan.Day(day.id(), new DayDetails(day.name(), day.description()),
                        day.exercises().stream().map(exercise -> new CompositePlan.Exercise(exercise.id(),
                                new ExerciseDetails(exerciseIds.getOrDefault(exercise.exerciseId(),
                                        exercise.exerciseId()), exercise.restTimeSeconds(),
                                        exercise.notes()),
                                exercise.sets().stream().map(set -> new CompositePlan.Set(set.id(),
                                        new SetTarget(set.reps(), set.weightKg(), set.durationSeconds(), set.rir())))
                                        .toList()))
                                .toList()))
                .toList());
    }
}

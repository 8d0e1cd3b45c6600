package dev.overload.coach.domain;

import dev.overload.planning.CompositePlan;
import dev.overload.planning.PlanTree;
import dev.overload.planning.SetTarget;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Compares a proposed plan with the stored one: marks what changed ({@link SuggestedPlan}) and lists the ids of
 * what the proposal leaves out (the topmost removed part only: a removed day, not also its exercises).
 */
public final class PlanDiff {

    private PlanDiff() {
    }

    public record Result(SuggestedPlan plan, List<UUID> removed) {

        public boolean changesAnything() {
            return plan.modified() || !removed.isEmpty();
        }
    }

    /** {@code names} gives the name of each catalog exercise of the proposal. */
    public static Result of(PlanTree stored, CompositePlan proposed, Map<UUID, String> names) {
        Map<UUID, PlanTree.Day> storedDays = byId(stored.days(), PlanTree.Day::id);
        List<UUID> removed = new ArrayList<>();
        Set<UUID> keptDays = new HashSet<>();
        List<SuggestedPlan.Day> days = new ArrayList<>();
        for (int d = 0; d < proposed.days().size(); d++) {
            CompositePlan.Day day = proposed.days().get(d);
            PlanTree.Day before = day.id() == null ? null : storedDays.get(day.id());
            if (before != null) {
                keptDays.add(before.id());
            }
            days.add(day(before, day, d + 1, names, removed));
        }
        stored.days().stream().map(PlanTree.Day::id).filter(id -> !keptDays.contains(id)).forEach(removed::add);
        String description = proposed.details().description();
        boolean planChanged = !proposed.details().name().equals(stored.name())
                || !Objects.equals(description, stored.plan().description())
                || !removed.isEmpty() || days.stream().anyMatch(SuggestedPlan.Day::modified);
        return new Result(new SuggestedPlan(proposed.details().name(), description, planChanged, days),
                List.copyOf(removed));
    }

    private static SuggestedPlan.Day day(PlanTree.Day before, CompositePlan.Day day, int position,
            Map<UUID, String> names, List<UUID> removed) {
        Map<UUID, PlanTree.Exercise> storedExercises = before == null ? Map.of()
                : byId(before.exercises(), PlanTree.Exercise::id);
        Set<UUID> kept = new HashSet<>();
        List<SuggestedPlan.Exercise> exercises = new ArrayList<>();
        int removedBefore = removed.size();
        for (int e = 0; e < day.exercises().size(); e++) {
            CompositePlan.Exercise exercise = day.exercises().get(e);
            PlanTree.Exercise was = exercise.id() == null ? null : storedExercises.get(exercise.id());
            if (was != null) {
                kept.add(was.id());
            }
            exercises.add(exercise(was, exercise, e + 1, names, removed));
        }
        if (before != null) {
            before.exercises().stream().map(PlanTree.Exercise::id).filter(id -> !kept.contains(id))
                    .forEach(removed::add);
        }
        boolean changed = before == null || before.orderIndex() != position
                || !before.name().equals(day.details().name())
                || !Objects.equals(before.description(), day.details().description())
                || removed.size() > removedBefore
                || exercises.stream().anyMatch(exercise -> exercise.modified()
                        || exercise.sets().stream().anyMatch(SuggestedPlan.Set::modified));
        return new SuggestedPlan.Day(day.id(), day.details().name(), day.details().description(), changed, exercises);
    }

    private static SuggestedPlan.Exercise exercise(PlanTree.Exercise before, CompositePlan.Exercise exercise,
            int position, Map<UUID, String> names, List<UUID> removed) {
        Map<UUID, PlanTree.Set> storedSets = before == null ? Map.of() : byId(before.sets(), PlanTree.Set::id);
        Set<UUID> kept = new HashSet<>();
        List<SuggestedPlan.Set> sets = new ArrayList<>();
        for (int s = 0; s < exercise.sets().size(); s++) {
            CompositePlan.Set set = exercise.sets().get(s);
            PlanTree.Set was = set.id() == null ? null : storedSets.get(set.id());
            if (was != null) {
                kept.add(was.id());
            }
            SetTarget target = set.target();
            boolean changed = was == null || was.setIndex() != s + 1 || was.expectedReps() != target.reps()
                    || was.expectedWeightKg().compareTo(target.weightKg()) != 0
                    || !Objects.equals(was.expectedDurationSeconds(), target.durationSeconds())
                    || !Objects.equals(was.expectedRir(), target.rir());
            sets.add(new SuggestedPlan.Set(set.id(), target.reps(), target.weightKg(), target.durationSeconds(),
                    target.rir(), changed));
        }
        if (before != null) {
            before.sets().stream().map(PlanTree.Set::id).filter(id -> !kept.contains(id)).forEach(removed::add);
        }
        UUID exerciseId = exercise.details().exerciseId();
        boolean changed = before == null || before.orderIndex() != position
                || !before.exerciseId().equals(exerciseId)
                || !Objects.equals(before.restTimeSeconds(), exercise.details().restTimeSeconds())
                || !Objects.equals(before.notes(), exercise.details().notes())
                || before.sets().size() != exercise.sets().size();
        String name = names.getOrDefault(exerciseId, before == null ? "" : before.exerciseName());
        return new SuggestedPlan.Exercise(exercise.id(), exerciseId, name, exercise.details().restTimeSeconds(),
                exercise.details().notes(), changed, sets);
    }

    private static <T> Map<UUID, T> byId(List<T> items, Function<T, UUID> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a, HashMap::new));
    }
}

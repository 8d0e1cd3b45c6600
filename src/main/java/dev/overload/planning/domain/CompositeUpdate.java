package dev.overload.planning.domain;

import dev.overload.planning.CompositePlan;
import dev.overload.shared.errors.InvalidFieldException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Brings a loaded plan to the state a {@link CompositePlan} describes. An id must name an item of the same
 * parent in this plan; anything else is a client error naming the field (e.g. {@code days[1].exercises[0].id}).
 */
final class CompositeUpdate {

    private CompositeUpdate() {
    }

    static void apply(TrainingPlan plan, CompositePlan target) {
        plan.apply(target.details());
        Map<UUID, TrainingDay> storedDays = byId(plan.days(), TrainingDay::getId);
        List<TrainingDay> days = new ArrayList<>();
        for (int d = 0; d < target.days().size(); d++) {
            CompositePlan.Day wanted = target.days().get(d);
            String path = "days[" + d + "]";
            TrainingDay day = claim(storedDays, wanted.id(), path + ".id", "a day of this plan");
            if (day == null) {
                day = plan.newDay(wanted.details());
            } else {
                day.apply(wanted.details());
            }
            applyExercises(day, wanted.exercises(), path);
            days.add(day);
        }
        plan.replaceDays(days);
    }

    private static void applyExercises(TrainingDay day, List<CompositePlan.Exercise> wantedExercises, String dayPath) {
        Map<UUID, PlannedExercise> stored = byId(day.exercises(), PlannedExercise::getId);
        List<PlannedExercise> exercises = new ArrayList<>();
        for (int e = 0; e < wantedExercises.size(); e++) {
            CompositePlan.Exercise wanted = wantedExercises.get(e);
            String path = dayPath + ".exercises[" + e + "]";
            PlannedExercise exercise = claim(stored, wanted.id(), path + ".id", "an exercise of this day");
            if (exercise == null) {
                exercise = day.newExercise(wanted.details());
            } else {
                exercise.apply(wanted.details());
            }
            applySets(exercise, wanted.sets(), path);
            exercises.add(exercise);
        }
        day.replaceExercises(exercises);
    }

    private static void applySets(PlannedExercise exercise, List<CompositePlan.Set> wantedSets, String exercisePath) {
        Map<UUID, PlannedSet> stored = byId(exercise.sets(), PlannedSet::getId);
        List<PlannedSet> sets = new ArrayList<>();
        for (int s = 0; s < wantedSets.size(); s++) {
            CompositePlan.Set wanted = wantedSets.get(s);
            PlannedSet set = claim(stored, wanted.id(), exercisePath + ".sets[" + s + "].id", "a set of this exercise");
            if (set == null) {
                set = exercise.newSet(wanted.target());
            } else {
                set.aim(wanted.target());
            }
            sets.add(set);
        }
        exercise.replaceSets(sets);
    }

    /** The stored item with that id, taken so that the same id cannot be used twice; null for a new item. */
    private static <T> T claim(Map<UUID, T> stored, UUID id, String field, String what) {
        if (id == null) {
            return null;
        }
        T item = stored.remove(id);
        if (item == null) {
            throw new InvalidFieldException(field, "is not " + what + " (leave it out to create a new one)");
        }
        return item;
    }

    private static <T> Map<UUID, T> byId(List<T> items, Function<T, UUID> id) {
        Map<UUID, T> map = new HashMap<>();
        items.forEach(item -> map.put(id.apply(item), item));
        return map;
    }
}

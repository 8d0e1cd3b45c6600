package dev.overload.coach.builtin;

import dev.overload.catalog.Difficulty;
import dev.overload.catalog.ExerciseCategory;
import dev.overload.catalog.ExerciseSummary;
import dev.overload.catalog.ExerciseType;
import dev.overload.planning.CompositePlan;
import dev.overload.planning.DayDetails;
import dev.overload.planning.ExerciseDetails;
import dev.overload.planning.PlanDetails;
import dev.overload.planning.PlanTree;
import dev.overload.planning.SetTarget;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A plan being rewritten by the rules: a mutable copy of the stored tree that knows each exercise's catalog entry. */
final class Draft {

    final String name;
    final @Nullable String description;
    final List<Day> days = new ArrayList<>();

    private Draft(String name, @Nullable String description) {
        this.name = name;
        this.description = description;
    }

    static Draft of(PlanTree plan, Map<UUID, ExerciseSummary> catalog) {
        Draft draft = new Draft(plan.name(), plan.plan().description());
        for (PlanTree.Day day : plan.days()) {
            Day copy = new Day(day.id(), day.name(), day.description());
            for (PlanTree.Exercise exercise : day.exercises()) {
                ExerciseSummary summary = catalog.getOrDefault(exercise.exerciseId(), unknown(exercise));
                Slot slot = new Slot(exercise.id(), summary, exercise.restTimeSeconds(), exercise.notes());
                exercise.sets().forEach(set -> slot.sets.add(new Set(set.id(), set.expectedReps(),
                        set.expectedWeightKg(), set.expectedDurationSeconds(), set.expectedRir())));
                copy.slots.add(slot);
            }
            draft.days.add(copy);
        }
        return draft;
    }

    /** An exercise of the plan the user may no longer use (someone else's, say): kept, never chosen. */
    private static ExerciseSummary unknown(PlanTree.Exercise exercise) {
        return new ExerciseSummary(exercise.exerciseId(), exercise.exerciseName(), null, ExerciseCategory.STRENGTH,
                ExerciseType.COMPOUND, Difficulty.BEGINNER, "full_body", "full_body", List.of(), List.of(), true);
    }

    CompositePlan toComposite() {
        return new CompositePlan(PlanDetails.named(name, description), days.stream()
                .map(day -> new CompositePlan.Day(day.id, new DayDetails(day.name, day.description),
                        day.slots.stream().map(slot -> new CompositePlan.Exercise(slot.id,
                                new ExerciseDetails(slot.exercise.id(), slot.rest, slot.notes),
                                slot.sets.stream().map(set -> new CompositePlan.Set(set.id,
                                        new SetTarget(set.reps, set.weightKg, set.durationSeconds, set.rir)))
                                        .toList()))
                                .toList()))
                .toList());
    }

    static final class Day {
        final @Nullable UUID id;
        String name;
        final @Nullable String description;
        final List<Slot> slots = new ArrayList<>();

        Day(@Nullable UUID id, String name, @Nullable String description) {
            this.id = id;
            this.name = name;
            this.description = description;
        }

        boolean holds(UUID exerciseId) {
            return slots.stream().anyMatch(slot -> slot.exercise.id().equals(exerciseId));
        }

        boolean trains(String bodyPart) {
            return slots.stream().anyMatch(slot -> Catalog.works(slot.exercise, bodyPart));
        }

        int sets() {
            return slots.stream().mapToInt(slot -> slot.sets.size()).sum();
        }
    }

    static final class Slot {
        final @Nullable UUID id;
        ExerciseSummary exercise;
        @Nullable
        Integer rest;
        @Nullable
        String notes;
        final List<Set> sets = new ArrayList<>();

        Slot(@Nullable UUID id, ExerciseSummary exercise, @Nullable Integer rest, @Nullable String notes) {
            this.id = id;
            this.exercise = exercise;
            this.rest = rest;
            this.notes = notes;
        }

        boolean isCompound() {
            return exercise.type() == ExerciseType.COMPOUND;
        }

        /** The slot's sets made {@code count} long: the last set repeated as a new one, or the last ones dropped. */
        void resize(int count) {
            while (sets.size() > count) {
                sets.removeLast();
            }
            while (sets.size() < count && !sets.isEmpty()) {
                Set last = sets.getLast();
                sets.add(new Set(null, last.reps, last.weightKg, last.durationSeconds, last.rir));
            }
        }
    }

    static final class Set {
        final @Nullable UUID id;
        int reps;
        BigDecimal weightKg;
        @Nullable
        Integer durationSeconds;
        @Nullable
        Integer rir;

        Set(@Nullable UUID id, int reps, BigDecimal weightKg, @Nullable Integer durationSeconds,
                @Nullable Integer rir) {
            this.id = id;
            this.reps = reps;
            this.weightKg = weightKg;
            this.durationSeconds = durationSeconds;
            this.rir = rir;
        }
    }
}

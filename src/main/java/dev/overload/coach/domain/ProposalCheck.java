package dev.overload.coach.domain;

import dev.overload.planning.CompositePlan;
import dev.overload.planning.PlanTree;
import dev.overload.planning.SetTarget;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Whether a proposed plan is one the composite update takes and a user can train: the API's bounds, ids that name a
 * part of the same parent in the stored plan (each once), exercises the user may use, and no exercise twice in a
 * day (unless the stored day already had it twice and the proposal keeps both). Answers the problems, each naming
 * its place ({@code days[0].exercises[1].sets[2].reps}); none means valid.
 */
public final class ProposalCheck {

    public static final int MAX_DAYS = 14;
    public static final int MAX_EXERCISES = 30;
    public static final int MAX_SETS = 50;
    private static final BigDecimal MAX_WEIGHT = new BigDecimal("10000");

    private ProposalCheck() {
    }

    public static List<String> problems(PlanTree stored, CompositePlan proposal, Set<UUID> usableExerciseIds) {
        List<String> problems = new ArrayList<>();
        text(problems, "name", proposal.details().name(), 255, true);
        text(problems, "description", proposal.details().description(), 2000, false);
        if (proposal.days().size() > MAX_DAYS) {
            problems.add("days: at most " + MAX_DAYS);
        }
        Map<UUID, PlanTree.Day> days = new HashMap<>();
        stored.days().forEach(day -> days.put(day.id(), day));
        for (int d = 0; d < proposal.days().size(); d++) {
            CompositePlan.Day day = proposal.days().get(d);
            String path = "days[" + d + "]";
            PlanTree.Day storedDay = null;
            if (day.id() != null) {
                storedDay = days.remove(day.id());
                if (storedDay == null) {
                    problems.add(path + ".id: not a day of this plan (or used twice)");
                }
            }
            text(problems, path + ".name", day.details().name(), 100, true);
            text(problems, path + ".description", day.details().description(), 2000, false);
            exercises(problems, path, storedDay, day.exercises(), usableExerciseIds);
        }
        return problems;
    }

    private static void exercises(List<String> problems, String dayPath, PlanTree.Day storedDay,
            List<CompositePlan.Exercise> exercises, Set<UUID> usable) {
        if (exercises.size() > MAX_EXERCISES) {
            problems.add(dayPath + ".exercises: at most " + MAX_EXERCISES);
        }
        Map<UUID, PlanTree.Exercise> stored = new HashMap<>();
        if (storedDay != null) {
            storedDay.exercises().forEach(exercise -> stored.put(exercise.id(), exercise));
        }
        Map<UUID, Integer> slots = new HashMap<>();
        Set<UUID> newlyPlaced = new HashSet<>();
        for (int e = 0; e < exercises.size(); e++) {
            CompositePlan.Exercise exercise = exercises.get(e);
            String path = dayPath + ".exercises[" + e + "]";
            PlanTree.Exercise storedExercise = null;
            if (exercise.id() != null) {
                storedExercise = stored.remove(exercise.id());
                if (storedExercise == null) {
                    problems.add(path + ".id: not an exercise of this day (or used twice)");
                }
            }
            UUID exerciseId = exercise.details().exerciseId();
            if (exerciseId == null || !usable.contains(exerciseId)) {
                problems.add(path + ".exercise_id: not an exercise of the catalog this user may use");
            } else {
                slots.merge(exerciseId, 1, Integer::sum);
                if (storedExercise == null || !storedExercise.exerciseId().equals(exerciseId)) {
                    newlyPlaced.add(exerciseId);
                }
            }
            Integer rest = exercise.details().restTimeSeconds();
            if (rest != null && (rest < 0 || rest > 3600)) {
                problems.add(path + ".rest_time: between 0 and 3600 seconds");
            }
            text(problems, path + ".notes", exercise.details().notes(), 500, false);
            sets(problems, path, storedExercise, exercise.sets());
        }
        slots.forEach((exerciseId, count) -> {
            if (count > 1 && newlyPlaced.contains(exerciseId)) {
                problems.add(dayPath + ".exercises: exercise " + exerciseId + " more than once in the day");
            }
        });
    }

    private static void sets(List<String> problems, String exercisePath, PlanTree.Exercise storedExercise,
            List<CompositePlan.Set> sets) {
        if (sets.size() > MAX_SETS) {
            problems.add(exercisePath + ".sets: at most " + MAX_SETS);
        }
        Set<UUID> stored = new HashSet<>();
        if (storedExercise != null) {
            storedExercise.sets().forEach(set -> stored.add(set.id()));
        }
        for (int s = 0; s < sets.size(); s++) {
            CompositePlan.Set set = sets.get(s);
            String path = exercisePath + ".sets[" + s + "]";
            if (set.id() != null && !stored.remove(set.id())) {
                problems.add(path + ".id: not a set of this exercise (or used twice)");
            }
            SetTarget target = set.target();
            if (target.reps() < 1 || target.reps() > 1000) {
                problems.add(path + ".reps: between 1 and 1000");
            }
            if (target.weightKg() == null || target.weightKg().signum() < 0
                    || target.weightKg().compareTo(MAX_WEIGHT) > 0 || target.weightKg().scale() > 2) {
                problems.add(path + ".weight: between 0 and 10000 with at most two decimals");
            }
            if (target.durationSeconds() != null
                    && (target.durationSeconds() < 1 || target.durationSeconds() > 36000)) {
                problems.add(path + ".duration_seconds: between 1 and 36000");
            }
            if (target.rir() != null && (target.rir() < 0 || target.rir() > 10)) {
                problems.add(path + ".rir: between 0 and 10");
            }
        }
    }

    private static void text(List<String> problems, String path, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(path + ": required");
            }
        } else if (value.length() > max) {
            problems.add(path + ": at most " + max + " characters");
        }
    }
}

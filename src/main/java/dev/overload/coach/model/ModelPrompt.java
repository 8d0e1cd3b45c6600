package dev.overload.coach.model;

import dev.overload.catalog.ExerciseSummary;
import dev.overload.coach.domain.CoachRequest;
import dev.overload.coach.domain.Lift;
import dev.overload.planning.PlanTree;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the model is told: the rules of an answer, and as JSON the user's query, their plan, a slice of the catalog
 * (the plan's exercises and up to {@link #PER_MUSCLE} more per muscle group) and their recent lifting. Only the
 * asking user's own data is in it.
 */
final class ModelPrompt {

    static final int PER_MUSCLE = 6;

    static final String SYSTEM = """
            You are the strength coach of a training app. The user asks you to change their training plan. Answer \
            with JSON only, matching the given schema:
            - "message": what you changed and why, in a few sentences addressed to the user.
            - "modified": false (and "plan": null) if the request is not about the plan or you change nothing.
            - "plan": the WHOLE plan as it should be, in order. Keep the "id" of every day, exercise slot and set you \
            keep (a slot's id only within its own day, a set's only within its own slot); use null for new ones. \
            Anything you leave out is deleted.
            - "exercise_id" must be one of the catalog ids given ("new_exercise": null); never the same exercise \
            twice in one day. Only if no catalog exercise fits, set "exercise_id" to null and describe the exercise \
            in "new_exercise" (muscle group and equipment slugs as the catalog uses them).
            - Bounds: at most 14 days, 30 exercises a day, 50 sets an exercise; reps 1-1000; weight_kg 0-10000 \
            (0 = bodyweight, at most two decimals); rir 0-10; rest_seconds 0-3600; duration_seconds 1-36000; \
            names up to 100 characters.
            - Base target weights on the user's history (estimated one-rep maxes, kg) when there is one.""";

    private ModelPrompt() {
    }

    static String user(CoachRequest request, JsonMapper json) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", request.query());
        body.put("plan", plan(request.plan()));
        body.put("catalog", catalog(request));
        body.put("history_kg", history(request));
        return json.writeValueAsString(body);
    }

    private static Map<String, Object> plan(PlanTree plan) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", plan.name());
        out.put("description", plan.plan().description());
        List<Object> days = new ArrayList<>();
        for (PlanTree.Day day : plan.days()) {
            List<Object> exercises = new ArrayList<>();
            for (PlanTree.Exercise exercise : day.exercises()) {
                List<Object> sets = new ArrayList<>();
                exercise.sets().forEach(set -> sets.add(nullable("id", set.id(), "reps", set.expectedReps(),
                        "weight_kg", set.expectedWeightKg(), "rir", set.expectedRir(), "duration_seconds",
                        set.expectedDurationSeconds())));
                exercises.add(nullable("id", exercise.id(), "exercise_id", exercise.exerciseId(), "exercise",
                        exercise.exerciseName(), "rest_seconds", exercise.restTimeSeconds(), "notes",
                        exercise.notes(), "sets", sets));
            }
            days.add(nullable("id", day.id(), "name", day.name(), "description", day.description(), "exercises",
                    exercises));
        }
        out.put("days", days);
        return out;
    }

    /** The plan's exercises, then up to {@link #PER_MUSCLE} per primary muscle group, system ones first. */
    static List<Map<String, Object>> catalog(CoachRequest request) {
        Set<UUID> inPlan = new LinkedHashSet<>();
        request.plan().days().forEach(day -> day.exercises().forEach(exercise -> inPlan.add(exercise.exerciseId())));
        Map<String, Integer> perMuscle = new LinkedHashMap<>();
        List<Map<String, Object>> slice = new ArrayList<>();
        request.catalog().stream()
                .sorted(java.util.Comparator.comparing(ExerciseSummary::custom).thenComparing(ExerciseSummary::name))
                .forEach(exercise -> {
                    boolean wanted = inPlan.contains(exercise.id())
                            || perMuscle.merge(exercise.primaryMuscleGroup(), 1, Integer::sum) <= PER_MUSCLE;
                    if (wanted) {
                        slice.add(nullable("id", exercise.id(), "name", exercise.name(), "category",
                                exercise.category(), "type", exercise.type(), "muscle", exercise.primaryMuscleGroup(),
                                "equipment", exercise.equipment()));
                    }
                });
        return slice;
    }

    private static List<Map<String, Object>> history(CoachRequest request) {
        List<Map<String, Object>> lifts = new ArrayList<>();
        request.history().forEach((exerciseId, lift) -> lifts.add(lift(exerciseId, lift)));
        return lifts;
    }

    private static Map<String, Object> lift(UUID exerciseId, Lift lift) {
        return nullable("exercise_id", exerciseId, "estimated_1rm", lift.estimatedOneRepMaxKg(), "recent_weight",
                lift.recentWeightKg(), "recent_reps", lift.recentReps(), "day", lift.day().toString());
    }

    private static Map<String, Object> nullable(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            Object value = pairs[i + 1];
            map.put((String) pairs[i], value instanceof BigDecimal number ? number.stripTrailingZeros() : value);
        }
        return map;
    }

}

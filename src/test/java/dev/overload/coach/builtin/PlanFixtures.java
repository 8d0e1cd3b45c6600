package dev.overload.coach.builtin;

import dev.overload.catalog.ExerciseSummary;
import dev.overload.planning.PlanStatus;
import dev.overload.planning.PlanTree;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Plans built in memory from the real catalog, for the coach's rules (no database needed past the catalog). */
final class PlanFixtures {

    final List<ExerciseSummary> catalog;
    final Map<String, ExerciseSummary> byName;
    final UUID userId = UUID.randomUUID();

    PlanFixtures(List<ExerciseSummary> catalog) {
        this.catalog = catalog;
        this.byName = catalog.stream().collect(Collectors.toMap(ExerciseSummary::name, Function.identity()));
    }

    record Slot(String exercise, int sets, int reps, double kg) {
    }

    static Slot slot(String exercise, int sets, int reps, double kg) {
        return new Slot(exercise, sets, reps, kg);
    }

    /** Days by name, in order; each slot {@code sets × reps @ kg}, 120 s rest. */
    @SafeVarargs
    final PlanTree plan(Map.Entry<String, List<Slot>>... days) {
        UUID planId = UUID.randomUUID();
        List<PlanTree.Day> built = new ArrayList<>();
        for (int d = 0; d < days.length; d++) {
            UUID dayId = UUID.randomUUID();
            List<PlanTree.Exercise> exercises = new ArrayList<>();
            List<Slot> slots = days[d].getValue();
            for (int e = 0; e < slots.size(); e++) {
                Slot slot = slots.get(e);
                ExerciseSummary exercise = byName.get(slot.exercise());
                if (exercise == null) {
                    throw new IllegalArgumentException("No exercise " + slot.exercise());
                }
                UUID slotId = UUID.randomUUID();
                List<PlanTree.Set> sets = new ArrayList<>();
                for (int s = 0; s < slot.sets(); s++) {
                    sets.add(new PlanTree.Set(UUID.randomUUID(), slotId, s + 1, slot.reps(),
                            BigDecimal.valueOf(slot.kg()).setScale(2), null, 2));
                }
                exercises.add(new PlanTree.Exercise(slotId, dayId, exercise.id(), exercise.name(), e + 1, 120, null,
                        sets));
            }
            built.add(new PlanTree.Day(dayId, planId, days[d].getKey(), null, d + 1, exercises));
        }
        return tree(planId, built);
    }

    PlanTree tree(UUID planId, List<PlanTree.Day> days) {
        Instant now = Instant.parse("2026-11-01T10:00:00Z");
        return new PlanTree(new PlanTree.Summary(planId, userId, "Plan", null, PlanStatus.ACTIVE, false, null,
                List.of(), null, null, now, now), days, 7);
    }

    /** A random plan: 1–6 days of 1–8 distinct exercises of 0–5 sets, any reps, weights, RIR and rest. */
    PlanTree random(Random random) {
        UUID planId = UUID.randomUUID();
        List<PlanTree.Day> days = new ArrayList<>();
        int dayCount = 1 + random.nextInt(6);
        for (int d = 0; d < dayCount; d++) {
            UUID dayId = UUID.randomUUID();
            List<ExerciseSummary> chosen = new ArrayList<>(catalog);
            java.util.Collections.shuffle(chosen, random);
            List<PlanTree.Exercise> exercises = new ArrayList<>();
            int exerciseCount = 1 + random.nextInt(8);
            for (int e = 0; e < exerciseCount; e++) {
                ExerciseSummary exercise = chosen.get(e);
                UUID slotId = UUID.randomUUID();
                List<PlanTree.Set> sets = new ArrayList<>();
                int setCount = random.nextInt(6);
                for (int s = 0; s < setCount; s++) {
                    sets.add(new PlanTree.Set(UUID.randomUUID(), slotId, s + 1, 1 + random.nextInt(20),
                            BigDecimal.valueOf(random.nextInt(401)).divide(BigDecimal.TWO).setScale(2),
                            random.nextInt(4) == 0 ? 30 + random.nextInt(100) : null,
                            random.nextBoolean() ? null : random.nextInt(6)));
                }
                exercises.add(new PlanTree.Exercise(slotId, dayId, exercise.id(), exercise.name(), e + 1,
                        random.nextBoolean() ? null : 30 + random.nextInt(270), null, sets));
            }
            days.add(new PlanTree.Day(dayId, planId, "Day " + (d + 1), null, d + 1, exercises));
        }
        return tree(planId, days);
    }
}

package dev.overload.coach.builtin;

import dev.overload.catalog.ExerciseCategory;
import dev.overload.catalog.ExerciseSummary;
import dev.overload.coach.domain.Lift;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The built-in coach's rules, each a documented rewrite of a {@link Draft}; each answers what it did in words, or
 * null when it found nothing to change. Target weights come from the user's own lifting: the load for {@code r}
 * reps with {@code q} reps in reserve is e1RM / (1 + (r + q) / 30) (Epley turned around), from the latest e1RM of
 * the exercise, else from the plan's own target (as if it were lifted with 2 in reserve); rounded down to 2.5 kg
 * for bars and machines, 1 kg otherwise; bodyweight targets (0) stay 0.
 */
final class PlanRules {

    static final int MAX_SETS_PER_EXERCISE = 6;
    static final int MAX_EXERCISES_PER_DAY = 10;
    static final int MAX_DAYS = 7;
    /** Seconds a set takes, besides its rest, to estimate a session's length. */
    static final int SECONDS_PER_SET = 40;
    static final int DEFAULT_REST = 90;
    private static final BigDecimal BAR_STEP = new BigDecimal("2.5");
    private static final Set<String> BAR_EQUIPMENT = Set.of("barbell", "ez_bar", "trap_bar", "smith_machine",
            "machine", "cable", "sled", "landmine");
    private static final List<String> REGIONS = List.of("legs", "back", "chest", "shoulders", "arms", "core");

    /** Reps, sets, rest and reps in reserve of a training goal, for compound and for isolation lifts. */
    record Scheme(String goal, int compoundReps, int isolationReps, int setChange, int minSets, int maxSets,
            int compoundRest, int isolationRest, int compoundRir, int isolationRir) {
    }

    static final Map<Intent, Scheme> SCHEMES = Map.of(
            Intent.STRENGTH, new Scheme("strength", 5, 8, 1, 3, 5, 180, 90, 2, 2),
            Intent.HYPERTROPHY, new Scheme("muscle growth", 8, 12, 1, 3, 5, 120, 75, 2, 1),
            Intent.ENDURANCE, new Scheme("muscular endurance", 15, 20, 0, 2, 3, 60, 45, 3, 3),
            Intent.CONDITIONING, new Scheme("conditioning", 12, 15, 0, 2, 4, 60, 45, 2, 2));

    private final Catalog catalog;
    private final Map<UUID, Lift> history;
    private final Catalog.Gear gear;

    PlanRules(Catalog catalog, Map<UUID, Lift> history, Catalog.Gear gear) {
        this.catalog = catalog;
        this.history = history;
        this.gear = gear;
    }

    /**
     * Equipment limits: every exercise the equipment does not allow becomes the best allowed one for the same
     * muscle (same kind first), else the same body region; with none, it is dropped. Its sets are kept; their
     * weights come from the user's history of the new exercise, 0 for bodyweight, else half the old target.
     */
    @Nullable
    String equipment(Draft draft) {
        int swapped = 0;
        int dropped = 0;
        for (Draft.Day day : draft.days) {
            for (Draft.Slot slot : List.copyOf(day.slots)) {
                if (gear.allows(slot.exercise)) {
                    continue;
                }
                Optional<ExerciseSummary> replacement = catalog.replacement(slot.exercise, gear, day);
                if (replacement.isEmpty()) {
                    day.slots.remove(slot);
                    dropped++;
                    continue;
                }
                ExerciseSummary next = replacement.get();
                Lift lift = history.get(next.id());
                for (Draft.Set set : slot.sets) {
                    set.weightKg = next.equipment().isEmpty() ? BigDecimal.ZERO
                            : lift != null ? load(next, lift.estimatedOneRepMaxKg(), set.reps, rir(set))
                                    : round(next, set.weightKg.divide(BigDecimal.TWO, 2, RoundingMode.DOWN));
                }
                slot.exercise = next;
                swapped++;
            }
        }
        if (swapped + dropped == 0) {
            return null;
        }
        return "Equipment (" + gear.describe() + "): " + swapped + " exercise(s) swapped for ones it allows"
                + (dropped > 0 ? ", " + dropped + " dropped for want of one" : "") + ".";
    }

    /**
     * A training goal: every lifting exercise gets the goal's reps (compound and isolation apart), sets changed by
     * the goal's step within its bounds, its rest and reps in reserve, and the weight for those from the user's e1RM.
     * Conditioning also ends each day with a conditioning finisher (3 × 15 reps or 45 s, bodyweight).
     */
    @Nullable
    String goal(Draft draft, Intent intent) {
        Scheme scheme = SCHEMES.get(intent);
        int changed = 0;
        for (Draft.Day day : draft.days) {
            for (Draft.Slot slot : day.slots) {
                if (!Catalog.isLifting(slot.exercise) || slot.sets.isEmpty()) {
                    continue;
                }
                boolean compound = slot.isCompound();
                int reps = compound ? scheme.compoundReps() : scheme.isolationReps();
                int rir = compound ? scheme.compoundRir() : scheme.isolationRir();
                BigDecimal e1rm = oneRepMax(slot);
                int sets = compound || intent != Intent.STRENGTH
                        ? Math.clamp(slot.sets.size() + scheme.setChange(), scheme.minSets(), scheme.maxSets())
                        : slot.sets.size();
                slot.resize(sets);
                for (Draft.Set set : slot.sets) {
                    set.reps = reps;
                    set.rir = rir;
                    set.durationSeconds = null;
                    if (e1rm != null && set.weightKg.signum() > 0) {
                        set.weightKg = load(slot.exercise, e1rm, reps, rir);
                    }
                }
                slot.rest = compound ? scheme.compoundRest() : scheme.isolationRest();
                changed++;
            }
        }
        String finisher = intent == Intent.CONDITIONING ? finishers(draft) : null;
        if (changed == 0 && finisher == null) {
            return null;
        }
        return "Goal " + scheme.goal() + ": " + changed + " lifting exercise(s) set to " + scheme.compoundReps()
                + " reps (compound) / " + scheme.isolationReps() + " (isolation), " + scheme.compoundRest() + " s / "
                + scheme.isolationRest() + " s rest, " + scheme.compoundRir() + " reps in reserve, weights from your "
                + "estimated one-rep maxes." + (finisher == null ? "" : " " + finisher);
    }

    private @Nullable String finishers(Draft draft) {
        int added = 0;
        for (Draft.Day day : draft.days) {
            if (day.slots.stream().anyMatch(slot -> slot.exercise.category() == ExerciseCategory.CARDIO)
                    || day.slots.size() >= MAX_EXERCISES_PER_DAY) {
                continue;
            }
            Optional<ExerciseSummary> finisher = catalog.choose(
                    exercise -> exercise.category() == ExerciseCategory.CARDIO, gear, day,
                    exercise -> exercise.equipment().isEmpty());
            if (finisher.isPresent()) {
                day.slots.add(newSlot(finisher.get(), 3, 15, 45, 30, "Conditioning finisher: 15 reps or 45 s"));
                added++;
            }
        }
        return added == 0 ? null : "A conditioning finisher ends " + added + " day(s).";
    }

    /**
     * Emphasis on a body part: each exercise that mainly trains it gets one more set (at most 6); each day that
     * trains it (else the day with the fewest sets) gets one more exercise for it (3 × 10, compound if the day has
     * none for it yet, else isolation).
     */
    @Nullable
    String emphasis(Draft draft, String bodyPart) {
        int moreSets = 0;
        for (Draft.Day day : draft.days) {
            for (Draft.Slot slot : day.slots) {
                if (Catalog.works(slot.exercise, bodyPart) && Catalog.isLifting(slot.exercise)
                        && !slot.sets.isEmpty() && slot.sets.size() < MAX_SETS_PER_EXERCISE) {
                    slot.resize(slot.sets.size() + 1);
                    moreSets++;
                }
            }
        }
        List<Draft.Day> days = draft.days.stream().filter(day -> day.trains(bodyPart)).toList();
        if (days.isEmpty() && !draft.days.isEmpty()) {
            days = List.of(draft.days.stream().min(Comparator.comparingInt(Draft.Day::sets)).orElseThrow());
        }
        int added = 0;
        for (Draft.Day day : days) {
            if (day.slots.size() >= MAX_EXERCISES_PER_DAY) {
                continue;
            }
            boolean hasCompound = day.slots.stream()
                    .anyMatch(slot -> Catalog.works(slot.exercise, bodyPart) && slot.isCompound());
            Optional<ExerciseSummary> chosen = catalog.choose(
                    exercise -> Catalog.works(exercise, bodyPart) && Catalog.isLifting(exercise), gear, day,
                    exercise -> Catalog.isCompound(exercise) != hasCompound);
            if (chosen.isPresent()) {
                day.slots.add(newSlot(chosen.get(), 3, 10, null, 90, null));
                added++;
            }
        }
        if (moreSets + added == 0) {
            return null;
        }
        return "Emphasis on " + bodyPart.replace('_', ' ') + ": " + moreSets + " exercise(s) got one more set, "
                + added + " exercise(s) added for it.";
    }

    /**
     * Plyometrics: each day that trains the legs (else the first day) opens with a plyometric exercise not yet in
     * the plan if there is one (3 × 5, bodyweight, 90 s rest), while the legs are fresh.
     */
    @Nullable
    String opener(Draft draft, ExerciseCategory category, String what) {
        List<Draft.Day> days = category == ExerciseCategory.PLYOMETRICS
                ? draft.days.stream().filter(day -> day.trains("legs")).toList()
                : draft.days;
        if (days.isEmpty() && !draft.days.isEmpty()) {
            days = List.of(draft.days.getFirst());
        }
        List<UUID> used = new ArrayList<>();
        draft.days.forEach(day -> day.slots.forEach(slot -> used.add(slot.exercise.id())));
        int added = 0;
        for (Draft.Day day : days) {
            boolean has = day.slots.stream().anyMatch(slot -> slot.exercise.category() == category
                    || category == ExerciseCategory.MOBILITY
                            && slot.exercise.category() == ExerciseCategory.STRETCHING);
            if (has || day.slots.size() >= MAX_EXERCISES_PER_DAY) {
                continue;
            }
            String region = mainRegion(day);
            Optional<ExerciseSummary> chosen = catalog.choose(exercise -> exercise.category() == category
                    || category == ExerciseCategory.MOBILITY && exercise.category() == ExerciseCategory.STRETCHING,
                    gear, day, exercise -> !used.contains(exercise.id()) && exercise.bodyRegion().equals(region));
            if (chosen.isPresent()) {
                used.add(chosen.get().id());
                day.slots.addFirst(category == ExerciseCategory.PLYOMETRICS
                        ? newSlot(chosen.get(), 3, 5, null, 90, "Explosive: full effort, full rest")
                        : newSlot(chosen.get(), 2, 8, 30, 30, "Warm-up: easy, through the full range"));
                added++;
            }
        }
        return added == 0 ? null : what + ": " + added + " day(s) now open with one.";
    }

    /**
     * Fewer days: the last days go until {@code target} remain (one fewer if no number was given); each exercise of
     * a removed day that no remaining day holds moves to the remaining day with the fewest sets (up to 10 a day).
     */
    @Nullable
    String fewerDays(Draft draft, @Nullable Integer wanted) {
        int target = wanted != null ? Math.max(1, wanted) : draft.days.size() - 1;
        if (draft.days.size() <= Math.max(1, target)) {
            return null;
        }
        int removed = 0;
        int moved = 0;
        while (draft.days.size() > target) {
            Draft.Day gone = draft.days.removeLast();
            removed++;
            for (Draft.Slot slot : gone.slots) {
                boolean held = draft.days.stream().anyMatch(day -> day.holds(slot.exercise.id()));
                Optional<Draft.Day> into = draft.days.stream()
                        .filter(day -> day.slots.size() < MAX_EXERCISES_PER_DAY)
                        .min(Comparator.comparingInt(Draft.Day::sets));
                if (!held && into.isPresent()) {
                    Draft.Slot copy = new Draft.Slot(null, slot.exercise, slot.rest, slot.notes);
                    slot.sets.forEach(set -> copy.sets.add(new Draft.Set(null, set.reps, set.weightKg,
                            set.durationSeconds, set.rir)));
                    into.get().slots.add(copy);
                    moved++;
                }
            }
        }
        return "Fewer days: " + removed + " day(s) removed, " + moved + " of their exercises moved into the days "
                + "that remain.";
    }

    /**
     * More days: new days until {@code target} (one more if no number was given, at most 7), each with a compound
     * exercise for each of the three body regions the plan trains least (by sets), 3 × 8.
     */
    @Nullable
    String moreDays(Draft draft, @Nullable Integer wanted) {
        int target = Math.min(MAX_DAYS, wanted != null ? wanted : draft.days.size() + 1);
        int added = 0;
        while (draft.days.size() < target) {
            Map<String, Integer> setsByRegion = new LinkedHashMap<>();
            REGIONS.forEach(region -> setsByRegion.put(region, 0));
            draft.days.forEach(day -> day.slots.forEach(slot -> setsByRegion.computeIfPresent(
                    slot.exercise.bodyRegion(), (region, sets) -> sets + slot.sets.size())));
            List<String> least = setsByRegion.entrySet().stream().sorted(Map.Entry.comparingByValue()).limit(3)
                    .map(Map.Entry::getKey).toList();
            Draft.Day day = new Draft.Day(null, "Day " + (draft.days.size() + 1) + " – "
                    + String.join(" & ", least.stream().map(PlanRules::capitalized).toList()), null);
            for (String region : least) {
                catalog.choose(exercise -> exercise.bodyRegion().equals(region) && Catalog.isLifting(exercise),
                        gear, day, Catalog::isCompound)
                        .ifPresent(exercise -> day.slots.add(newSlot(exercise, 3, 8, null, 120, null)));
            }
            draft.days.add(day);
            added++;
        }
        return added == 0 ? null : "More days: " + added + " day(s) added for what the plan trains least.";
    }

    /**
     * Shorter sessions: rests above 90 s come down to 90 s; then, while a day takes longer than the wanted minutes
     * (two thirds of the longest day if none was given, at least 20), its last isolation exercise goes, else the
     * exercise with the most sets (more than 2) loses one, else its last exercise goes (one always stays). A
     * session lasts Σ sets × (40 s + rest).
     */
    @Nullable
    String shorter(Draft draft, @Nullable Integer wantedMinutes) {
        int longest = draft.days.stream().mapToInt(PlanRules::minutes).max().orElse(0);
        int budget = wantedMinutes != null ? wantedMinutes : Math.max(20, longest * 2 / 3);
        boolean changed = false;
        for (Draft.Day day : draft.days) {
            for (Draft.Slot slot : day.slots) {
                if (slot.rest == null || slot.rest > DEFAULT_REST) {
                    changed |= slot.rest == null || slot.rest != DEFAULT_REST;
                    slot.rest = DEFAULT_REST;
                }
            }
            while (minutes(day) > budget && day.slots.size() > 1) {
                Optional<Draft.Slot> isolation = day.slots.reversed().stream()
                        .filter(slot -> !slot.isCompound()).findFirst();
                Optional<Draft.Slot> biggest = day.slots.stream().filter(slot -> slot.sets.size() > 2)
                        .max(Comparator.comparingInt(slot -> slot.sets.size()));
                if (isolation.isPresent()) {
                    day.slots.remove(isolation.get());
                } else if (biggest.isPresent()) {
                    biggest.get().resize(biggest.get().sets.size() - 1);
                } else {
                    day.slots.removeLast();
                }
                changed = true;
            }
        }
        return changed ? "Shorter sessions: about " + budget + " minutes a day at most, rests at most "
                + DEFAULT_REST + " s." : null;
    }

    /**
     * Deload: each exercise keeps half its sets (rounded up), weights drop 10 % (rounded down), and every set is
     * left with 4 reps in reserve.
     */
    @Nullable
    String deload(Draft draft) {
        int changed = 0;
        for (Draft.Day day : draft.days) {
            for (Draft.Slot slot : day.slots) {
                if (slot.sets.isEmpty()) {
                    continue;
                }
                slot.resize((slot.sets.size() + 1) / 2);
                for (Draft.Set set : slot.sets) {
                    set.weightKg = round(slot.exercise, set.weightKg.multiply(new BigDecimal("0.9")));
                    set.rir = 4;
                }
                changed++;
            }
        }
        return changed == 0 ? null : "Deload: " + changed + " exercise(s) at half the sets, 10 % lighter, 4 reps in "
                + "reserve. Ask again for your usual plan after the week.";
    }

    private Draft.Slot newSlot(ExerciseSummary exercise, int sets, int reps, @Nullable Integer seconds, int rest,
            @Nullable String notes) {
        Lift lift = history.get(exercise.id());
        BigDecimal weight = lift == null || exercise.equipment().isEmpty() ? BigDecimal.ZERO
                : load(exercise, lift.estimatedOneRepMaxKg(), reps, 2);
        String note = notes != null ? notes
                : weight.signum() == 0 && !exercise.equipment().isEmpty()
                        ? "Choose a weight you can lift " + reps + " times with 2 reps to spare" : null;
        Draft.Slot slot = new Draft.Slot(null, exercise, rest, note);
        for (int i = 0; i < sets; i++) {
            slot.sets.add(new Draft.Set(null, reps, weight, seconds, 2));
        }
        return slot;
    }

    /** The slot's e1RM: the user's latest, else from its own first target lifted with 2 in reserve. */
    private @Nullable BigDecimal oneRepMax(Draft.Slot slot) {
        Lift lift = history.get(slot.exercise.id());
        if (lift != null) {
            return lift.estimatedOneRepMaxKg();
        }
        Draft.Set first = slot.sets.getFirst();
        if (first.weightKg.signum() == 0) {
            return null;
        }
        return first.weightKg.multiply(BigDecimal.ONE.add(BigDecimal.valueOf(first.reps + rir(first))
                .divide(BigDecimal.valueOf(30), 6, RoundingMode.HALF_UP)));
    }

    static BigDecimal load(ExerciseSummary exercise, BigDecimal oneRepMax, int reps, int rir) {
        BigDecimal factor = BigDecimal.ONE.add(BigDecimal.valueOf(reps + rir)
                .divide(BigDecimal.valueOf(30), 6, RoundingMode.HALF_UP));
        return round(exercise, oneRepMax.divide(factor, 6, RoundingMode.DOWN));
    }

    /** Down to the plates one can load: 2.5 kg on bars and machines, 1 kg otherwise. */
    static BigDecimal round(ExerciseSummary exercise, BigDecimal kg) {
        boolean bar = exercise.equipment().stream().anyMatch(BAR_EQUIPMENT::contains);
        BigDecimal step = bar ? BAR_STEP : BigDecimal.ONE;
        BigDecimal steps = kg.divide(step, 0, RoundingMode.DOWN);
        return steps.multiply(step).max(BigDecimal.ZERO).setScale(2, RoundingMode.UNNECESSARY);
    }

    private static int rir(Draft.Set set) {
        return set.rir == null ? 2 : set.rir;
    }

    static int minutes(Draft.Day day) {
        int seconds = 0;
        for (Draft.Slot slot : day.slots) {
            seconds += slot.sets.size() * (SECONDS_PER_SET + (slot.rest == null ? DEFAULT_REST : slot.rest));
        }
        return (seconds + 59) / 60;
    }

    private static String mainRegion(Draft.Day day) {
        Map<String, Integer> sets = new LinkedHashMap<>();
        day.slots.forEach(slot -> sets.merge(slot.exercise.bodyRegion(), slot.sets.size(), Integer::sum));
        return sets.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("full_body");
    }

    private static String capitalized(String region) {
        return Character.toUpperCase(region.charAt(0)) + region.substring(1);
    }
}

package dev.overload.coach.builtin;

import dev.overload.catalog.ExerciseCategory;
import dev.overload.catalog.ExerciseSummary;
import dev.overload.catalog.ExerciseType;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The exercises the user may use, and how the rules choose among them: by what they train, their kind and the
 * equipment they need; system exercises before the user's own, then by name, so a choice is the same every time.
 */
final class Catalog {

    private final List<ExerciseSummary> exercises;

    Catalog(List<ExerciseSummary> exercises) {
        this.exercises = exercises.stream()
                .sorted(Comparator.comparing(ExerciseSummary::custom).thenComparing(ExerciseSummary::name)).toList();
    }

    /** Whether the exercise mainly trains the body part (a muscle group slug or a body region). */
    static boolean works(ExerciseSummary exercise, String bodyPart) {
        return bodyPart.equals(exercise.primaryMuscleGroup()) || bodyPart.equals(exercise.bodyRegion());
    }

    static boolean isLifting(ExerciseSummary exercise) {
        return exercise.category() == ExerciseCategory.STRENGTH || exercise.category() == ExerciseCategory.POWER;
    }

    /**
     * The best exercise for {@code wanted} that the gear allows and the day does not hold yet: those {@code prefer}
     * accepts first, then any.
     */
    Optional<ExerciseSummary> choose(Predicate<ExerciseSummary> wanted, Gear gear, Draft.Day day,
            Predicate<ExerciseSummary> prefer) {
        List<ExerciseSummary> candidates = exercises.stream()
                .filter(wanted).filter(gear::allows).filter(exercise -> !day.holds(exercise.id())).toList();
        return candidates.stream().filter(prefer).findFirst().or(() -> candidates.stream().findFirst());
    }

    /** What may replace {@code original} under the gear: the same muscle first, then the same body region. */
    Optional<ExerciseSummary> replacement(ExerciseSummary original, Gear gear, Draft.Day day) {
        Predicate<ExerciseSummary> sameKind = exercise -> exercise.type() == original.type()
                && exercise.category() == original.category();
        return choose(exercise -> exercise.primaryMuscleGroup().equals(original.primaryMuscleGroup()), gear, day,
                sameKind)
                .or(() -> choose(exercise -> exercise.bodyRegion().equals(original.bodyRegion())
                        && exercise.category() == original.category(), gear, day, sameKind));
    }

    /**
     * Equipment limits: {@code allowed} null means any equipment (except {@code excluded}); an exercise with no
     * equipment is always allowed.
     */
    record Gear(@Nullable Set<String> allowed, Set<String> excluded) {

        static final Gear ANY = new Gear(null, Set.of());
        /** At home, when the query names nothing: the body, dumbbells, bands and a pull-up bar. */
        static final Set<String> HOME = Set.of("dumbbell", "resistance_band", "pull_up_bar");

        boolean allows(ExerciseSummary exercise) {
            return exercise.equipment().stream()
                    .allMatch(item -> !excluded.contains(item) && (allowed == null || allowed.contains(item)));
        }

        boolean limits() {
            return allowed != null || !excluded.isEmpty();
        }

        String describe() {
            if (allowed != null) {
                return allowed.isEmpty() ? "bodyweight only"
                        : "only " + String.join(", ", allowed.stream().sorted().map(Gear::name).toList())
                                + " (and bodyweight)";
            }
            return "no " + String.join(", ", excluded.stream().sorted().map(Gear::name).toList());
        }

        private static String name(String slug) {
            return slug.replace('_', ' ');
        }
    }

    static boolean isCompound(ExerciseSummary exercise) {
        return exercise.type() == ExerciseType.COMPOUND;
    }
}

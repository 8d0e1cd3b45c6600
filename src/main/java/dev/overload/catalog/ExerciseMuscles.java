package dev.overload.catalog;

import java.util.List;

/** The muscle groups an exercise works, as slugs: the one it works most and those it works too. */
public record ExerciseMuscles(String primaryMuscleGroup, List<String> secondaryMuscleGroups) {
}

package dev.overload.catalog.domain;

import dev.overload.catalog.Difficulty;
import dev.overload.catalog.ExerciseCategory;
import dev.overload.catalog.ExerciseType;
import java.util.List;

/** Everything that describes an exercise, as a client sends it; muscle groups and equipment by slug. */
public record ExerciseDraft(
        String name,
        String description,
        ExerciseCategory category,
        ExerciseType type,
        Difficulty difficulty,
        String primaryMuscleGroup,
        List<String> secondaryMuscleGroups,
        List<String> equipment) {
}

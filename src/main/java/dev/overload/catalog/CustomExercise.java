package dev.overload.catalog;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A user's own exercise as another module describes it; muscle groups and equipment by slug (no equipment means
 * bodyweight).
 */
public record CustomExercise(String name, @Nullable String description, ExerciseCategory category, ExerciseType type,
        String primaryMuscleGroup, List<String> equipment) {
}

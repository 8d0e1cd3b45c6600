package dev.overload.coach.domain;

import dev.overload.catalog.CustomExercise;
import dev.overload.catalog.ExerciseCategory;
import dev.overload.catalog.ExerciseType;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An exercise a coach proposes that the catalog lacks. Until the suggestion is applied it has only a provisional id
 * (the one the proposed plan uses); applying makes it the user's custom exercise (theirs of the same name if they
 * have one) and the plan uses that.
 */
public record NewExercise(UUID provisionalId, String name, @Nullable String description, ExerciseCategory category,
        ExerciseType type, String primaryMuscleGroup, List<String> equipment) {

    public CustomExercise toCustom() {
        return new CustomExercise(name, description, category, type, primaryMuscleGroup, equipment);
    }
}

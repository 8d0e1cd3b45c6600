package dev.overload.catalog.web;

import dev.overload.catalog.Difficulty;
import dev.overload.catalog.ExerciseCategory;
import dev.overload.catalog.ExerciseSummary;
import dev.overload.catalog.ExerciseType;
import dev.overload.catalog.domain.ExerciseView;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A catalog exercise with the caller's own usage of it. Empty {@code equipment} means bodyweight. */
record ExerciseResponse(
        UUID id,
        String name,
        String description,
        ExerciseCategory category,
        ExerciseType type,
        Difficulty difficulty,
        String primaryMuscleGroup,
        String bodyRegion,
        List<String> secondaryMuscleGroups,
        List<String> equipment,
        boolean isCustom,
        UUID createdBy,
        Instant createdAt,
        Instant updatedAt,
        int usageCount,
        Instant lastUsedAt) {

    static ExerciseResponse from(ExerciseView view) {
        ExerciseSummary exercise = view.summary();
        return new ExerciseResponse(exercise.id(), exercise.name(), exercise.description(), exercise.category(),
                exercise.type(), exercise.difficulty(), exercise.primaryMuscleGroup(), exercise.bodyRegion(),
                exercise.secondaryMuscleGroups(), exercise.equipment(), exercise.custom(), view.createdBy(),
                view.createdAt(), view.updatedAt(), view.usageCount(), view.lastUsedAt());
    }
}

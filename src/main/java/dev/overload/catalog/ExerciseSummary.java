package dev.overload.catalog;

import org.jspecify.annotations.Nullable;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.UUID;

/**
 * What other modules show of a catalog exercise. Muscle groups and equipment are slugs
 * ({@code quadriceps}, {@code barbell}); no equipment means bodyweight.
 */
public record ExerciseSummary(
        UUID id,
        String name,
        @Nullable String description,
        ExerciseCategory category,
        ExerciseType type,
        Difficulty difficulty,
        String primaryMuscleGroup,
        String bodyRegion,
        List<String> secondaryMuscleGroups,
        List<String> equipment,
        @JsonProperty("is_custom") boolean custom) {
}

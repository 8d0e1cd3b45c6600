package dev.overload.catalog.domain;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.overload.catalog.Difficulty;
import dev.overload.catalog.ExerciseCategory;
import dev.overload.catalog.ExerciseType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Everything that describes an exercise, as a client sends it (the body of creating or replacing one);
 * muscle groups and equipment by slug. Only the name is required: on creation a left-out field gets a
 * default (STRENGTH, COMPOUND, BEGINNER, full_body, no equipment); on update it keeps its value, the name
 * included (the update request leaves it out when unchanged).
 */
@JsonIgnoreProperties({"id", "is_custom", "body_region", "created_by", "created_at", "updated_at", "usage_count",
        "last_used_at"})
public record ExerciseDraft(
        @NotBlank @Size(max = 100) String name,
        @Size(max = 2000) String description,
        ExerciseCategory category,
        ExerciseType type,
        Difficulty difficulty,
        @Size(max = 40) String primaryMuscleGroup,
        @Size(max = 8) List<@NotBlank @Size(max = 40) String> secondaryMuscleGroups,
        @Size(max = 10) List<@NotBlank @Size(max = 40) String> equipment) {
}

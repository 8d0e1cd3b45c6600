package dev.overload.catalog.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.overload.catalog.Difficulty;
import dev.overload.catalog.ExerciseCategory;
import dev.overload.catalog.ExerciseType;
import dev.overload.catalog.domain.ExerciseDraft;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A change of an exercise: every field optional, a field left out (or null) keeps its value. */
@JsonIgnoreProperties({"id", "is_custom", "body_region", "created_by", "created_at", "updated_at", "usage_count",
        "last_used_at"})
record ExerciseUpdateRequest(
        @Nullable @Size(max = 100) @Pattern(regexp = "[\\s\\S]*\\S[\\s\\S]*",
                message = "must not be blank") String name,
        @Nullable @Size(max = 2000) String description,
        @Nullable ExerciseCategory category,
        @Nullable ExerciseType type,
        @Nullable Difficulty difficulty,
        @Nullable @Size(max = 40) String primaryMuscleGroup,
        @Nullable @Size(max = 8) List<@NotBlank @Size(max = 40) String> secondaryMuscleGroups,
        @Nullable @Size(max = 10) List<@NotBlank @Size(max = 40) String> equipment) {

    ExerciseDraft toDraft() {
        return new ExerciseDraft(name, description, category, type, difficulty, primaryMuscleGroup,
                secondaryMuscleGroups, equipment);
    }
}

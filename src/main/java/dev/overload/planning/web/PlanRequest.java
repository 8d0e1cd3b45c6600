package dev.overload.planning.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.overload.planning.PlanDifficulty;
import dev.overload.planning.PlanStatus;
import dev.overload.planning.PlanDetails;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A plan's own fields. On update, fields left out keep their value. {@code muscle_types} are body parts:
 * muscle group slugs or body regions of the catalog ({@code chest}, {@code legs}).
 */
@JsonIgnoreProperties({"id", "user_id", "copied_from_id", "weight_unit", "created_at", "updated_at", "days"})
record PlanRequest(
        @NotBlank @Size(max = 255) String name,
        @Size(max = 2000) String description,
        PlanStatus status,
        Boolean isPublic,
        PlanDifficulty difficultyLevel,
        @Size(max = 20) List<@NotBlank @Size(max = 40) String> muscleTypes,
        @Min(5) @Max(300) Integer estimatedDuration) {

    PlanDetails toDetails() {
        return new PlanDetails(name.strip(), description, status, isPublic, difficultyLevel, muscleTypes,
                estimatedDuration);
    }
}

package dev.overload.planning.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.overload.planning.PlanDetails;
import dev.overload.planning.PlanDifficulty;
import dev.overload.planning.PlanStatus;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A change of a plan's own fields: a field left out (or null) keeps its value, {@code name} included. */
@JsonIgnoreProperties({"id", "user_id", "copied_from_id", "weight_unit", "created_at", "updated_at", "days"})
record PlanUpdateRequest(
        @Nullable @Size(max = 255) @Pattern(regexp = "[\\s\\S]*\\S[\\s\\S]*",
                message = "must not be blank") String name,
        @Nullable @Size(max = 2000) String description,
        @Nullable PlanStatus status,
        @Nullable Boolean isPublic,
        @Nullable PlanDifficulty difficultyLevel,
        @Nullable @Size(max = 20) List<@NotBlank @Size(max = 40) String> muscleTypes,
        @Nullable @Min(5) @Max(300) Integer estimatedDuration) {

    PlanDetails toDetails() {
        return new PlanDetails(name == null ? null : name.strip(), description, status, isPublic, difficultyLevel,
                muscleTypes, estimatedDuration);
    }
}

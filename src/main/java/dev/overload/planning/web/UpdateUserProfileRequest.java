package dev.overload.planning.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** Replaces both fields: leaving one out clears it. */
@JsonIgnoreProperties({"id", "ai_suggestions_remaining", "created_at", "updated_at"})
record UpdateUserProfileRequest(@Size(max = 100) String firstName, UUID activeTrainingPlanId) {
}

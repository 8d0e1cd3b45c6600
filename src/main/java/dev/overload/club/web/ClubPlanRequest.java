package dev.overload.club.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.overload.club.domain.ClubPlanStatus;
import jakarta.validation.constraints.Size;

/** A club training plan's fields: {@code title} required when creating, {@code status} default ACTIVE. */
@JsonIgnoreProperties({"id", "client_id", "user_id", "training_ids", "created_at", "updated_at"})
record ClubPlanRequest(@Size(min = 1, max = 200) String title, @Size(max = 5000) String description,
        ClubPlanStatus status) {
}

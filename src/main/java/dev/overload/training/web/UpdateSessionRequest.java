package dev.overload.training.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.overload.training.SessionStatus;
import dev.overload.training.domain.SessionChanges;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/** Left-out fields are kept. Status may become CANCELLED, or PENDING again from CANCELLED. */
@JsonIgnoreProperties({"id", "training_plan_id", "training_plan_day_id", "user_id", "schedule_id", "scheduled_start",
        "session_date", "started_at", "ended_at", "duration_minutes", "weight_unit", "exercises", "sets", "progression",
        "personal_records"})
record UpdateSessionRequest(SessionStatus status, @Size(max = 200) String title, @Size(max = 2000) String comments,
        @Size(max = 100) String mesocycleName, @Min(1) @Max(10000) Integer sessionNumber) {

    SessionChanges toChanges() {
        return new SessionChanges(status, title, comments, mesocycleName, sessionNumber);
    }
}

package dev.overload.club.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.overload.club.domain.Intensity;
import dev.overload.club.domain.TrainingDraft;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A club training's fields (seed 002): {@code title} required when creating, {@code training_type} one of the
 * club's types (default STRENGTH), {@code duration_min} default 45. On update a left-out field is kept and an
 * explicit null {@code date} takes the training out of the calendar.
 */
@JsonIgnoreProperties({"id", "client_id", "user_id", "plan_id", "day_id", "schedule_id", "progress", "sessions",
        "exercises", "created_by", "created_at", "updated_at"})
record TrainingRequest(
        @Size(max = 30) String trainingType,
        @Size(min = 1, max = 200) String title,
        Intensity intensity,
        @Min(1) @Max(1440) Integer durationMin,
        Optional<LocalDate> date,
        @Size(max = 5000) String description) {

    TrainingDraft toDraft() {
        return new TrainingDraft(trainingType, title, intensity, durationMin, date == null ? null : date.orElse(null),
                date != null && date.isEmpty(), description);
    }
}

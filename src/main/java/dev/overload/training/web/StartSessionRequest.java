package dev.overload.training.web;

import dev.overload.training.domain.SessionStart;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A session of one of my plan days (both ids), or an ad-hoc one (neither). A session logged after the fact
 * says when it took place: {@code session_date} (my day), {@code started_at}, {@code ended_at}, all past.
 */
record StartSessionRequest(UUID trainingPlanId, UUID trainingPlanDayId, UUID scheduleId,
        @Size(max = 200) String title, @Size(max = 2000) String comments, @Size(max = 100) String mesocycleName,
        @Min(1) @Max(10000) Integer sessionNumber, LocalDate sessionDate, Instant startedAt, Instant endedAt) {

    SessionStart toStart() {
        return new SessionStart(trainingPlanId, trainingPlanDayId, scheduleId, title, comments, mesocycleName,
                sessionNumber, sessionDate, startedAt, endedAt);
    }
}

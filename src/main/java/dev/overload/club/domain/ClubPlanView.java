package dev.overload.club.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A club training plan as read, with the ids of its trainings (by date, undated last). */
public record ClubPlanView(UUID id, UUID clientId, UUID userId, String title, @Nullable String description,
        ClubPlanStatus status, List<UUID> trainingIds, Instant createdAt, Instant updatedAt) {
}

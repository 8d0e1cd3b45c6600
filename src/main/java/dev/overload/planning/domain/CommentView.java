package dev.overload.planning.domain;

import java.time.Instant;
import java.util.UUID;

public record CommentView(UUID id, UUID trainingPlanId, UUID authorId, String authorName, String body,
        Instant createdAt) {
}

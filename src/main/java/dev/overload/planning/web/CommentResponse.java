package dev.overload.planning.web;

import org.jspecify.annotations.Nullable;
import dev.overload.planning.domain.CommentView;
import java.time.Instant;
import java.util.UUID;

record CommentResponse(UUID id, UUID trainingPlanId, UUID authorId, @Nullable String authorName, String body,
        Instant createdAt) {

    static CommentResponse from(CommentView comment) {
        return new CommentResponse(comment.id(), comment.trainingPlanId(), comment.authorId(), comment.authorName(),
                comment.body(), comment.createdAt());
    }
}

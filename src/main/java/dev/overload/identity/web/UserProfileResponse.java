package dev.overload.identity.web;

import dev.overload.identity.domain.User;
import java.time.Instant;
import java.util.UUID;

/** Seed 004's {@code user_profiles} view of an account. */
record UserProfileResponse(UUID id, String firstName, UUID activeTrainingPlanId, int aiSuggestionsRemaining,
        Instant createdAt, Instant updatedAt) {

    static UserProfileResponse from(User user) {
        return new UserProfileResponse(user.getId(), user.getFirstName(), user.getActiveTrainingPlanId(),
                user.getAiSuggestionsRemaining(), user.getCreatedAt(), user.getUpdatedAt());
    }
}

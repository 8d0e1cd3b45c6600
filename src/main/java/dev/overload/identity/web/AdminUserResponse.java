package dev.overload.identity.web;

import org.jspecify.annotations.Nullable;
import dev.overload.identity.Role;
import dev.overload.identity.domain.User;
import java.time.Instant;
import java.util.UUID;

/** An account as administrators see it in lists, deleted ones included. */
record AdminUserResponse(UUID id, String username, @Nullable String email, Role role, @Nullable String firstName,
        @Nullable String lastName,
        int aiSuggestionsRemaining, Instant createdAt, @Nullable Instant lastLogin, @Nullable Instant deletedAt) {

    static AdminUserResponse from(User user) {
        return new AdminUserResponse(user.getId(), user.getUsername(), user.getEmail(), user.getRole(),
                user.getFirstName(), user.getLastName(), user.getAiSuggestionsRemaining(), user.getCreatedAt(),
                user.getLastLogin(),
                user.getDeletedAt());
    }
}

package dev.overload.identity.web;

import dev.overload.identity.Role;
import dev.overload.identity.domain.User;
import java.time.Instant;
import java.util.UUID;

/** An account as administrators see it in lists, deleted ones included. */
record AdminUserResponse(UUID id, String username, String email, Role role, String firstName, String lastName,
        Instant createdAt, Instant lastLogin, Instant deletedAt) {

    static AdminUserResponse from(User user) {
        return new AdminUserResponse(user.getId(), user.getUsername(), user.getEmail(), user.getRole(),
                user.getFirstName(), user.getLastName(), user.getCreatedAt(), user.getLastLogin(),
                user.getDeletedAt());
    }
}

package dev.overload.identity;

import java.util.UUID;

/** How other modules show a user: a display name (full name, else username), username and email. */
public record UserCard(UUID id, String username, String name, String email) {
}

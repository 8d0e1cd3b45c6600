package dev.overload.shared;

import java.util.UUID;

/**
 * The authenticated caller, as the access token names them. Controllers take it as a parameter; it is
 * resolved from the bearer token, never from the request body.
 */
public record CurrentUser(UUID id, String role) {

    public boolean isAdmin() {
        return "ADMIN".equals(role);
    }
}

package dev.overload.shared;

import dev.overload.shared.units.WeightUnit;
import java.util.UUID;

/**
 * The authenticated caller, as the access token names them, with the preferences every request needs (the
 * unit weights are shown and entered in). Controllers take it as a parameter; it is resolved once per
 * request from the bearer token and the account, never from the request body.
 */
public record CurrentUser(UUID id, String role, WeightUnit weightUnit) {

    public boolean isAdmin() {
        return "ADMIN".equals(role);
    }
}

package dev.overload.shared;

import dev.overload.shared.units.HeightUnit;
import dev.overload.shared.units.WeightUnit;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/**
 * The authenticated caller, as the access token names them, with the preferences every request needs: the
 * units weights and lengths are shown and entered in, and the time zone their days run in. Controllers take
 * it as a parameter; it is resolved once per request from the bearer token and the account, never from the
 * request body.
 */
public record CurrentUser(UUID id, String role, WeightUnit weightUnit, HeightUnit heightUnit, ZoneId timeZone) {

    /** The caller's date today, in their time zone. */
    public LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), timeZone);
    }

    public boolean isAdmin() {
        return "ADMIN".equals(role);
    }
}

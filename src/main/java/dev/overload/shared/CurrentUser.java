package dev.overload.shared;

import dev.overload.shared.units.HeightUnit;
import dev.overload.shared.units.WeightUnit;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The user a request acts as, with the preferences every request needs: the units weights and lengths are
 * shown and entered in, and the time zone their days run in. Controllers take it as a parameter; it is
 * resolved once per request from the bearer token and the account, never from the request body. A trainer
 * who sends {@code Act-As-User} with a client's id (and holds the client's grant) is resolved as the client:
 * {@code id} is the owner acted for, {@code actedBy} the trainer, so modules need not know who acts.
 *
 * @param actedBy the caller who acts for the owner, or null when the owner calls themselves
 */
public record CurrentUser(UUID id, String role, WeightUnit weightUnit, HeightUnit heightUnit, ZoneId timeZone,
        @Nullable UUID actedBy) {

    /** The caller's date today, in their time zone. */
    public LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), timeZone);
    }

    public boolean isAdmin() {
        return "ADMIN".equals(role);
    }
}

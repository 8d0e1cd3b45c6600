package dev.overload.identity.domain;

import dev.overload.identity.Role;
import dev.overload.shared.units.HeightUnit;
import dev.overload.shared.units.WeightUnit;
import java.time.ZoneId;

/**
 * What each request needs of its caller's account, read fresh from the database: whether it may still act, its
 * role, the generation its access tokens must carry, its units and its time zone.
 */
public record AccountSnapshot(boolean active, Role role, long tokenGeneration, WeightUnit weightUnit,
        HeightUnit heightUnit, String timeZone) {

    /** The access-token claim that carries the account's token generation at the time of issue. */
    public static final String GENERATION_CLAIM = "gen";

    /** Whether a token of this account issued at {@code generation} may still act. */
    public boolean admits(long generation) {
        return active && generation == tokenGeneration;
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }
}

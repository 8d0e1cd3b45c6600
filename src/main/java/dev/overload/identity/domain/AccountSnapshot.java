package dev.overload.identity.domain;

import dev.overload.shared.units.HeightUnit;
import dev.overload.shared.units.WeightUnit;
import java.time.ZoneId;

/** What each request needs of its caller's account: whether it may still act, its units and time zone. */
public record AccountSnapshot(boolean active, WeightUnit weightUnit, HeightUnit heightUnit, String timeZone) {

    static final AccountSnapshot MISSING = new AccountSnapshot(false, WeightUnit.KG, HeightUnit.CM, "UTC");

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }
}

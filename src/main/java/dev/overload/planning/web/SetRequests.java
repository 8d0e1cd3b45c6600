package dev.overload.planning.web;

import dev.overload.shared.units.WeightUnit;
import dev.overload.planning.SetTarget;
import java.math.BigDecimal;

/** A set target from request values: weight in the caller's unit, none meaning bodyweight (0). */
final class SetRequests {

    private SetRequests() {
    }

    static SetTarget target(int reps, BigDecimal weight, Integer durationSeconds, Integer rir, WeightUnit unit) {
        BigDecimal kilograms = weight == null ? BigDecimal.ZERO : unit.toKilograms(weight);
        return new SetTarget(reps, kilograms, durationSeconds, rir);
    }
}

package dev.overload.training;

import dev.overload.shared.units.WeightUnit;
import java.math.BigDecimal;

/**
 * Kinds of personal record for an exercise. Estimated 1RM uses Epley's formula, weight × (1 + reps / 30),
 * and is the weight itself for a single rep. Volume is reps × weight.
 */
public enum RecordType {
    HEAVIEST_WEIGHT,
    MOST_REPS_AT_WEIGHT,
    BEST_ESTIMATED_1RM,
    BEST_SET_VOLUME,
    BEST_SESSION_VOLUME;

    /** A record's value as shown: a number of reps stays one; weights and volumes in the user's unit. */
    public BigDecimal shown(BigDecimal value, WeightUnit unit) {
        return this == MOST_REPS_AT_WEIGHT ? value.stripTrailingZeros() : unit.fromKilograms(value);
    }
}

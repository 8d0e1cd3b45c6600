package dev.overload.training.domain;

import java.math.BigDecimal;
import java.util.UUID;

/** A completed set: reps at a weight (kilograms). */
record Lift(UUID setId, int reps, BigDecimal weightKg) {

    BigDecimal volume() {
        return weightKg.multiply(BigDecimal.valueOf(reps));
    }

    BigDecimal estimatedOneRepMax() {
        return PersonalRecordRules.estimatedOneRepMax(new PersonalRecordRules.Performed(setId, reps, weightKg));
    }
}

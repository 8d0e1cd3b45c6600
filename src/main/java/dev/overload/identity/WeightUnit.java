package dev.overload.identity;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The unit a user sees and enters weights in. Weights are stored in kilograms; they are converted at the
 * edge, to two decimals for display and to grams for storage, so a value entered reads back unchanged.
 */
public enum WeightUnit {
    KG(BigDecimal.ONE),
    LB(new BigDecimal("0.45359237"));

    private final BigDecimal kilograms;

    WeightUnit(BigDecimal kilograms) {
        this.kilograms = kilograms;
    }

    public BigDecimal toKilograms(BigDecimal value) {
        return value == null ? null : value.multiply(kilograms).setScale(3, RoundingMode.HALF_UP);
    }

    public BigDecimal fromKilograms(BigDecimal kg) {
        if (kg == null) {
            return null;
        }
        BigDecimal value = this == KG ? kg : kg.divide(kilograms, 2, RoundingMode.HALF_UP);
        return value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    }
}

package dev.overload.shared.units;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The unit a user sees and enters weights in. Weights are stored in kilograms to five decimals, so that a
 * value entered in pounds reads back unchanged, alone or summed over many sets; shown to two decimals.
 */
public enum WeightUnit {
    KG(BigDecimal.ONE),
    LB(new BigDecimal("0.45359237"));

    private final BigDecimal kilograms;

    WeightUnit(BigDecimal kilograms) {
        this.kilograms = kilograms;
    }

    public BigDecimal toKilograms(BigDecimal value) {
        return value == null ? null : value.multiply(kilograms).setScale(5, RoundingMode.HALF_UP);
    }

    public BigDecimal fromKilograms(BigDecimal kg) {
        if (kg == null) {
            return null;
        }
        BigDecimal value = this == KG ? kg : kg.divide(kilograms, 2, RoundingMode.HALF_UP);
        return value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    }
}

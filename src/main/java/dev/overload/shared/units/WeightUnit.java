package dev.overload.shared.units;

import java.math.BigDecimal;

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
        return Conversion.toCanonical(value, kilograms);
    }

    public BigDecimal fromKilograms(BigDecimal kg) {
        return Conversion.fromCanonical(kg, kilograms);
    }
}

package dev.overload.shared.units;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The unit a user sees and enters lengths in (height, girths). Lengths are stored in centimetres to five
 * decimals, so that a value entered in inches reads back unchanged; shown to two decimals.
 */
public enum HeightUnit {
    CM(BigDecimal.ONE),
    IN(new BigDecimal("2.54"));

    private final BigDecimal centimetres;

    HeightUnit(BigDecimal centimetres) {
        this.centimetres = centimetres;
    }

    public BigDecimal toCentimetres(BigDecimal value) {
        return value == null ? null : value.multiply(centimetres).setScale(5, RoundingMode.HALF_UP);
    }

    public BigDecimal fromCentimetres(BigDecimal cm) {
        if (cm == null) {
            return null;
        }
        BigDecimal value = this == CM ? cm : cm.divide(centimetres, 2, RoundingMode.HALF_UP);
        return value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    }
}

package dev.overload.shared.units;

import java.math.BigDecimal;

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
        return Conversion.toCanonical(value, centimetres);
    }

    public BigDecimal fromCentimetres(BigDecimal cm) {
        return Conversion.fromCanonical(cm, centimetres);
    }
}

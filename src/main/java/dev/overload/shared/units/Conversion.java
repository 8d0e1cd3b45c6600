package dev.overload.shared.units;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one way a user's unit meets what is stored: a value is stored in the canonical unit (kilograms,
 * centimetres) to five decimals, so that a value entered in another unit reads back unchanged, and shown in the
 * user's unit to two decimals, without trailing zeros.
 */
final class Conversion {

    private Conversion() {
    }

    /** @param canonicalPerUnit how many canonical units one of the user's unit is */
    static BigDecimal toCanonical(BigDecimal value, BigDecimal canonicalPerUnit) {
        return value == null ? null : value.multiply(canonicalPerUnit).setScale(5, RoundingMode.HALF_UP);
    }

    static BigDecimal fromCanonical(BigDecimal canonical, BigDecimal canonicalPerUnit) {
        return canonical == null ? null
                : canonical.divide(canonicalPerUnit, 2, RoundingMode.HALF_UP).stripTrailingZeros();
    }
}

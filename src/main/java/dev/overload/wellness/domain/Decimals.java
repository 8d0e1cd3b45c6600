package dev.overload.wellness.domain;

import dev.overload.wellness.DayMetrics.Girths;
import java.math.BigDecimal;

/** Decimals without the trailing zeros of their column's scale, so a value reads back as it was written. */
final class Decimals {

    private Decimals() {
    }

    static BigDecimal plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }

    static Girths plain(Girths girths) {
        return new Girths(plain(girths.neck()), plain(girths.chest()), plain(girths.waist()), plain(girths.hips()),
                plain(girths.arm()), plain(girths.thigh()), plain(girths.calf()));
    }
}

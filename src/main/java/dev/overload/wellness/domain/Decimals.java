package dev.overload.wellness.domain;

import dev.overload.wellness.DayMetrics.Girths;
import dev.overload.wellness.DayMetrics.Readings;
import java.math.BigDecimal;

/** Decimals without the trailing zeros of their column's scale, so a value reads back as it was written. */
final class Decimals {

    private Decimals() {
    }

    static BigDecimal plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }

    static Readings plain(Readings readings) {
        return new Readings(readings.sleepQuality(), readings.stressLevel(), readings.energyLevel(),
                readings.motivationLevel(), plain(readings.bodyWeightKg()), plain(readings.bodyFatPercent()),
                readings.restingHeartRate(), readings.steps(), readings.waterMl());
    }

    static Girths plain(Girths girths) {
        return new Girths(plain(girths.neck()), plain(girths.chest()), plain(girths.waist()), plain(girths.hips()),
                plain(girths.arm()), plain(girths.thigh()), plain(girths.calf()));
    }
}

package dev.overload.wellness.domain;

import java.math.BigDecimal;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/**
 * A meal of the day as entered and shown; every field is optional.
 *
 * @param time the local time of day it was eaten, in the user's time zone
 */
public record Meal(@Nullable String name, @Nullable LocalTime time, @Nullable Integer calories,
        @Nullable BigDecimal proteinG, @Nullable BigDecimal carbsG, @Nullable BigDecimal fatG,
        @Nullable BigDecimal fiberG) {

    public Meal {
        proteinG = Decimals.plain(proteinG);
        carbsG = Decimals.plain(carbsG);
        fatG = Decimals.plain(fatG);
        fiberG = Decimals.plain(fiberG);
    }
}

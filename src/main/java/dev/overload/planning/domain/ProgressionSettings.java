package dev.overload.planning.domain;

import dev.overload.planning.DeloadStrategy;
import java.math.BigDecimal;

/** A change to a progression rule; null fields are left as they are. Weights in kilograms. */
public record ProgressionSettings(BigDecimal weightIncrementKg, Integer failureCountForDeload,
        BigDecimal deloadPercentage, DeloadStrategy deloadStrategy, Integer referenceSetIndex) {
}

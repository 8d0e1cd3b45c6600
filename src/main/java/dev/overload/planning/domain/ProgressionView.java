package dev.overload.planning.domain;

import dev.overload.planning.DeloadStrategy;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A progression rule as stored; the increment in kilograms. */
public record ProgressionView(UUID id, UUID trainingPlanId, UUID exerciseId, BigDecimal weightIncrementKg,
        int failureCountForDeload, BigDecimal deloadPercentage, DeloadStrategy deloadStrategy,
        Integer referenceSetIndex, int consecutiveFailures, Instant lastUpdated) {
}

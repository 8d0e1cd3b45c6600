package dev.overload.planning.web;

import org.jspecify.annotations.Nullable;
import dev.overload.shared.units.WeightUnit;
import dev.overload.planning.DeloadStrategy;
import dev.overload.planning.domain.ProgressionView;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

record ProgressionResponse(UUID id, UUID trainingPlanId, UUID exerciseId, BigDecimal weightIncrement,
        int failureCountForDeload, BigDecimal deloadPercentage, DeloadStrategy deloadStrategy,
        @Nullable Integer referenceSetIndex, int consecutiveFailures, Instant lastUpdated, WeightUnit weightUnit) {

    static ProgressionResponse from(ProgressionView rule, WeightUnit unit) {
        return new ProgressionResponse(rule.id(), rule.trainingPlanId(), rule.exerciseId(),
                unit.fromKilograms(rule.weightIncrementKg()), rule.failureCountForDeload(),
                rule.deloadPercentage().stripTrailingZeros(), rule.deloadStrategy(), rule.referenceSetIndex(),
                rule.consecutiveFailures(), rule.lastUpdated(), unit);
    }
}

package dev.overload.planning;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * What a session's outcome did to one exercise of the plan: the failure count after it, whether it
 * deloaded, the target weights (kilograms, in slot then set order) before and after, and whether a weight
 * stopped at the 10,000 kg bound instead of growing past it ({@code capped}).
 */
public record ProgressionApplied(UUID exerciseId, boolean success, int consecutiveFailures, boolean deloaded,
        List<BigDecimal> weightsBeforeKg, List<BigDecimal> weightsAfterKg, boolean capped) {
}

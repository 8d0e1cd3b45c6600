package dev.overload.planning.web;

import dev.overload.shared.units.WeightUnit;
import dev.overload.planning.ProgressionOutcome;
import dev.overload.planning.domain.Progressions;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** The previewed sessions; {@code weights} are the exercise's target sets in plan order, in {@code weight_unit}. */
record PreviewResponse(UUID exerciseId, WeightUnit weightUnit, List<Step> steps) {

    record Step(ProgressionOutcome outcome, int consecutiveFailures, boolean deloaded, List<BigDecimal> weights) {
    }

    static PreviewResponse from(UUID exerciseId, List<Progressions.PreviewStep> steps, WeightUnit unit) {
        return new PreviewResponse(exerciseId, unit, steps.stream().map(step -> new Step(
                ProgressionOutcome.of(step.success()), step.consecutiveFailures(),
                step.deloaded(), step.weightsKg().stream().map(unit::fromKilograms).toList())).toList());
    }
}

package dev.overload.planning.web;

import org.jspecify.annotations.Nullable;
import dev.overload.shared.units.WeightUnit;
import dev.overload.planning.PlanDifficulty;
import dev.overload.planning.PlanStatus;
import dev.overload.planning.PlanTree;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Seed 004's TrainingPlanDto with the fields plans share with seeds 000, 002 and 003; weights in {@code weight_unit}. */
record PlanResponse(
        UUID id,
        String name,
        @Nullable String description,
        UUID userId,
        PlanStatus status,
        boolean isPublic,
        @Nullable PlanDifficulty difficultyLevel,
        List<String> muscleTypes,
        @Nullable Integer estimatedDuration,
        @Nullable UUID copiedFromId,
        WeightUnit weightUnit,
        Instant createdAt,
        Instant updatedAt,
        List<DayResponse> days) {

    static PlanResponse from(PlanTree plan, WeightUnit unit) {
        return new PlanResponse(plan.id(), plan.name(), plan.description(), plan.userId(), plan.status(),
                plan.isPublic(), plan.difficultyLevel(), plan.muscleTypes(), plan.estimatedDuration(),
                plan.copiedFromId(), unit, plan.createdAt(), plan.updatedAt(),
                plan.days().stream().map(day -> DayResponse.from(day, unit)).toList());
    }
}

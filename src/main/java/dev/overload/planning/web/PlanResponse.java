package dev.overload.planning.web;

import dev.overload.shared.units.WeightUnit;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.overload.planning.PlanTree;
import java.util.List;

/** Seed 004's TrainingPlanDto with the fields plans share with seeds 000, 002 and 003; weights in {@code weight_unit}. */
record PlanResponse(@JsonUnwrapped PlanTree.Summary plan, WeightUnit weightUnit, List<DayResponse> days) {

    static PlanResponse from(PlanTree plan, WeightUnit unit) {
        return new PlanResponse(plan.plan(), unit, plan.days().stream().map(day -> DayResponse.from(day, unit))
                .toList());
    }
}

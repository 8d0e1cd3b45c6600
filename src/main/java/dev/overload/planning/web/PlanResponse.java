package dev.overload.planning.web;

import dev.overload.shared.units.WeightUnit;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.overload.planning.PlanTree;
import dev.overload.shared.contract.ETags;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.modulith.NamedInterface;

/**
 * Seed 004's TrainingPlanDto with the fields plans share with seeds 000, 002 and 003; weights in {@code weight_unit}.
 * Published to other modules ({@code planning::plan-response}) so that an endpoint that changes a plan through this
 * module answers the plan exactly as this module does, body and ETag (the coach's applied suggestion).
 */
@NamedInterface("plan-response")
public record PlanResponse(@JsonUnwrapped PlanTree.Summary plan, WeightUnit weightUnit, List<DayResponse> days) {

    /** The plan as the reader sees it in their unit, tagged with its version in that unit. */
    public static ResponseEntity<PlanResponse> tagged(ResponseEntity.BodyBuilder response, PlanTree plan,
            WeightUnit unit) {
        return response.eTag(ETags.of(plan.version(), unit.name())).body(from(plan, unit));
    }

    static PlanResponse from(PlanTree plan, WeightUnit unit) {
        return new PlanResponse(plan.plan(), unit, plan.days().stream().map(day -> DayResponse.from(day, unit))
                .toList());
    }
}
